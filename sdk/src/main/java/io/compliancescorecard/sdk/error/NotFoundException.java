package io.compliancescorecard.sdk.error;

import io.compliancescorecard.sdk.ratelimit.RateLimit;
import java.util.List;
import java.util.Map;

/** HTTP 404: the resource does not exist or belongs to another tenant. */
public class NotFoundException extends ApiException {

  private static final long serialVersionUID = 1L;

  /** See {@link ApiException#ApiException(int, String, String, Map, RateLimit, String, Throwable)}. */
  public NotFoundException(int status, String errorCode, String serverMessage, Map<String, List<String>> details,
      RateLimit rateLimit, String request, Throwable cause) {
    super(status, errorCode, serverMessage, details, rateLimit, request, cause);
  }
}
