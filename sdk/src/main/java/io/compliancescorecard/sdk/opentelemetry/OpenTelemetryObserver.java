package io.compliancescorecard.sdk.opentelemetry;

import io.compliancescorecard.sdk.internal.UserAgentInterceptor;
import io.compliancescorecard.sdk.observation.CallObservation;
import io.compliancescorecard.sdk.observation.CallObserver;
import io.compliancescorecard.sdk.observation.CallStart;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.util.Objects;

/**
 * Traces and measures the SDK's calls with OpenTelemetry. Install one per client on its builder:
 * {@code
 * ComplianceScorecardClient.builder().observer(OpenTelemetryObserver.create(openTelemetry))}.
 *
 * <p>Each logical call is one {@link SpanKind#CLIENT} span named by its operation ({@code GET
 * /api/v3/companies/{companyId}/clients}), a child of the caller's current context, with the stable
 * HTTP client attributes ({@code http.request.method}, {@code url.template}, {@code
 * server.address}, {@code server.port}, {@code http.response.status_code}, {@code error.type}) and
 * {@code http.request.resend_count}. Each wait is an event: {@code csc.retry} before a retry,
 * {@code csc.wait} while throttling, both with {@code csc.wait.cause} and {@code
 * csc.wait.duration_ms}; a new token is a {@code csc.token.renewal} event. Every attempt carries
 * the span's W3C {@code traceparent}, and only to the API's own origin.
 *
 * <p>Metrics: {@code csc.client.call.duration} (s, by {@code csc.operation} and {@code
 * csc.outcome}), {@code csc.client.retries} and {@code csc.client.waits} (by {@code
 * csc.wait.cause}), and {@code csc.client.rate_limit.remaining} (the last known budget, by {@code
 * csc.rate_limit.category}). Nothing secret is recorded: no query, header, body, token or exception
 * message.
 *
 * <p>The budget gauge is reported until {@link #close()}: close the observer with its client when
 * an application makes clients and drops them.
 */
public final class OpenTelemetryObserver implements CallObserver, AutoCloseable {

  /** The instrumentation scope's name. */
  public static final String INSTRUMENTATION_NAME = "io.compliancescorecard.sdk";

  private final Tracer tracer;
  private final CallMetrics metrics;
  private final TextMapPropagator propagator;

  private OpenTelemetryObserver(Builder builder) {
    String version = UserAgentInterceptor.sdkVersion();
    this.tracer =
        builder
            .openTelemetry
            .tracerBuilder(INSTRUMENTATION_NAME)
            .setInstrumentationVersion(version)
            .build();
    this.metrics =
        new CallMetrics(
            builder
                .openTelemetry
                .meterBuilder(INSTRUMENTATION_NAME)
                .setInstrumentationVersion(version)
                .build());
    this.propagator = builder.propagator;
  }

  /**
   * @param openTelemetry where spans and metrics go, for example {@code GlobalOpenTelemetry.get()}
   * @return an observer propagating the W3C trace context
   */
  public static OpenTelemetryObserver create(OpenTelemetry openTelemetry) {
    return builder(openTelemetry).build();
  }

  /**
   * @param openTelemetry where spans and metrics go
   * @return a builder for further options
   */
  public static Builder builder(OpenTelemetry openTelemetry) {
    return new Builder(openTelemetry);
  }

  @Override
  public CallObservation start(CallStart call) {
    String operation = call.operation();
    Context parent = Context.current();
    SpanBuilder span =
        tracer
            .spanBuilder(operation)
            .setParent(parent)
            .setSpanKind(SpanKind.CLIENT)
            .setAttribute(Keys.HTTP_REQUEST_METHOD, call.method())
            .setAttribute(Keys.SERVER_ADDRESS, call.serverAddress())
            .setAttribute(Keys.SERVER_PORT, (long) call.serverPort());
    call.urlTemplate().ifPresent(template -> span.setAttribute(Keys.URL_TEMPLATE, template));
    Span started = span.startSpan();
    return new SpanObservation(operation, started, parent, propagator, metrics);
  }

  /**
   * Stops reporting the rate-limit budget gauge; spans and the other metrics go on while calls are
   * made.
   */
  @Override
  public void close() {
    metrics.close();
  }

  /** Options of an {@link OpenTelemetryObserver}. */
  public static final class Builder {
    private final OpenTelemetry openTelemetry;
    private TextMapPropagator propagator = W3CTraceContextPropagator.getInstance();

    private Builder(OpenTelemetry openTelemetry) {
      this.openTelemetry = Objects.requireNonNull(openTelemetry, "openTelemetry");
    }

    /**
     * @param propagator how the trace context goes on each attempt (default W3C {@code traceparent}
     *     and {@code tracestate}; {@code openTelemetry.getPropagators().getTextMapPropagator()} for
     *     the application's own, which may include baggage)
     * @return this builder
     */
    public Builder propagator(TextMapPropagator propagator) {
      this.propagator = Objects.requireNonNull(propagator, "propagator");
      return this;
    }

    /**
     * @return the observer
     */
    public OpenTelemetryObserver build() {
      return new OpenTelemetryObserver(this);
    }
  }
}
