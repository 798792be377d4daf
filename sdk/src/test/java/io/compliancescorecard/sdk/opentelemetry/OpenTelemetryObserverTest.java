package io.compliancescorecard.sdk.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.compliancescorecard.mock.MockServer;
import io.compliancescorecard.mock.MockServerOptions;
import io.compliancescorecard.sdk.ComplianceScorecardClient;
import io.compliancescorecard.sdk.MockApi;
import io.compliancescorecard.sdk.MutableClock;
import io.compliancescorecard.sdk.RequestOptions;
import io.compliancescorecard.sdk.auth.Auth0TokenProvider;
import io.compliancescorecard.sdk.error.ServerException;
import io.compliancescorecard.sdk.internal.Sleeper;
import io.compliancescorecard.sdk.ratelimit.RateLimitCategory;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenTelemetry observer on real calls to the mock server, with its chaos rules and request
 * journal.
 */
class OpenTelemetryObserverTest {

  private static final String CLIENTS = "/api/v3/companies/" + MockApi.COMPANY + "/clients";
  private static final String OPERATION = "GET /api/v3/companies/{companyId}/clients";

  private static MockServer mock;

  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
  private final OpenTelemetrySdk otel =
      OpenTelemetrySdk.builder()
          .setTracerProvider(
              SdkTracerProvider.builder()
                  .addSpanProcessor(SimpleSpanProcessor.create(spans))
                  .build())
          .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
          .build();
  private final MutableClock clock = new MutableClock(Instant.now());
  private final Auth0TokenProvider tokens =
      Auth0TokenProvider.clientCredentials(
              mock.baseUrl(), MockServer.CLIENT_ID, MockServer.CLIENT_SECRET, mock.baseUrl())
          .clock(clock)
          .build();
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final OpenTelemetryObserver observer = OpenTelemetryObserver.create(otel);

  @BeforeAll
  static void startMock() {
    mock = new MockServer(MockServerOptions.defaults()).start();
  }

  @AfterAll
  static void stopMock() {
    mock.close();
  }

  /**
   * A client that records its waits and, once {@code healAfter} waits were made, clears the chaos
   * rules.
   */
  private ComplianceScorecardClient traced(int healAfter) {
    Sleeper sleeper =
        duration -> {
          waits.add(duration);
          if (waits.size() == healAfter) {
            MockApi.noChaos(mock);
          }
        };
    return MockApi.client(mock, tokens, sleeper).observer(observer).build();
  }

  @AfterEach
  void nothingSecretInAnyAttributeOrEventAndNoChaosLeft() {
    MockApi.noChaos(mock);
    List<String> recorded = new ArrayList<>();
    for (SpanData span : spans.getFinishedSpanItems()) {
      recorded.add(span.getName());
      span.getAttributes().forEach((key, value) -> recorded.add(key.getKey() + "=" + value));
      span.getEvents()
          .forEach(
              event -> {
                recorded.add(event.getName());
                event
                    .getAttributes()
                    .forEach((key, value) -> recorded.add(key.getKey() + "=" + value));
              });
    }
    for (MetricData metric : metrics.collectAllMetrics()) {
      metric
          .getData()
          .getPoints()
          .forEach(
              point ->
                  point
                      .getAttributes()
                      .forEach((key, value) -> recorded.add(key.getKey() + "=" + value)));
    }
    String token = tokens.token();
    assertThat(recorded)
        .isNotEmpty()
        .allSatisfy(
            text ->
                assertThat(text)
                    .doesNotContain(MockServer.CLIENT_SECRET)
                    .doesNotContain(token)
                    .doesNotContain(token.substring(0, 20))
                    .doesNotContainIgnoringCase("bearer")
                    .doesNotContain("secret"));
  }

