package io.compliancescorecard.sdk.error;

import io.compliancescorecard.sdk.internal.ErrorMapper;
import io.compliancescorecard.sdk.ratelimit.RateLimit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A failed API call: the base of the SDK's unchecked exception hierarchy.
 *
 * <p>Subclasses name what went wrong ({@link AuthenticationException} 401, {@link
 * PermissionException} 403, {@link NotFoundException} 404, {@link ValidationException} 422, {@link
 * RateLimitException} 429, {@link ServerException} 5xx, {@link ConnectionException} for I/O
 * failures and timeouts); other statuses (400, 405, ...) are thrown as this class. Messages never
 * contain tokens or other secrets.
 */
public class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The {@link #status()} of failures that got no HTTP response. */
  public static final int NO_STATUS = 0;

  private final int status;
  private final String errorCode;
  private final String serverMessage;
  private final Map<String, List<String>> details;
  private final transient RateLimit rateLimit;
  private final String request;

  /**
   * @param status the HTTP status, or {@link #NO_STATUS}
   * @param errorCode the API's error code ({@code NOT_FOUND}, ...), or null when the body had none
   * @param serverMessage the API's message, or a description of the unreadable body; secret-free
   * @param details field -> messages for validation errors; may be empty
   * @param rateLimit the response's rate-limit snapshot, or null
   * @param request the request as {@code METHOD /path}, or null
   * @param cause the underlying failure, or null
   */
  public ApiException(
      int status,
      String errorCode,
      String serverMessage,
      Map<String, List<String>> details,
      RateLimit rateLimit,
      String request,
      Throwable cause) {
    super(describe(status, errorCode, serverMessage, request), cause);
    this.status = status;
    this.errorCode = errorCode;
    this.serverMessage = serverMessage;
    this.details =
        details == null
            ? Collections.emptyMap()
            : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    this.rateLimit = rateLimit;
    this.request = request;
  }

  /**
   * The exception an error response stands for, read from the API's error envelope exactly as the
   * client's own calls read it: for a response that came another way, such as a {@link
   * io.compliancescorecard.sdk.ComplianceScorecardClient#rawRequest raw request}'s.
   *
   * @param status the HTTP status, 400 or above
   * @param body the response body as text, or null; any body is accepted, envelope or not
   * @param request the request as {@code METHOD /path}, or null
   * @return the matching subclass ({@link NotFoundException} for 404, ...)
   */
  public static ApiException fromResponse(int status, String body, String request) {
    return ErrorMapper.toException(status, body, request);
  }

  private static String describe(
      int status, String errorCode, String serverMessage, String request) {
    StringBuilder text = new StringBuilder();
    if (status != NO_STATUS) {
      text.append("HTTP ").append(status).append(' ');
    }
    if (errorCode != null) {
      text.append(errorCode).append(": ");
    }
    text.append(serverMessage);
    if (request != null) {
      text.append(" [").append(request).append(']');
    }
    return text.toString();
  }

  /**
   * @return the HTTP status, or {@link #NO_STATUS} when no response arrived
   */
  public int status() {
    return status;
  }

  /**
   * @return the API's machine-readable error code, when the body carried one
   */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /**
   * @return the API's human-readable message, or a description of an unreadable body
   */
  public String serverMessage() {
    return serverMessage;
  }

  /**
   * @return for validation errors, each invalid field mapped to its messages; else empty
   */
  public Map<String, List<String>> details() {
    return details;
  }

  /**
   * @return the rate-limit snapshot of the failed response, when it carried one
   */
  public Optional<RateLimit> rateLimit() {
    return Optional.ofNullable(rateLimit);
  }

  /**
   * @return the failed request as {@code METHOD /path}, when known
   */
  public Optional<String> request() {
    return Optional.ofNullable(request);
  }
}
