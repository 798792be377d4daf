package io.compliancescorecard.cli.commands;

import io.compliancescorecard.cli.CliContext;
import java.util.Locale;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `csc completion bash|zsh`: picocli's completion script, which zsh runs through bashcompinit. */
@Command(name = "completion", description = {
    "Print a shell completion script.",
    "bash: source <(csc completion bash)    zsh: source <(csc completion zsh)"})
final class CompletionCommand extends BaseCommand {

    /** The shells picocli's script supports. */
    enum Shell { BASH, ZSH;
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Parameters(paramLabel = "SHELL", description = "${COMPLETION-CANDIDATES}")
    Shell shell;

    @Override
    void run(CliContext context) {
        String script = AutoComplete.bash("csc", spec.root().commandLine());
        if (shell == Shell.ZSH) {
            context.out().println("autoload -U +X compinit && compinit");
            context.out().println("autoload -U +X bashcompinit && bashcompinit");
        }
        context.out().print(script);
        context.out().flush();
    }
}
