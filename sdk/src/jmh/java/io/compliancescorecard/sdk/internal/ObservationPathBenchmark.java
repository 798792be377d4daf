package io.compliancescorecard.sdk.internal;

import io.compliancescorecard.sdk.observation.CallObserver;
import io.compliancescorecard.sdk.opentelemetry.OpenTelemetryObserver;
import io.compliancescorecard.sdk.ratelimit.RateLimit;
import io.compliancescorecard.sdk.ratelimit.RateLimitCategory;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The work an observed call adds, without the network: what the observation links do for one call
 * of one attempt (start, the attempt with its trace context, the end), through the OpenTelemetry
 * observer over the no-op implementation and over an SDK exporting to memory. A client without an
 * observer has no such links, so this is the whole difference; divided by {@code
 * CallOverheadBenchmark.sdk}, it bounds the ratio that benchmark measures, on a machine too busy
 * for two round-trip means to be told apart.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ObservationPathBenchmark {

  private final Request request =
      new Request.Builder()
          .url("http://127.0.0.1:8080/api/v3/companies/comp123")
          .header("Authorization", "Bearer benchmark-token")
          .build();
  private final RateLimit snapshot =
      new RateLimit(RateLimitCategory.GENERAL, 1000, 999, Instant.parse("2100-01-01T00:00:00Z"));
  private CallObserver noop;
  private CallObserver inMemory;
  private InMemorySpanExporter spans;
  private OpenTelemetrySdk otel;

  @Setup
  public void start() {
    noop = OpenTelemetryObserver.create(OpenTelemetry.noop());
    spans = InMemorySpanExporter.create();
    otel =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(spans))
                    .build())
            .setMeterProvider(
                SdkMeterProvider.builder()
                    .registerMetricReader(InMemoryMetricReader.create())
                    .build())
            .build();
    inMemory = OpenTelemetryObserver.create(otel);
  }

  /**
   * The exported spans are dropped after each iteration, so that the heap does not grow with them.
   */
  @TearDown(Level.Iteration)
  public void dropSpans() {
    spans.reset();
  }

  @TearDown
  public void stop() {
    otel.close();
  }

  private Request observeOneCall(CallObserver observer) {
    ObservedCall call = ObservedCall.start(observer, request);
    Request sent = call.attempt(request.newBuilder().tag(ObservedCall.class, call).build());
    call.end(200, null, snapshot);
    return sent;
  }

  @Benchmark
  public Request noopOpenTelemetry() {
    return observeOneCall(noop);
  }

  @Benchmark
  public Request inMemoryOpenTelemetry() {
    return observeOneCall(inMemory);
  }
}
