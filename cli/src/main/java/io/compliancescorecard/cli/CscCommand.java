package io.compliancescorecard.cli;

import io.compliancescorecard.cli.options.GlobalOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command `csc`: global options and the nouns, which {@link Csc} registers on demand. */
@Command(
    name = "csc",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    usageHelpAutoWidth = true,
    description = {
      "Work with the Compliance Scorecard API from the command line.",
      "Data goes to stdout (JSON when piped, a table on a terminal); messages and errors to stderr.",
    },
    footer = {"", "Try it offline: csc --env mock clients list --company company123"})
public final class CscCommand implements Runnable {

  @Mixin GlobalOptions globals;

  @Spec CommandSpec spec;

  private final CliContext context;

  CscCommand(CliRuntime runtime) {
    this.context = new CliContext(runtime, this::globals);
  }

  GlobalOptions globals() {
    return globals;
  }

  /** The state of this invocation, shared by whichever subcommand runs. */
  public CliContext context() {
    return context;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command");
  }
}
