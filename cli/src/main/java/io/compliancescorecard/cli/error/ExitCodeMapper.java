package io.compliancescorecard.cli.error;

import picocli.CommandLine;
import picocli.CommandLine.IExitCodeExceptionMapper;

/** Turns a failure into the documented exit code: the class of an API error decides it. */
public final class ExitCodeMapper implements IExitCodeExceptionMapper {

  @Override
  public int getExitCode(Throwable failure) {
    if (failure instanceof CliException) {
      return ((CliException) failure).exitCode();
    }
    if (failure instanceof CommandLine.ParameterException) {
      return ExitCodes.USAGE;
    }
    return ApiErrors.exitCode(failure);
  }
}
