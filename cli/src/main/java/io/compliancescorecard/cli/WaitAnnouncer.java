package io.compliancescorecard.cli;

import io.compliancescorecard.sdk.retry.WaitEvent;
import io.compliancescorecard.sdk.retry.WaitListener;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * Tells the user on stderr, in one line, each time the SDK is about to wait before sending a
 * request (again), so that a slow command explains itself: {@code csc: rate limited on GET
 * /api/v3/companies; waiting 3s (attempt 2/4)}.
 */
final class WaitAnnouncer implements WaitListener {

  private final PrintWriter err;

  WaitAnnouncer(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void onWait(WaitEvent wait) {
    err.println(
        "csc: "
            + cause(wait)
            + " on "
            + wait.method()
            + " "
            + wait.path()
            + "; waiting "
            + format(wait.waitTime())
            + " (attempt "
            + wait.attempt()
            + "/"
            + wait.maxAttempts()
            + ")");
  }

  private static String cause(WaitEvent wait) {
    switch (wait.reason()) {
      case RATE_LIMITED:
        return "rate limited";
      case THROTTLED:
        return "rate limit spent";
      case RETRYABLE_STATUS:
        return "HTTP " + wait.status();
      default:
        return "connection failed";
    }
  }

  /** Whole seconds, rounded up, from one second on; milliseconds below. */
  static String format(Duration duration) {
    long millis = duration.toMillis();
    return millis < 1000 ? millis + "ms" : (millis + 999) / 1000 + "s";
  }
}
