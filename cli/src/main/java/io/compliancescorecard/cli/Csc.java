package io.compliancescorecard.cli;

import io.compliancescorecard.cli.commands.Nouns;
import io.compliancescorecard.cli.error.ErrorReporter;
import io.compliancescorecard.cli.error.ExitCodeMapper;
import io.compliancescorecard.cli.error.ExitCodes;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import picocli.CommandLine;

/** Runs a csc command line: picocli's model of csc, its error handling and exit codes. */
public final class Csc {

  private Csc() {}

  /** Runs the process's command line and exits with its code; {@link Main} calls it. */
  static void main(String[] args) {
    // picocli probes for Groovy closures by loading a class that is never on csc's class path: a
    // failed lookup through every jar, about 20 ms of each start.
    System.setProperty("picocli.disable.closures", "true");
    Charset charset = Charset.defaultCharset();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
    int exitCode = run(CliRuntime.system(), out, err, args);
    out.flush();
    err.flush();
    // The embedded mock server and HTTP pools have non-daemon threads; the command is over.
    System.exit(exitCode);
  }

  /** Runs one command line to completion and returns its exit code; tests call this in-process. */
  public static int run(CliRuntime runtime, PrintWriter out, PrintWriter err, String... args) {
    CscCommand root = new CscCommand(runtime);
    CommandLine commandLine = commandLine(root, args);
    commandLine.setOut(out);
    commandLine.setErr(err);
    CliContext context = root.context();
    context.streams(out, err);
    ErrorReporter reporter =
        new ErrorReporter(
            () -> root.globals() != null && root.globals().verbose,
            () ->
                runtime.stderrTerminal()
                    && !runtime.noColorRequested()
                    && (root.globals() == null || !root.globals().noColor));
    commandLine.setExecutionExceptionHandler(reporter);
    commandLine.setParameterExceptionHandler(reporter);
    commandLine.setExitCodeExceptionMapper(new ExitCodeMapper());
    try (context) {
      return commandLine.execute(args);
    }
  }

  /**
   * Builds picocli's model with only the nouns named on the command line (all of them for help,
   * completion or an unknown command), as building all twenty-odd commands costs start-up time.
   */
  static CommandLine commandLine(CscCommand root, String... args) {
    CommandLine commandLine = new CommandLine(root);
    commandLine
        .getCommandSpec()
        .usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(ExitCodes.helpList());
    Nouns.register(commandLine, args);
    HelpLayout.apply(commandLine);
    // After the nouns: picocli applies parser settings only to the subcommands present.
    // `--env mock` names both an environment and the `mock` command: let values win.
    return commandLine
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setAllowSubcommandsAsOptionParameters(true);
  }
}
