package io.compliancescorecard.sdk.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A snapshot of one rate-limit budget, read from a response's {@code X-RateLimit-Limit}, {@code
 * X-RateLimit-Remaining} and {@code X-RateLimit-Reset} headers. Immutable.
 */
public final class RateLimit {

  private final RateLimitCategory category;
  private final int limit;
  private final int remaining;
  private final Instant resetAt;

  /**
   * @param category the budget the response counted against
   * @param limit requests allowed in the window
   * @param remaining requests left in the window
   * @param resetAt when the window resets
   */
  public RateLimit(RateLimitCategory category, int limit, int remaining, Instant resetAt) {
    this.category = Objects.requireNonNull(category, "category");
    this.limit = limit;
    this.remaining = remaining;
    this.resetAt = Objects.requireNonNull(resetAt, "resetAt");
  }

  /**
   * @return the budget this snapshot describes
   */
  public RateLimitCategory category() {
    return category;
  }

  /**
   * @return requests allowed in the window
   */
  public int limit() {
    return limit;
  }

  /**
   * @return requests left in the window
   */
  public int remaining() {
    return remaining;
  }

  /**
   * @return when the window resets
   */
  public Instant resetAt() {
    return resetAt;
  }

  /**
   * @param now the current instant
   * @return how long until the window resets; zero once it has
   */
  public Duration untilReset(Instant now) {
    Duration left = Duration.between(now, resetAt);
    return left.isNegative() ? Duration.ZERO : left;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof RateLimit)) {
      return false;
    }
    RateLimit that = (RateLimit) other;
    return category == that.category
        && limit == that.limit
        && remaining == that.remaining
        && resetAt.equals(that.resetAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(category, limit, remaining, resetAt);
  }

  @Override
  public String toString() {
    return category + " " + remaining + "/" + limit + " remaining, resets at " + resetAt;
  }
}
