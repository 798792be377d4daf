package io.compliancescorecard.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build step: writes the shell completions and the man pages' AsciiDoc sources of the distribution
 * from csc's picocli model, with every command in it. The completions are what `csc completion
 * SHELL` prints (zsh's as a function for the fpath); Asciidoctor turns the AsciiDoc into troff
 * afterwards. Usage: {@code DistributionDocs OUTPUT_DIR}.
 */
public final class DistributionDocs {

  private DistributionDocs() {}

  public static void main(String[] args) throws IOException {
    Path output = Path.of(args[0]);
    Path completions = Files.createDirectories(output.resolve("completions"));
    String bash = completion("bash");
    Files.writeString(completions.resolve("csc.bash"), bash, StandardCharsets.UTF_8);
    Files.writeString(completions.resolve("_csc"), zshFunction(bash), StandardCharsets.UTF_8);
    Files.writeString(completions.resolve("csc.fish"), completion("fish"), StandardCharsets.UTF_8);

    File manSources = Files.createDirectories(output.resolve("man-adoc")).toFile();
    CscCommand root = new CscCommand(quietRuntime());
    int status =
        ManPageGenerator.generateManPage(
            manSources, null, new boolean[0], true, Csc.commandLine(root).getCommandSpec());
    if (status != 0) {
      throw new IOException("picocli's ManPageGenerator failed with status " + status);
    }
  }

  /**
   * The bash script as a zsh completion function on the fpath: zsh autoloads it on the first
   * completion of csc, when it defines the bash completion through bashcompinit (which also
   * registers it for the later ones) and answers that first request itself.
   */
  private static String zshFunction(String bash) {
    return "#compdef csc\n"
        + "autoload -U +X bashcompinit && bashcompinit\n"
        + bash
        + "\n_bash_complete -F _complete_csc -o default\n";
  }

  private static String completion(String shell) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode =
        Csc.run(quietRuntime(), new PrintWriter(out), new PrintWriter(err), "completion", shell);
    if (exitCode != 0) {
      throw new IOException("csc completion " + shell + " failed: " + err);
    }
    return out.toString();
  }

  private static CliRuntime quietRuntime() {
    return new CliRuntime(Map.of(), InputStream.nullInputStream(), false, false, null);
  }
}
