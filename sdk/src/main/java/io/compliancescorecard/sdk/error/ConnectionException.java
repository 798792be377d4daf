package io.compliancescorecard.sdk.error;

import java.io.IOException;

/**
 * No usable HTTP response: the connection failed or was reset, the response was malformed or
 * truncated, a timeout expired, or the calling thread was interrupted. {@link #status()} is {@link
 * ApiException#NO_STATUS}. GET requests were already retried per the retry policy.
 */
public class ConnectionException extends ApiException {

  private static final long serialVersionUID = 1L;

  /**
   * @param request the request as {@code METHOD /path}, or null
   * @param cause the I/O failure
   */
  public ConnectionException(String request, IOException cause) {
    super(NO_STATUS, null, describe(cause), null, null, request, cause);
  }

  private static String describe(IOException cause) {
    String detail = cause.getMessage();
    return cause.getClass().getSimpleName() + (detail == null ? "" : ": " + detail);
  }
}
