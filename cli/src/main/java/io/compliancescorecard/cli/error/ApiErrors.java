package io.compliancescorecard.cli.error;

import io.compliancescorecard.sdk.error.ApiException;
import io.compliancescorecard.sdk.error.AuthenticationException;
import io.compliancescorecard.sdk.error.ConnectionException;
import io.compliancescorecard.sdk.error.NotFoundException;
import io.compliancescorecard.sdk.error.PermissionException;
import io.compliancescorecard.sdk.error.RateLimitException;
import io.compliancescorecard.sdk.error.ServerException;
import io.compliancescorecard.sdk.error.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a failure means to a user: its one-line description and its exit code, by SDK exception
 * class.
 */
public final class ApiErrors {

  private ApiErrors() {}

  static int exitCode(Throwable failure) {
    if (failure instanceof CliException) {
      return ((CliException) failure).exitCode();
    }
    if (failure instanceof AuthenticationException) {
      return ExitCodes.AUTHENTICATION;
    }
    if (failure instanceof PermissionException) {
      return ExitCodes.PERMISSION;
    }
    if (failure instanceof NotFoundException) {
      return ExitCodes.NOT_FOUND;
    }
    if (failure instanceof ValidationException) {
      return ExitCodes.VALIDATION;
    }
    if (failure instanceof RateLimitException) {
      return ExitCodes.RATE_LIMITED;
    }
    if (failure instanceof ServerException
        || failure instanceof ConnectionException
        || failure instanceof IOException
        || failure instanceof UncheckedIOException) {
      return ExitCodes.SERVER;
    }
    if (failure instanceof IllegalArgumentException) {
      // The SDK refuses arguments it cannot send, such as the id "..": a usage error.
      return ExitCodes.USAGE;
    }
    return exitCodeForStatus(
        failure instanceof ApiException ? ((ApiException) failure).status() : 0);
  }

  /** The exit code of an HTTP status, for raw `csc api` responses that are not exceptions. */
  public static int exitCodeForStatus(int status) {
    switch (status) {
      case 401:
        return ExitCodes.AUTHENTICATION;
      case 403:
        return ExitCodes.PERMISSION;
      case 404:
        return ExitCodes.NOT_FOUND;
      case 422:
        return ExitCodes.VALIDATION;
      case 429:
        return ExitCodes.RATE_LIMITED;
      default:
        return status >= 500
            ? ExitCodes.SERVER
            : status >= 400 || status == 0 ? ExitCodes.ERROR : ExitCodes.OK;
    }
  }

  /** The failure a raw `csc api` error response stands for, as the SDK reads its error envelope. */
  public static CliException fromResponse(int status, String body, String request) {
    ApiException failure = ApiException.fromResponse(status, body, request);
    return new CliException(exitCode(failure), describe(failure), failure);
  }

  static String describe(Throwable failure) {
    if (failure instanceof ApiException) {
      ApiException api = (ApiException) failure;
      String line =
          line(
              api.errorCode().orElse(null),
              api.serverMessage(),
              api.details(),
              api.status(),
              api.request().orElse(null));
      if (failure instanceof RateLimitException) {
        line +=
            ((RateLimitException) failure).resetAt().map(at -> "; retry after " + at).orElse("");
      }
      return line;
    }
    String message = failure.getMessage();
    return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
  }

  /** `CODE: message (field: problem; ...) [HTTP status, METHOD /path]`. */
  private static String line(
      String code, String message, Map<String, List<String>> details, int status, String request) {
    StringBuilder line = new StringBuilder();
    if (code != null) {
      line.append(code).append(": ");
    }
    line.append(message);
    if (!details.isEmpty()) {
      line.append(" (").append(fieldErrors(details)).append(')');
    }
    if (status != ApiException.NO_STATUS) {
      line.append(" [HTTP ").append(status);
      if (request != null) {
        line.append(", ").append(request);
      }
      line.append(']');
    }
    return line.toString();
  }

  private static String fieldErrors(Map<String, List<String>> details) {
    return details.entrySet().stream()
        .map(field -> field.getKey() + ": " + String.join(" ", field.getValue()))
        .collect(Collectors.joining("; "));
  }
}
