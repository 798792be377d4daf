package io.compliancescorecard.sdk.internal;

import io.compliancescorecard.sdk.retry.RetryPolicy;
import io.compliancescorecard.sdk.retry.WaitEvent;
import io.compliancescorecard.sdk.retry.WaitEvent.Reason;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Repeats failed attempts by the rules of {@link RetryPolicy}: idempotent methods on 408, 429, 5xx
 * gateway statuses and I/O failures; other methods (POST) only on 429 and on failures that prove
 * the request never reached the server. A 429 waits until the server's {@code Retry-After} or
 * {@code X-RateLimit-Reset}, unless that is further away than the maximum wait: then the 429 is
 * returned at once and surfaces as a {@code RateLimitException}. A request tagged with a {@link
 * RetryLimit} (a call's own options) gets that many retries instead of the policy's; one with a
 * {@link CallDeadline} is not retried after a wait that would outlast it.
 */
public final class RetryInterceptor implements Interceptor {

  private static final Set<String> IDEMPOTENT_METHODS =
      Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");
  private static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 500, 502, 503, 504);
  private static final int TOO_MANY_REQUESTS = 429;

  private final RetryPolicy policy;
  private final Duration maxServerWait;
  private final Clock clock;
  private final Waiter waiter;

  /**
   * @param policy how many retries and how long between them
   * @param maxServerWait the longest wait a server may impose through {@code Retry-After}/reset
   * @param clock the source of now, for {@code X-RateLimit-Reset}
   * @param waiter how to wait
   */
  public RetryInterceptor(RetryPolicy policy, Duration maxServerWait, Clock clock, Waiter waiter) {
    this.policy = policy;
    this.maxServerWait = maxServerWait;
    this.clock = clock;
    this.waiter = waiter;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean idempotent = IDEMPOTENT_METHODS.contains(request.method());
    int maxRetries = RetryLimit.of(request, policy.maxRetries());
    for (int retry = 0; ; retry++) {
      Response response;
      try {
        response =
            attempt(
                chain,
                request
                    .newBuilder()
                    .tag(Attempt.class, new Attempt(retry + 1, maxRetries + 1))
                    .build(),
                idempotent);
      } catch (IOException e) {
        Duration backoff = policy.backoff(retry);
        if (retry >= maxRetries
            || chain.call().isCanceled()
            || !isRetryable(e, idempotent)
            || !CallDeadline.allows(request, backoff)) {
          throw e;
        }
        waitToRetry(request, Reason.IO_FAILURE, 0, retry, maxRetries, backoff);
        continue;
      }
      int status = response.code();
      if (retry >= maxRetries || !isRetryable(status, idempotent)) {
        return response;
      }
      Optional<Duration> wait = waitBeforeRetry(response, retry);
      if (wait.isEmpty() || !CallDeadline.allows(request, wait.get())) {
        return response;
      }
      response.close();
      waitToRetry(
          request,
          status == TOO_MANY_REQUESTS ? Reason.RATE_LIMITED : Reason.RETRYABLE_STATUS,
          status,
          retry,
          maxRetries,
          wait.get());
    }
  }

  private void waitToRetry(
      Request request, Reason reason, int status, int retry, int maxRetries, Duration wait)
      throws IOException {
    waiter.await(
        request,
        new WaitEvent(
            reason,
            request.method(),
            request.url().encodedPath(),
            status,
            retry + 2,
            maxRetries + 1,
            wait),
        "to retry");
  }

  /**
   * For idempotent requests the body is read here, inside the retry loop, so that a connection that
   * breaks mid-body (a malformed chunk, a reset) is retried like any other I/O failure. API bodies
   * are small pages, so buffering them costs little.
   */
  private static Response attempt(Chain chain, Request request, boolean idempotent)
      throws IOException {
    Response response = chain.proceed(request);
    ResponseBody body = response.body();
    if (idempotent && body != null) {
      try {
        body.source().request(Long.MAX_VALUE);
      } catch (IOException e) {
        response.close();
        throw e;
      }
    }
    return response;
  }

  /** Empty when the server asks for a longer wait than allowed: the response is final then. */
  private Optional<Duration> waitBeforeRetry(Response response, int retry) {
    Instant now = clock.instant();
    Optional<Instant> retryAt = RateLimitHeaders.retryAt(response, now);
    if (retryAt.isEmpty()) {
      return Optional.of(policy.backoff(retry));
    }
    Duration wait = Duration.between(now, retryAt.get());
    if (wait.isNegative()) {
      return Optional.of(Duration.ZERO);
    }
    return wait.compareTo(maxServerWait) <= 0 ? Optional.of(wait) : Optional.empty();
  }

  private static boolean isRetryable(int status, boolean idempotent) {
    return idempotent ? RETRYABLE_STATUSES.contains(status) : status == TOO_MANY_REQUESTS;
  }

  private static boolean isRetryable(IOException failure, boolean idempotent) {
    if (neverReachedServer(failure)) {
      return true;
    }
    if (!idempotent) {
      return false;
    }
    // A read or connect timeout is worth another try; an interrupt or the call timeout is not.
    return !(failure instanceof InterruptedIOException)
        || failure instanceof SocketTimeoutException;
  }

  private static boolean neverReachedServer(IOException failure) {
    return failure instanceof ConnectException
        || failure instanceof UnknownHostException
        || failure instanceof NoRouteToHostException;
  }
}
