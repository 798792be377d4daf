package io.compliancescorecard.mock.internal.ratelimit;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed-window counters per token and category. A window opens with a token's first request in the
 * category and lasts the category's window; each counter is updated under its own lock, so counts
 * are exact however many threads spend the same budget.
 */
public final class RateLimiter {

  private final Map<String, RateLimit> limits;
  private final Clock clock;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  /** Counts against {@code limits} (category name to budget), telling time with {@code clock}. */
  public RateLimiter(Map<String, RateLimit> limits, Clock clock) {
    this.limits = Map.copyOf(limits);
    this.clock = clock;
  }

  /** Spends one request of {@code tokenId}'s budget in {@code category}. */
  public Decision acquire(String tokenId, String category) {
    RateLimit limit = limitOf(category);
    Window window = windows.computeIfAbsent(tokenId + '\u0000' + category, k -> new Window());
    return window.acquire(limit, clock.millis());
  }

  /** What a fresh budget of {@code category} looks like, for responses that spend none (401). */
  public Decision peek(String category) {
    RateLimit limit = limitOf(category);
    long now = clock.millis();
    return new Decision(true, limit.limit(), limit.limit(), now + limit.window().toMillis(), now);
  }

  /** Forgets every counter. */
  public void reset() {
    windows.clear();
  }

  private RateLimit limitOf(String category) {
    RateLimit limit = limits.get(category);
    if (limit == null) {
      throw new IllegalStateException("no rate limit for category " + category);
    }
    return limit;
  }

  private static final class Window {
    private long resetAtMillis;
    private int used;

    synchronized Decision acquire(RateLimit limit, long now) {
      if (now >= resetAtMillis) {
        resetAtMillis = now + limit.window().toMillis();
        used = 0;
      }
      if (used >= limit.limit()) {
        return new Decision(false, limit.limit(), 0, resetAtMillis, now);
      }
      used++;
      return new Decision(true, limit.limit(), limit.limit() - used, resetAtMillis, now);
    }
  }

  /**
   * The outcome of one request against a budget.
   *
   * @param allowed whether the request may proceed
   * @param limit the category's limit
   * @param remaining requests left in the window after this one
   * @param resetAtMillis when the window ends (epoch milliseconds)
   * @param nowMillis when the decision was taken
   */
  public record Decision(
      boolean allowed, int limit, int remaining, long resetAtMillis, long nowMillis) {

    /** {@code X-RateLimit-Reset}: the window's end in Unix seconds, rounded up. */
    public long resetEpochSeconds() {
      return (resetAtMillis + 999) / 1000;
    }

    /** {@code Retry-After}: whole seconds until the window ends, at least 1. */
    public long retryAfterSeconds() {
      return Math.max(1, (resetAtMillis - nowMillis + 999) / 1000);
    }

    /** The three {@code X-RateLimit-*} headers. */
    public Map<String, String> headers() {
      return Map.of(
          "X-RateLimit-Limit", Integer.toString(limit),
          "X-RateLimit-Remaining", Integer.toString(remaining),
          "X-RateLimit-Reset", Long.toString(resetEpochSeconds()));
    }
  }
}
