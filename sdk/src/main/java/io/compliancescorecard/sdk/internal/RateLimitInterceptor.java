package io.compliancescorecard.sdk.internal;

import io.compliancescorecard.sdk.error.RateLimitException;
import io.compliancescorecard.sdk.ratelimit.RateLimit;
import io.compliancescorecard.sdk.retry.WaitEvent;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Records every response's rate-limit snapshot and, when throttling is on, holds a request back
 * while the latest snapshot of its category says the budget is spent, instead of spending a 429. A
 * hold longer than the maximum wait, or beyond the call's {@link CallDeadline}, fails at once with
 * a {@link RateLimitException} naming the reset.
 */
public final class RateLimitInterceptor implements Interceptor {

  private final RateLimitTracker tracker;
  private final boolean throttle;
  private final Duration maxWait;
  private final Clock clock;
  private final Waiter waiter;

  /**
   * @param tracker where snapshots are kept
   * @param throttle whether to wait before sending when the budget is spent
   * @param maxWait the longest such wait
   * @param clock the source of now
   * @param waiter how to wait
   */
  public RateLimitInterceptor(
      RateLimitTracker tracker, boolean throttle, Duration maxWait, Clock clock, Waiter waiter) {
    this.tracker = tracker;
    this.throttle = throttle;
    this.maxWait = maxWait;
    this.clock = clock;
    this.waiter = waiter;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (throttle) {
      holdWhileSpent(request);
    }
    Response response = chain.proceed(request);
    RateLimitHeaders.snapshot(response).ifPresent(tracker::record);
    return response;
  }

  private void holdWhileSpent(Request request) throws IOException {
    Optional<RateLimit> latest = tracker.latest(OperationCategories.of(request));
    if (latest.isEmpty() || latest.get().remaining() > 0) {
      return;
    }
    Instant now = clock.instant();
    Duration wait = latest.get().untilReset(now);
    if (wait.isZero()) {
      return;
    }
    boolean beyondMaxWait = wait.compareTo(maxWait) > 0;
    if (beyondMaxWait || !CallDeadline.allows(request, wait)) {
      // Status 429 although nothing was sent: callers map it exactly like the server's own 429.
      throw new RateLimitException(
          429,
          "RATE_LIMITED",
          "the "
              + latest.get().category()
              + " budget is spent and resets in "
              + wait.getSeconds()
              + " s, "
              + (beyondMaxWait
                  ? "beyond the maximum wait of " + maxWait.getSeconds() + " s"
                  : "after the call's timeout")
              + "; the request was not sent",
          null,
          latest.get(),
          request.method() + " " + request.url().encodedPath(),
          null,
          latest.get().resetAt());
    }
    Attempt attempt = Optional.ofNullable(request.tag(Attempt.class)).orElse(Attempt.ONLY);
    waiter.await(
        request,
        new WaitEvent(
            WaitEvent.Reason.THROTTLED,
            request.method(),
            request.url().encodedPath(),
            0,
            attempt.number,
            attempt.max,
            wait),
        "for the rate limit to reset");
  }
}
