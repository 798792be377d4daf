package io.compliancescorecard.mock.internal.webhooks;

import java.time.Duration;

/**
 * How deliveries are retried.
 *
 * @param maxAttempts attempts per delivery, at least 1
 * @param initialBackoff the wait before the second attempt; each later wait doubles, up to a minute
 * @param timeout how long one attempt waits for the receiver's answer
 */
public record WebhookSettings(int maxAttempts, Duration initialBackoff, Duration timeout) {

  /** Five attempts, 1 s first backoff, 10 s timeout. */
  public static final WebhookSettings DEFAULTS =
      new WebhookSettings(5, Duration.ofSeconds(1), Duration.ofSeconds(10));

  private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

  /** Checks the values. */
  public WebhookSettings {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("webhook attempts must be at least 1");
    }
    if (initialBackoff.isNegative() || timeout.isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException(
          "webhook backoff must not be negative and timeout must be positive");
    }
  }

  /** The wait after failed attempt number {@code attempt} (1-based). */
  Duration backoffAfter(int attempt) {
    Duration wait = initialBackoff.multipliedBy(1L << Math.min(attempt - 1, 20));
    return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
  }
}
