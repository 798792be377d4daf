package io.compliancescorecard.sdk.internal;

import io.compliancescorecard.sdk.observation.AttemptStart;
import io.compliancescorecard.sdk.observation.CallEnd;
import io.compliancescorecard.sdk.observation.CallObservation;
import io.compliancescorecard.sdk.observation.CallObserver;
import io.compliancescorecard.sdk.observation.CallStart;
import io.compliancescorecard.sdk.observation.TokenRenewal;
import io.compliancescorecard.sdk.ratelimit.RateLimit;
import io.compliancescorecard.sdk.retry.WaitEvent;
import java.time.Duration;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One observed call, tagged on its requests so that each interceptor down the chain can report to
 * it. A faulty observer is logged and ignored, so that it never fails a call.
 */
final class ObservedCall {

  private static final Logger LOG = LoggerFactory.getLogger(ObservedCall.class);

  private final CallObservation observation;
  private final long startNanos = System.nanoTime();
  private int attempts;

  private ObservedCall(CallObservation observation) {
    this.observation = observation;
  }

  static ObservedCall start(CallObserver observer, Request request) {
    CallObservation observation = CallObservation.NONE;
    try {
      CallStart start =
          new CallStart(
              request.method(),
              OperationCategories.template(request),
              request.url().host(),
              request.url().port(),
              OperationCategories.of(request));
      observation = observer.start(start);
    } catch (RuntimeException e) {
      LOG.warn("the call observer failed to start; the call is not observed", e);
    }
    return new ObservedCall(observation == null ? CallObservation.NONE : observation);
  }

  /**
   * @return the call {@code request} belongs to, or null when nobody observes it
   */
  static ObservedCall of(Request request) {
    return request.tag(ObservedCall.class);
  }

  /** Reports the next attempt and returns its request, with any headers the observer added. */
  Request attempt(Request request) {
    attempts++;
    AttemptHeaders start = new AttemptHeaders(attempts, request);
    report(() -> observation.onAttempt(start));
    return start.builder == null ? request : start.builder.build();
  }

  void waiting(WaitEvent wait) {
    report(() -> observation.onWait(wait));
  }

  void tokenRenewed(TokenRenewal.Reason reason, long askedNanos) {
    TokenRenewal renewal =
        new TokenRenewal(reason, Duration.ofNanos(System.nanoTime() - askedNanos));
    report(() -> observation.onTokenRenewal(renewal));
  }

  void end(int status, Throwable failure, RateLimit rateLimit) {
    CallEnd end =
        new CallEnd(
            status, failure, attempts, Duration.ofNanos(System.nanoTime() - startNanos), rateLimit);
    report(() -> observation.onEnd(end));
  }

  /** An attempt as an observer sees it; the request is copied only when a header is added. */
  private static final class AttemptHeaders implements AttemptStart {
    private final int number;
    private final Request request;
    private Request.Builder builder;

    AttemptHeaders(int number, Request request) {
      this.number = number;
      this.request = request;
    }

    @Override
    public int number() {
      return number;
    }

    @Override
    public void header(String name, String value) {
      if (request.header(name) != null) {
        throw new IllegalArgumentException("the SDK sets the header " + name + " itself");
      }
      if (builder == null) {
        builder = request.newBuilder();
      }
      builder.header(name, value);
    }
  }

  private static void report(Runnable hook) {
    try {
      hook.run();
    } catch (RuntimeException e) {
      LOG.warn("the call observer failed; the call goes on", e);
    }
  }
}
