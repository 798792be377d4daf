package io.compliancescorecard.mock.internal.proxy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How the validating proxy runs: where API requests and token requests go, how long it waits, what
 * it keeps in memory, and what it writes at shutdown.
 *
 * @param upstream the API's base URL, every API request goes there
 * @param auth0Domain where {@code /oauth/token} goes, or null to refuse token requests
 * @param connectTimeout the longest wait for a connection to an upstream
 * @param readTimeout the longest wait for an upstream's whole answer once connected
 * @param maxUpstreamBody the largest upstream body accepted, in bytes; a larger one is answered 502
 * @param maxViolations how many violations {@code GET /_mock/violations} keeps (the newest); the
 *     report's counts are complete regardless
 * @param failOnViolation whether a response that breaks the spec is answered 502 instead of passed
 *     on
 * @param record where to write what the proxy saw as a data file at shutdown, or null
 * @param anonymize whether the recording hashes email addresses
 * @param report where to write the drift report at shutdown, or null
 */
public record ProxySettings(
    URI upstream,
    URI auth0Domain,
    Duration connectTimeout,
    Duration readTimeout,
    long maxUpstreamBody,
    int maxViolations,
    boolean failOnViolation,
    Path record,
    boolean anonymize,
    Path report) {

  /** Default connect timeout. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  /** Default read timeout. */
  public static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

  /** Default cap on an upstream body: 16 MiB. */
  public static final long MAX_UPSTREAM_BODY = 16L * 1024 * 1024;

  /** Default number of violations kept for the admin API. */
  public static final int MAX_VIOLATIONS = 1000;

  /** Checks the settings. */
  public ProxySettings {
    upstream = httpBase(upstream, "proxy target");
    auth0Domain = auth0Domain == null ? null : httpBase(auth0Domain, "Auth0 domain");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    if (connectTimeout.isZero()
        || connectTimeout.isNegative()
        || readTimeout.isZero()
        || readTimeout.isNegative()) {
      throw new IllegalArgumentException("proxy timeouts must be positive");
    }
    if (maxUpstreamBody < 1 || maxViolations < 1) {
      throw new IllegalArgumentException("proxy limits must be at least 1");
    }
  }

  /**
   * An absolute http(s) URL without query or fragment, without its trailing slash; a bare host name
   * ({@code tenant.eu.auth0.com}) means https.
   */
  static URI httpBase(URI uri, String what) {
    Objects.requireNonNull(uri, what);
    URI url = uri.getScheme() == null ? URI.create("https://" + uri) : uri;
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")
        || url.getHost() == null
        || url.getRawQuery() != null
        || url.getRawFragment() != null
        || url.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          "the "
              + what
              + " must be an http(s) URL without credentials,"
              + " query or fragment, such as https://api.example.com"
              // Credentials in the URL are never echoed.
              + (url.getRawUserInfo() != null ? "" : "; got " + uri));
    }
    String text = url.toString();
    return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
  }
}
