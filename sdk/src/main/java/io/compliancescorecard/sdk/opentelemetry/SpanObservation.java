package io.compliancescorecard.sdk.opentelemetry;

import io.compliancescorecard.sdk.observation.AttemptStart;
import io.compliancescorecard.sdk.observation.CallEnd;
import io.compliancescorecard.sdk.observation.CallObservation;
import io.compliancescorecard.sdk.observation.TokenRenewal;
import io.compliancescorecard.sdk.retry.WaitEvent;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;

/**
 * One call's span: its trace context goes on every attempt, its waits and renewals become events.
 */
final class SpanObservation implements CallObservation {

  /**
   * A trace header the caller set on the call itself (a per-call option) is left as the caller set
   * it.
   */
  private static final TextMapSetter<AttemptStart> HEADERS =
      (attempt, name, value) -> {
        if (attempt != null) {
          try {
            attempt.header(name, value);
          } catch (IllegalArgumentException callersOwn) {
            // keep the caller's value
          }
        }
      };

  private final String operation;
  private final Span span;
  private final Context context;
  private final TextMapPropagator propagator;
  private final CallMetrics metrics;

  SpanObservation(
      String operation,
      Span span,
      Context parent,
      TextMapPropagator propagator,
      CallMetrics metrics) {
    this.operation = operation;
    this.span = span;
    this.context = parent.with(span);
    this.propagator = propagator;
    this.metrics = metrics;
  }

  @Override
  public void onAttempt(AttemptStart attempt) {
    propagator.inject(context, attempt, HEADERS);
  }

  @Override
  public void onWait(WaitEvent wait) {
    String cause = Keys.value(wait.reason());
    boolean retry = wait.reason() != WaitEvent.Reason.THROTTLED;
    metrics.waited(operation, cause, retry);
    if (!span.isRecording()) {
      return;
    }
    AttributesBuilder attributes =
        Attributes.builder()
            .put(Keys.WAIT_CAUSE, cause)
            .put(Keys.WAIT_DURATION_MS, wait.waitTime().toMillis())
            .put(Keys.ATTEMPT, wait.attempt());
    if (wait.status() != 0) {
      attributes.put(Keys.HTTP_RESPONSE_STATUS_CODE, wait.status());
    }
    span.addEvent(retry ? "csc.retry" : "csc.wait", attributes.build());
  }

  @Override
  public void onTokenRenewal(TokenRenewal renewal) {
    span.addEvent(
        "csc.token.renewal",
        Attributes.of(
            Keys.TOKEN_RENEWAL_REASON,
            Keys.value(renewal.reason()),
            Keys.TOKEN_RENEWAL_DURATION_MS,
            renewal.duration().toMillis()));
  }

  @Override
  public void onEnd(CallEnd end) {
    String errorType =
        end.failure()
            .map(failure -> failure.getClass().getName())
            .orElse(end.status() >= 400 ? Integer.toString(end.status()) : null);
    if (end.status() != 0) {
      span.setAttribute(Keys.HTTP_RESPONSE_STATUS_CODE, end.status());
    }
    if (end.attempts() > 1) {
      span.setAttribute(Keys.HTTP_REQUEST_RESEND_COUNT, end.attempts() - 1);
    }
    if (errorType != null) {
      span.setAttribute(Keys.ERROR_TYPE, errorType);
      span.setStatus(StatusCode.ERROR);
    }
    span.end();
    metrics.callEnded(operation, errorType, end.duration());
    end.rateLimit().ifPresent(metrics::budget);
  }
}
