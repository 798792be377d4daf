package io.compliancescorecard.cli.error;

import java.io.PrintWriter;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a failure as one line on stderr, `csc: <what went wrong>`, and returns its exit code; the
 * stack trace only with `--verbose`. Usage errors add picocli's suggestions ("Did you mean...").
 */
public final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

  private static final String RED = "\u001b[31m";
  private static final String RESET = "\u001b[0m";

  private final BooleanSupplier verbose;
  private final BooleanSupplier color;

  public ErrorReporter(BooleanSupplier verbose, BooleanSupplier color) {
    this.verbose = verbose;
    this.color = color;
  }

  @Override
  public int handleExecutionException(
      Exception failure, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    err.println(prefix() + ApiErrors.describe(failure));
    if (verbose.getAsBoolean()) {
      failure.printStackTrace(err);
    }
    err.flush();
    return commandLine.getExitCodeExceptionMapper().getExitCode(failure);
  }

  @Override
  public int handleParseException(ParameterException failure, String[] args) {
    CommandLine commandLine = failure.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println(prefix() + failure.getMessage());
    UnmatchedArgumentException.printSuggestions(failure, err);
    err.println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return ExitCodes.USAGE;
  }

  private String prefix() {
    return color.getAsBoolean() ? RED + "csc:" + RESET + " " : "csc: ";
  }
}
