package io.compliancescorecard.sdk.retry;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how patiently failed requests are retried. Immutable.
 *
 * <p>What is retried is fixed by the HTTP method, because a create must never be sent twice after
 * it may have been received: GET (and the other idempotent methods) on 408, 429, 500, 502, 503, 504
 * and I/O failures; POST only on 429 and on failures where the request provably never reached the
 * server (connection refused, unknown host). The wait before retry {@code n} (from 0) is a random
 * duration between zero and {@code min(maxBackoff, initialBackoff * 2^n)} ("full jitter"), unless
 * the server named the wait with {@code Retry-After} or {@code X-RateLimit-Reset}.
 */
public final class RetryPolicy {

  private static final RetryPolicy DEFAULTS =
      new RetryPolicy(3, Duration.ofMillis(250), Duration.ofSeconds(8));
  private static final RetryPolicy NONE = new RetryPolicy(0, Duration.ZERO, Duration.ZERO);

  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;

  private RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxBackoff) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must not be negative");
    }
    if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("backoff must satisfy 0 <= initialBackoff <= maxBackoff");
    }
    this.maxRetries = maxRetries;
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
  }

  /**
   * @return up to 3 retries, backoff from 250 ms capped at 8 s
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * @return no retries at all
   */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * @param maxRetries retries after the first attempt
   * @param initialBackoff the cap of the first wait
   * @param maxBackoff the cap of every wait
   * @return the policy
   */
  public static RetryPolicy of(int maxRetries, Duration initialBackoff, Duration maxBackoff) {
    return new RetryPolicy(maxRetries, initialBackoff, maxBackoff);
  }

  /**
   * @return retries after the first attempt
   */
  public int maxRetries() {
    return maxRetries;
  }

  /**
   * @return the cap of the first wait
   */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /**
   * @return the cap of every wait
   */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /**
   * The jittered wait before retry {@code retry}.
   *
   * @param retry 0 for the first retry
   * @return a duration between zero and the capped exponential bound
   */
  public Duration backoff(int retry) {
    long capMillis = maxBackoff.toMillis();
    long bound = retry < 31 ? Math.min(capMillis, initialBackoff.toMillis() << retry) : capMillis;
    return Duration.ofMillis(ThreadLocalRandom.current().nextLong(bound + 1));
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries="
        + maxRetries
        + ", initialBackoff="
        + initialBackoff
        + ", maxBackoff="
        + maxBackoff
        + "}";
  }
}
