package io.compliancescorecard.sdk.error;

import io.compliancescorecard.sdk.ratelimit.RateLimit;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP 429: the rate-limit budget is spent, and the reset was further away than the client's
 * maximum wait (or retries were exhausted). {@link #resetAt()} says when to try again.
 */
public class RateLimitException extends ApiException {

  private static final long serialVersionUID = 1L;

  private final Instant resetAt;

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
   * @param resetAt when the budget is available again, or null when the server did not say
   */
  public RateLimitException(
      int status,
      String errorCode,
      String serverMessage,
      Map<String, List<String>> details,
      RateLimit rateLimit,
      String request,
      Throwable cause,
      Instant resetAt) {
    super(status, errorCode, serverMessage, details, rateLimit, request, cause);
    this.resetAt = resetAt;
  }

  /**
   * @return when the budget is available again, when known
   */
  public Optional<Instant> resetAt() {
    return Optional.ofNullable(resetAt);
  }

  @Override
  public String getMessage() {
    return resetAt == null
        ? super.getMessage()
        : super.getMessage() + " (resets at " + resetAt + ")";
  }
}
