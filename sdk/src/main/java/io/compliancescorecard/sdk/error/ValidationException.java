package io.compliancescorecard.sdk.error;

import io.compliancescorecard.sdk.ratelimit.RateLimit;
import java.util.List;
import java.util.Map;

/** HTTP 422: a parameter or body field is invalid; {@link #fieldErrors()} says which and why. */
public class ValidationException extends ApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Made by the SDK's error mapping; public so that tests can throw one.
   *
   * @param status the HTTP status
   * @param errorCode the API's error code, or null
   * @param serverMessage the API's message; secret-free
   * @param details field -> messages; may be empty
   * @param rateLimit the response's rate-limit snapshot, or null
   * @param request the request as {@code METHOD /path}, or null
   * @param cause the underlying failure, or null
   */
  public ValidationException(
      int status,
      String errorCode,
      String serverMessage,
      Map<String, List<String>> details,
      RateLimit rateLimit,
      String request,
      Throwable cause) {
    super(status, errorCode, serverMessage, details, rateLimit, request, cause);
  }

  /**
   * @return each invalid field mapped to its messages
   */
  public Map<String, List<String>> fieldErrors() {
    return details();
  }

  @Override
  public String getMessage() {
    return details().isEmpty() ? super.getMessage() : super.getMessage() + " " + details();
  }
}
