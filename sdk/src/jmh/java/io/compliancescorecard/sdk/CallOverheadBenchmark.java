package io.compliancescorecard.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.compliancescorecard.sdk.model.Company;
import io.compliancescorecard.sdk.model.CompanyResponse;
import io.compliancescorecard.sdk.opentelemetry.OpenTelemetryObserver;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
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
 * One typical call ({@code GET /api/v3/companies/{id}}) through the SDK, and the same call through
 * a bare OkHttpClient plus Jackson, against the same local WireMock server. The ratio of the two
 * scores is the SDK's overhead (auth, retry, rate-limit, logging and User-Agent interceptors,
 * envelope unwrapping). The same call with the OpenTelemetry observer installed, over
 * OpenTelemetry's no-op implementation and over a real SDK exporting to memory, is the cost of
 * observation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CallOverheadBenchmark {

  private static final String COMPANY =
      "{\"success\":true,\"data\":{\"id\":\"comp123\",\"name\":\"Example MSP Company\","
          + "\"email\":\"contact@examplemsp.com\",\"subscription_status\":\"active\",\"subscription_package\":\"plus\","
          + "\"client_count\":25,\"user_count\":8,\"created_at\":\"2023-06-15T09:00:00Z\","
          + "\"subscription_cycle_end_date\":\"2025-06-15T00:00:00Z\"}}";

  private WireMockServer server;
  private ComplianceScorecardClient client;
  private ComplianceScorecardClient noopTraced;
  private ComplianceScorecardClient traced;
  private InMemorySpanExporter spans;
  private OpenTelemetrySdk otel;
  private OkHttpClient bare;
  private ObjectMapper mapper;
  private Request request;

  @Setup
  public void start() {
    server =
        new WireMockServer(
            wireMockConfig().dynamicPort().bindAddress("127.0.0.1").disableRequestJournal());
    server.start();
    server.stubFor(
        get("/api/v3/companies/comp123")
            .willReturn(
                okJson(COMPANY)
                    .withHeader("X-RateLimit-Limit", "1000")
                    .withHeader("X-RateLimit-Remaining", "999")
                    .withHeader("X-RateLimit-Reset", "4102444800")));
    String base = "http://127.0.0.1:" + server.port();
    client = ComplianceScorecardClient.builder().baseUrl(base).token("benchmark-token").build();
    noopTraced =
        ComplianceScorecardClient.builder()
            .baseUrl(base)
            .token("benchmark-token")
            .observer(OpenTelemetryObserver.create(OpenTelemetry.noop()))
            .build();
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
    traced =
        ComplianceScorecardClient.builder()
            .baseUrl(base)
            .token("benchmark-token")
            .observer(OpenTelemetryObserver.create(otel))
            .build();
    bare = new OkHttpClient();
    mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    request =
        new Request.Builder()
            .url(base + "/api/v3/companies/comp123")
            .header("Authorization", "Bearer benchmark-token")
            .build();
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
    client.close();
    noopTraced.close();
    traced.close();
    otel.close();
    bare.dispatcher().executorService().shutdown();
    bare.connectionPool().evictAll();
    server.stop();
  }

  @Benchmark
  public Company sdk() {
    return client.companies().get("comp123");
  }

  @Benchmark
  public Company sdkWithNoopOpenTelemetry() {
    return noopTraced.companies().get("comp123");
  }

  @Benchmark
  public Company sdkWithInMemoryOpenTelemetry() {
    return traced.companies().get("comp123");
  }

  @Benchmark
  public Company okHttpAndJackson() throws IOException {
    try (Response response = bare.newCall(request).execute()) {
      return mapper.readValue(response.body().byteStream(), CompanyResponse.class).getData();
    }
  }
}
