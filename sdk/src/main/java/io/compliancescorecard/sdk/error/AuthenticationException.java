package io.compliancescorecard.sdk.error;

import io.compliancescorecard.sdk.ratelimit.RateLimit;
import java.util.List;
import java.util.Map;

/** HTTP 401: the token is missing, invalid, expired or revoked, or no token could be obtained from Auth0. */
public class AuthenticationException extends ApiException {

  private static final long serialVersionUID = 1L;

  /** See {@link ApiException#ApiException(int, String, String, Map, RateLimit, String, Throwable)}. */
  public AuthenticationException(int status, String errorCode, String serverMessage, Map<String, List<String>> details,
      RateLimit rateLimit, String request, Throwable cause) {
    super(status, errorCode, serverMessage, details, rateLimit, request, cause);
  }
}
