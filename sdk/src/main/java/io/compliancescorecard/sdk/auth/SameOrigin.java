package io.compliancescorecard.sdk.auth;

import okhttp3.HttpUrl;

/**
 * Where a token may be sent: to the API's own origin (the same scheme, host and port as its base
 * URL) and nowhere else. The client's typed and raw calls follow this rule, and so must any tool
 * that sends a request to a URL it was given, such as {@code csc api}.
 */
public final class SameOrigin {

  private SameOrigin() {}

  /**
   * @param url where a request is going
   * @param apiBaseUrl the API's base URL
   * @return whether both have the same scheme, host and port (default ports included)
   */
  public static boolean test(HttpUrl url, HttpUrl apiBaseUrl) {
    return url.scheme().equals(apiBaseUrl.scheme())
        && url.host().equals(apiBaseUrl.host())
        && url.port() == apiBaseUrl.port();
  }

  /**
   * @param url where a request is going, an absolute http(s) URL
   * @param apiBaseUrl the API's base URL
   * @return whether both have the same origin; false when either is not an http(s) URL
   */
  public static boolean test(String url, String apiBaseUrl) {
    HttpUrl target = HttpUrl.parse(url);
    HttpUrl base = HttpUrl.parse(apiBaseUrl);
    return target != null && base != null && test(target, base);
  }
}
