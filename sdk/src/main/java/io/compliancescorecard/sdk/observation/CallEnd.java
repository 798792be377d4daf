package io.compliancescorecard.sdk.observation;

import io.compliancescorecard.sdk.ratelimit.RateLimit;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** How a call ended, as told to {@link CallObservation#onEnd}. */
public final class CallEnd {

  private final int status;
  private final Throwable failure;
  private final int attempts;
  private final Duration duration;
  private final RateLimit rateLimit;

  /**
   * @param status the final response's status, or 0 when the call failed without one
   * @param failure why the call failed without a response, or null
   * @param attempts how many requests were sent (or tried) in all
   * @param duration from the call's start to its end, waits included
   * @param rateLimit the final response's rate-limit snapshot, or null
   */
  public CallEnd(
      int status, Throwable failure, int attempts, Duration duration, RateLimit rateLimit) {
    this.status = status;
    this.failure = failure;
    this.attempts = attempts;
    this.duration = Objects.requireNonNull(duration, "duration");
    this.rateLimit = rateLimit;
  }

  /**
   * @return the final response's status, or 0 when there was none
   */
  public int status() {
    return status;
  }

  /**
   * @return why the call failed without a response (an {@code IOException} such as a timeout, or an
   *     {@code ApiException} such as a throttled call's {@code RateLimitException}); empty when a
   *     response came. Its message may name the path: do not export it where query values or ids
   *     must not go.
   */
  public Optional<Throwable> failure() {
    return Optional.ofNullable(failure);
  }

  /**
   * @return how many requests were sent or tried, the first one included
   */
  public int attempts() {
    return attempts;
  }

  /**
   * @return whether the call ended with a 2xx or 3xx response
   */
  public boolean succeeded() {
    return failure == null && status > 0 && status < 400;
  }

  /**
   * @return from the call's start to its end, waits included
   */
  public Duration duration() {
    return duration;
  }

  /**
   * @return the final response's rate-limit snapshot, if it carried one
   */
  public Optional<RateLimit> rateLimit() {
    return Optional.ofNullable(rateLimit);
  }

  @Override
  public String toString() {
    return (failure != null ? failure.getClass().getSimpleName() : "HTTP " + status)
        + " after "
        + attempts
        + " attempt(s), "
        + duration.toMillis()
        + " ms";
  }
}
