package io.compliancescorecard.cli.commands;

import io.compliancescorecard.cli.CliContext;
import java.util.Locale;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * `csc completion bash|zsh|fish`: picocli's completion script for bash, which zsh runs through
 * bashcompinit, and a fish script from the same model.
 */
@Command(
    name = "completion",
    description = {
      "Print a shell completion script.",
      "bash: source <(csc completion bash)    zsh: source <(csc completion zsh)",
      "fish: csc completion fish | source"
    })
final class CompletionCommand extends BaseCommand {

  /** The shells csc writes a script for. */
  enum Shell {
    BASH,
    ZSH,
    FISH;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Parameters(paramLabel = "SHELL", description = "${COMPLETION-CANDIDATES}")
  Shell shell;

  @Override
  void run(CliContext context) {
    CommandLine root = spec.root().commandLine();
    String script =
        shell == Shell.FISH ? FishCompletion.script(root) : AutoComplete.bash("csc", root);
    if (shell == Shell.ZSH) {
      context.out().println("autoload -U +X compinit && compinit");
      context.out().println("autoload -U +X bashcompinit && bashcompinit");
    }
    context.out().print(script);
    context.out().flush();
  }
}
