package io.compliancescorecard.sdk.error;

import io.compliancescorecard.sdk.ratelimit.RateLimit;
import java.util.List;
import java.util.Map;

/** HTTP 403: the caller's role lacks the operation's permission. */
public class PermissionException extends ApiException {

  private static final long serialVersionUID = 1L;

  /** See {@link ApiException#ApiException(int, String, String, Map, RateLimit, String, Throwable)}. */
  public PermissionException(int status, String errorCode, String serverMessage, Map<String, List<String>> details,
      RateLimit rateLimit, String request, Throwable cause) {
    super(status, errorCode, serverMessage, details, rateLimit, request, cause);
  }
}
