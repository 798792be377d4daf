package io.compliancescorecard.sdk.error;

import io.compliancescorecard.sdk.ratelimit.RateLimit;
import java.util.List;
import java.util.Map;

/** HTTP 5xx: the API failed; GET requests were already retried per the {@link io.compliancescorecard.sdk.retry.RetryPolicy}. */
public class ServerException extends ApiException {

  private static final long serialVersionUID = 1L;

  /** See {@link ApiException#ApiException(int, String, String, Map, RateLimit, String, Throwable)}. */
  public ServerException(int status, String errorCode, String serverMessage, Map<String, List<String>> details,
      RateLimit rateLimit, String request, Throwable cause) {
    super(status, errorCode, serverMessage, details, rateLimit, request, cause);
  }
}
