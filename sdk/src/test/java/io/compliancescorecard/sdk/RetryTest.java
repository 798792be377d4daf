package io.compliancescorecard.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.compliancescorecard.sdk.error.ApiException;
import io.compliancescorecard.sdk.error.ConnectionException;
import io.compliancescorecard.sdk.error.RateLimitException;
import io.compliancescorecard.sdk.model.ClientCreateRequest;
import io.compliancescorecard.sdk.retry.RetryPolicy;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryTest {

  @RegisterExtension static WireMockExtension server = TestClients.wireMock();

  private static final String COMPANIES = "/api/v3/companies";
  private static final String CLIENTS = "/api/v3/companies/c1/clients";
  private static final String CREATED =
      "{\"success\":true,\"data\":{\"id\":\"k9\",\"name\":\"New\",\"status\":\"ACTIVE\","
          + "\"created_at\":\"2025-03-01T12:00:00Z\"}}";
  private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

  private final TestClients.RecordingSleeper sleeper = new TestClients.RecordingSleeper();
  private ComplianceScorecardClient client;

  @BeforeEach
  void connect() {
    client =
        TestClients.against(server.getRuntimeInfo(), sleeper)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  private void createClient() {
    client.clients("c1").create(new ClientCreateRequest().name("New"));
  }

  private static int requestsTo(String method, String url) {
    return (int)
        server.getAllServeEvents().stream()
            .filter(
                e ->
                    e.getRequest().getMethod().getName().equals(method)
                        && e.getRequest().getUrl().equals(url))
            .count();
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 502, 503, 504})
  void getIsRetriedOnTransientStatusesUntilTheRetriesRunOut(int status) {
    server.stubFor(get(COMPANIES).willReturn(aResponse().withStatus(status)));

    assertThatThrownBy(() -> client.companies().list())
        .isInstanceOf(ApiException.class)
        .extracting(e -> ((ApiException) e).status())
        .isEqualTo(status);
    assertThat(requestsTo("GET", COMPANIES)).isEqualTo(4);
    assertThat(sleeper.waits)
        .hasSize(3)
        .allSatisfy(wait -> assertThat(wait).isBetween(Duration.ZERO, Duration.ofMillis(4)));
  }

  @Test
  void getSucceedsOnceTheServerRecovers() {
    server.stubFor(
        get(COMPANIES)
            .inScenario("flaky")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("up"));
    server.stubFor(
        get(COMPANIES)
            .inScenario("flaky")
            .whenScenarioStateIs("up")
            .willReturn(okJson("{\"success\":true,\"data\":[]}")));

    assertThat(client.companies().list()).isEmpty();
    assertThat(requestsTo("GET", COMPANIES)).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 422, 501})
  void getIsNotRetriedOnPermanentStatuses(int status) {
    server.stubFor(get(COMPANIES).willReturn(aResponse().withStatus(status)));

    assertThatThrownBy(() -> client.companies().list()).isInstanceOf(ApiException.class);
    assertThat(requestsTo("GET", COMPANIES)).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 500, 502, 503, 504})
  void postIsNeverRetriedOnStatusesThatMayFollowACreate(int status) {
    server.stubFor(post(CLIENTS).willReturn(aResponse().withStatus(status)));

    assertThatThrownBy(this::createClient).isInstanceOf(ApiException.class);
    assertThat(requestsTo("POST", CLIENTS)).isEqualTo(1);
  }

  @Test
  void postIsRetriedOn429WithTheSameIdempotencyKey() {
    server.stubFor(
        post(CLIENTS)
            .inScenario("limited")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2"))
            .willSetStateTo("free"));
    server.stubFor(
        post(CLIENTS)
            .inScenario("limited")
            .whenScenarioStateIs("free")
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(CREATED)));

    createClient();

    List<LoggedRequest> posts = server.findAll(postRequestedFor(urlEqualTo(CLIENTS)));
    assertThat(posts).hasSize(2);
    assertThat(posts.get(0).getHeader("Idempotency-Key"))
        .isNotBlank()
        .isEqualTo(posts.get(1).getHeader("Idempotency-Key"));
    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2));
  }

  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {
        "CONNECTION_RESET_BY_PEER",
        "EMPTY_RESPONSE",
        "MALFORMED_RESPONSE_CHUNK",
        "RANDOM_DATA_THEN_CLOSE"
      })
  void getIsRetriedOnConnectionFaultsAndFinallyThrowsAConnectionException(Fault fault) {
    server.stubFor(get(COMPANIES).willReturn(aResponse().withFault(fault)));

    assertThatThrownBy(() -> client.companies().list())
        .isInstanceOf(ConnectionException.class)
        .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(ApiException.NO_STATUS));
    assertThat(requestsTo("GET", COMPANIES)).isEqualTo(4);
  }

  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {
        "CONNECTION_RESET_BY_PEER",
        "EMPTY_RESPONSE",
        "MALFORMED_RESPONSE_CHUNK",
        "RANDOM_DATA_THEN_CLOSE"
      })
  void postIsNotRetriedAfterAFaultBecauseItMayHaveBeenReceived(Fault fault) {
    server.stubFor(post(CLIENTS).willReturn(aResponse().withFault(fault)));

    assertThatThrownBy(this::createClient).isInstanceOf(ConnectionException.class);
    assertThat(requestsTo("POST", CLIENTS)).isEqualTo(1);
  }

  @Test
  void getIsRetriedAfterAReadTimeoutButPostIsNeverSentTwice() {
    try (ComplianceScorecardClient impatient =
        TestClients.against(server.getRuntimeInfo(), sleeper)
            .readTimeout(Duration.ofMillis(300))
            .retryPolicy(RetryPolicy.of(1, Duration.ZERO, Duration.ZERO))
            .build()) {
      server.stubFor(
          get(COMPANIES).willReturn(okJson("{\"success\":true,\"data\":[]}").withFixedDelay(1500)));
      server.stubFor(
          post(CLIENTS)
              .willReturn(aResponse().withStatus(201).withBody(CREATED).withFixedDelay(1500)));

      assertThatThrownBy(() -> impatient.companies().list())
          .isInstanceOf(ConnectionException.class)
          .hasMessageContaining("SocketTimeoutException");
      assertThatThrownBy(
              () -> impatient.clients("c1").create(new ClientCreateRequest().name("New")))
          .isInstanceOf(ConnectionException.class);
    }
    assertThat(requestsTo("GET", COMPANIES)).isEqualTo(2);
    assertThat(requestsTo("POST", CLIENTS)).isEqualTo(1);
  }

  @Test
  void postIsRetriedWhenTheConnectionIsRefusedBecauseNothingWasSent() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    try (ComplianceScorecardClient refused =
        ComplianceScorecardClient.builder()
            .baseUrl("http://127.0.0.1:" + closedPort)
            .token("t")
            .retryPolicy(RetryPolicy.of(2, Duration.ofMillis(1), Duration.ofMillis(1)))
            .sleeper(sleeper)
            .build()) {
      assertThatThrownBy(() -> refused.clients("c1").create(new ClientCreateRequest().name("New")))
          .isInstanceOf(ConnectionException.class)
          .hasMessageContaining("ConnectException");
    }
    assertThat(sleeper.waits).hasSize(2);
  }

  @Test
  void waitsUntilTheRateLimitResetsWhenThatIsWithinTheMaximumWait() {
    String reset = String.valueOf(NOW.plusSeconds(42).getEpochSecond());
    server.stubFor(
        get(COMPANIES)
            .inScenario("limited")
            .whenScenarioStateIs(STARTED)
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("X-RateLimit-Limit", "1000")
                    .withHeader("X-RateLimit-Remaining", "0")
                    .withHeader("X-RateLimit-Reset", reset))
            .willSetStateTo("reset"));
    server.stubFor(
        get(COMPANIES)
            .inScenario("limited")
            .whenScenarioStateIs("reset")
            .willReturn(okJson("{\"success\":true,\"data\":[]}")));

    assertThat(client.companies().list()).isEmpty();

    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(42));
  }

  @Test
  void throwsAtOnceWithTheResetWhenTheRateLimitResetsTooFarAhead() {
    Instant reset = NOW.plus(Duration.ofMinutes(30));
    server.stubFor(
        get(COMPANIES)
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "1800")
                    .withBody(
                        "{\"success\":false,\"error\":{\"code\":\"RATE_LIMITED\",\"message\":\"Too many requests.\"}}")));

    assertThatThrownBy(() -> client.companies().list())
        .isInstanceOfSatisfying(
            RateLimitException.class, e -> assertThat(e.resetAt()).contains(reset));
    assertThat(requestsTo("GET", COMPANIES)).isEqualTo(1);
    assertThat(sleeper.waits).isEmpty();
  }

  @Test
  void anInterruptedWaitStopsRetryingAndKeepsTheInterruptFlag() {
    try (ComplianceScorecardClient interrupted =
        TestClients.against(
                server.getRuntimeInfo(),
                duration -> {
                  throw new InterruptedException("stop");
                })
            .build()) {
      server.stubFor(get(COMPANIES).willReturn(aResponse().withStatus(503)));

      assertThatThrownBy(() -> interrupted.companies().list())
          .isInstanceOf(ConnectionException.class)
          .hasMessageContaining("interrupted");
      assertThat(Thread.interrupted()).isTrue();
    }
    server.verify(
        1,
        getRequestedFor(urlEqualTo(COMPANIES))
            .withHeader("Authorization", equalTo("Bearer " + TestClients.TOKEN)));
  }
}
