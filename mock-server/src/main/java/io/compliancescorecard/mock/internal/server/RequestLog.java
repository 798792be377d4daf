package io.compliancescorecard.mock.internal.server;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --log-requests}: one line per request, on the fast path and WireMock's alike, with the
 * method, the path (never the query string), the status, the time taken and whom the token or login
 * was for. Headers and bodies are never logged: they carry bearer tokens, passwords, client and API
 * secrets.
 */
final class RequestLog {

  /** The logger the lines go to, so that an embedding application can route or silence them. */
  static final String LOGGER = "io.compliancescorecard.mock.requests";

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

  private final boolean enabled;

  RequestLog(boolean enabled) {
    this.enabled = enabled;
  }

  boolean enabled() {
    return enabled;
  }

  /**
   * Logs {@code GET /api/v3/auth/user 200 1.3ms abc123}; the outcome is the status or an injected
   * fault's name, the principal {@code -} when no user is known.
   */
  void log(String method, String path, String outcome, long nanos, String principal) {
    LOG.info(
        "{} {} {} {}ms {}",
        method,
        path,
        outcome,
        String.format(Locale.ROOT, "%.1f", nanos / 1e6),
        principal == null ? "-" : principal);
  }
}
