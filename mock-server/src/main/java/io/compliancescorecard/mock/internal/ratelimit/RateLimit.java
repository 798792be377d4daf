package io.compliancescorecard.mock.internal.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * A budget of requests per window for one rate-limit category.
 *
 * @param limit requests allowed per window, at least 1
 * @param window the window's length, positive
 */
public record RateLimit(int limit, Duration window) {

  /** Checks the values. */
  public RateLimit {
    Objects.requireNonNull(window, "window");
    if (limit < 1) {
      throw new IllegalArgumentException("rate limit must be at least 1, was " + limit);
    }
    if (window.isZero() || window.isNegative()) {
      throw new IllegalArgumentException("rate-limit window must be positive, was " + window);
    }
  }
}