  @Test
  void aCallRetriedTwiceIsOneSpanWithTwoRetryEventsAndItsFinalStatus() {
    MockApi.chaos(mock, "[{\"path\":\"" + CLIENTS + "\",\"status\":503}]");

    try (ComplianceScorecardClient client = traced(0)) {
      assertThatThrownBy(() -> MockApi.listClients(client)).isInstanceOf(ServerException.class);
    }

    SpanData span = onlyCallSpan();
    assertThat(span.getName()).isEqualTo(OPERATION);
    assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getAttributes().asMap())
        .containsAllEntriesOf(
            Map.of(
                AttributeKey.stringKey("http.request.method"), "GET",
                AttributeKey.stringKey("url.template"), "/api/v3/companies/{companyId}/clients",
                AttributeKey.stringKey("server.address"), "127.0.0.1",
                AttributeKey.longKey("server.port"), (long) mock.port(),
                AttributeKey.longKey("http.response.status_code"), 503L,
                AttributeKey.stringKey("error.type"), "503",
                AttributeKey.longKey("http.request.resend_count"), 2L));
    List<EventData> retries = events(span, "csc.retry");
    assertThat(retries).hasSize(2);
    assertThat(retries)
        .extracting(event -> event.getAttributes().get(AttributeKey.longKey("csc.attempt")))
        .containsExactly(2L, 3L);
    assertThat(retries)
        .allSatisfy(
            event -> {
              assertThat(event.getAttributes().get(AttributeKey.stringKey("csc.wait.cause")))
                  .isEqualTo("retryable_status");
              assertThat(
                      event.getAttributes().get(AttributeKey.longKey("http.response.status_code")))
                  .isEqualTo(503L);
            });
    assertThat(counter("csc.client.retries"))
        .singleElement()
        .satisfies(
            point -> {
              assertThat(point.getValue()).isEqualTo(2);
              assertThat(point.getAttributes().get(AttributeKey.stringKey("csc.wait.cause")))
                  .isEqualTo("retryable_status");
              assertThat(point.getAttributes().get(AttributeKey.stringKey("csc.operation")))
                  .isEqualTo(OPERATION);
            });
    assertThat(durationCount("failure")).isEqualTo(1);
  }

  @Test
  void everyAttemptCarriesTheSpansTraceparentToTheMockAndTheTokenRequestNone() {
    MockApi.chaos(mock, "[{\"path\":\"" + CLIENTS + "\",\"status\":503}]");

    try (ComplianceScorecardClient client = traced(2)) {
      assertThat(MockApi.listClients(client)).isPositive();
      assertThat(onlyCallSpan().getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
      assertThat(gauge("csc.client.rate_limit.remaining"))
          .singleElement()
          .satisfies(
              point -> {
                assertThat(point.getValue())
                    .isEqualTo(
                        client.rateLimit(RateLimitCategory.GENERAL).orElseThrow().remaining());
                assertThat(
                        point
                            .getAttributes()
                            .get(AttributeKey.stringKey("csc.rate_limit.category")))
                    .isEqualTo("general");
              });
    }
    observer.close();
    assertThat(metrics.collectAllMetrics())
        .noneMatch(metric -> metric.getName().equals("csc.client.rate_limit.remaining"));

    SpanData span = onlyCallSpan();
    assertThat(span.getAttributes().get(AttributeKey.longKey("http.response.status_code")))
        .isEqualTo(200L);
    assertThat(span.getAttributes().get(AttributeKey.stringKey("error.type"))).isNull();
    JsonNode seen = MockApi.journal(mock, span.getTraceId());
    assertThat(seen).hasSize(3);
    assertThat(seen)
        .extracting(entry -> entry.get("status").asInt())
        .containsExactly(503, 503, 200);
    assertThat(seen)
        .allSatisfy(
            entry -> {
              assertThat(entry.get("path").asText()).isEqualTo(CLIENTS);
              assertThat(entry.get("parent_id").asText()).isEqualTo(span.getSpanId());
            });
    assertThat(MockApi.journal(mock))
        .filteredOn(entry -> entry.get("path").asText().equals("/oauth/token"))
        .isNotEmpty()
        .allSatisfy(entry -> assertThat(entry.get("traceparent").isNull()).isTrue());
    assertThat(durationCount("success")).isEqualTo(1);
  }

  @Test
  void a429WaitIsAnEventWithItsDuration() {
    MockApi.chaos(mock, "[{\"path\":\"" + CLIENTS + "\",\"status\":429,\"retry_after\":2}]");

    try (ComplianceScorecardClient client = traced(1)) {
      MockApi.listClients(client);
    }

    assertThat(events(onlyCallSpan(), "csc.retry"))
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.getAttributes().get(AttributeKey.stringKey("csc.wait.cause")))
                  .isEqualTo("rate_limited");
              assertThat(event.getAttributes().get(AttributeKey.longKey("csc.wait.duration_ms")))
                  .isEqualTo(2000L);
              assertThat(
                      event.getAttributes().get(AttributeKey.longKey("http.response.status_code")))
                  .isEqualTo(429L);
            });
    assertThat(waits).containsExactly(Duration.ofSeconds(2));
    assertThat(counter("csc.client.waits"))
        .singleElement()
        .satisfies(
            point -> {
              assertThat(point.getValue()).isEqualTo(1);
              assertThat(point.getAttributes().get(AttributeKey.stringKey("csc.wait.cause")))
                  .isEqualTo("rate_limited");
            });
  }

  @Test
  void aRenewedTokenIsAnEventOfTheCallThatWaitedForIt() {
    try (ComplianceScorecardClient client = traced(0)) {
      MockApi.listClients(client);
      clock.now = clock.now.plus(Duration.ofDays(2));
      MockApi.listClients(client);
    }

    List<SpanData> calls = spans.getFinishedSpanItems();
    assertThat(calls).hasSize(2);
    assertThat(calls)
        .extracting(
            span ->
                events(span, "csc.token.renewal")
                    .get(0)
                    .getAttributes()
                    .get(AttributeKey.stringKey("csc.token.renewal.reason")))
        .containsExactly("initial", "renewed");
    assertThat(
            events(calls.get(1), "csc.token.renewal")
                .get(0)
                .getAttributes()
                .get(AttributeKey.longKey("csc.token.renewal.duration_ms")))
        .isNotNegative();
  }

  @Test
  void concurrentCallsKeepTheirOwnSpansUnderTheirOwnParents() throws Exception {
    int threads = 6;
    Tracer tracer = otel.getTracer("test");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (ComplianceScorecardClient client = traced(0)) {
      List<Future<String>> parents = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        String name = "job-" + i;
        parents.add(
            pool.submit(
                () -> {
                  Span parent = tracer.spanBuilder(name).startSpan();
                  Scope scope = parent.makeCurrent();
                  try {
                    start.await();
                    MockApi.listClients(client);
                  } finally {
                    scope.close();
                    parent.end();
                  }
                  return parent.getSpanContext().getSpanId();
                }));
      }
      start.countDown();
      for (Future<String> parent : parents) {
        parent.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdown();
    }

    Map<String, List<SpanData>> byTrace =
        spans.getFinishedSpanItems().stream().collect(Collectors.groupingBy(SpanData::getTraceId));
    assertThat(byTrace).hasSize(threads);
    byTrace.forEach(
        (traceId, trace) -> {
          SpanData parent =
              trace.stream()
                  .filter(span -> span.getName().startsWith("job-"))
                  .findFirst()
                  .orElseThrow();
          assertThat(trace)
              .filteredOn(span -> span.getKind() == SpanKind.CLIENT)
              .singleElement()
              .satisfies(
                  call -> {
                    assertThat(call.getParentSpanId()).isEqualTo(parent.getSpanId());
                    assertThat(MockApi.journal(mock, traceId))
                        .singleElement()
                        .satisfies(
                            entry ->
                                assertThat(entry.get("parent_id").asText())
                                    .isEqualTo(call.getSpanId()));
                  });
        });
  }

  @Test
  void aTraceparentTheCallerSetsOnTheCallIsKept() {
    String traceId = "ab".repeat(16);
    String own = "00-" + traceId + "-" + "cd".repeat(8) + "-01";

    try (ComplianceScorecardClient client = traced(0)) {
      client.rawRequest(
          "GET", CLIENTS, null, RequestOptions.builder().header("traceparent", own).build());
    }

    assertThat(onlyCallSpan().getName()).isEqualTo(OPERATION);
    assertThat(MockApi.journal(mock, traceId))
        .singleElement()
        .satisfies(entry -> assertThat(entry.get("traceparent").asText()).isEqualTo(own));
  }

  private SpanData onlyCallSpan() {
    List<SpanData> finished = spans.getFinishedSpanItems();
    assertThat(finished).hasSize(1);
    return finished.get(0);
  }

  private static List<EventData> events(SpanData span, String name) {
    return span.getEvents().stream()
        .filter(event -> event.getName().equals(name))
        .collect(Collectors.toList());
  }

  private MetricData metric(String name) {
    return metrics.collectAllMetrics().stream()
        .filter(metric -> metric.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no metric " + name));
  }

  private Collection<LongPointData> counter(String name) {
    return metric(name).getLongSumData().getPoints();
  }

  private Collection<LongPointData> gauge(String name) {
    return metric(name).getLongGaugeData().getPoints();
  }

  private long durationCount(String outcome) {
    return metric("csc.client.call.duration").getHistogramData().getPoints().stream()
        .filter(
            point ->
                outcome.equals(point.getAttributes().get(AttributeKey.stringKey("csc.outcome"))))
        .mapToLong(point -> point.getCount())
        .sum();
  }
}
