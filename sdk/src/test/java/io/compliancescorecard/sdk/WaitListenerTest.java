package io.compliancescorecard.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import io.compliancescorecard.sdk.error.ApiException;
import io.compliancescorecard.sdk.error.ConnectionException;
import io.compliancescorecard.sdk.error.RateLimitException;
import io.compliancescorecard.sdk.model.ClientCreateRequest;
import io.compliancescorecard.sdk.retry.WaitEvent;
import io.compliancescorecard.sdk.retry.WaitEvent.Reason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WaitListenerTest {

  @RegisterExtension static WireMockExtension server = TestClients.wireMock();

  private static final String COMPANIES = "/api/v3/companies";
  private static final UrlPattern COMPANIES_ANY_QUERY = urlPathEqualTo(COMPANIES);
  private static final String EMPTY_LIST = "{\"success\":true,\"data\":[]}";
  private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

  private final TestClients.RecordingSleeper sleeper = new TestClients.RecordingSleeper();
  private final List<WaitEvent> events = new CopyOnWriteArrayList<>();
  private ComplianceScorecardClient client;

  @BeforeEach
  void connect() {
    client = listening(false);
  }

  @AfterEach
  void close() {
    client.close();
  }

  private ComplianceScorecardClient listening(boolean throttle) {
    return TestClients.against(server.getRuntimeInfo(), sleeper)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .throttle(throttle)
        .waitListener(events::add)
        .build();
  }

  /** The first request gets {@code first}, every later one an empty list. */
  private static void onceThenOk(ResponseDefinitionBuilder first) {
    server.stubFor(
        get(COMPANIES_ANY_QUERY)
            .inScenario("once")
            .whenScenarioStateIs(STARTED)
            .willReturn(first)
            .willSetStateTo("ok"));
    server.stubFor(
        get(COMPANIES_ANY_QUERY)
            .inScenario("once")
            .whenScenarioStateIs("ok")
            .willReturn(okJson(EMPTY_LIST)));
  }

  @Test
  void a429IsAnnouncedWithTheServersWaitAndNeverTheQuery() {
    onceThenOk(aResponse().withStatus(429).withHeader("Retry-After", "3"));

    assertThat(client.rawRequest("GET", COMPANIES + "?api_key=hunter2", null).status())
        .isEqualTo(200);

    assertThat(events)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.reason()).isEqualTo(Reason.RATE_LIMITED);
              assertThat(event.method()).isEqualTo("GET");
              assertThat(event.path()).isEqualTo(COMPANIES);
              assertThat(event.status()).isEqualTo(429);
              assertThat(event.attempt()).isEqualTo(2);
              assertThat(event.maxAttempts()).isEqualTo(4);
              assertThat(event.waitTime()).isEqualTo(Duration.ofSeconds(3));
              assertThat(event.toString()).doesNotContain("hunter2");
            });
    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void aRetryableStatusIsAnnouncedWithTheBackoffBeingWaited() {
    onceThenOk(aResponse().withStatus(503));

    assertThat(client.companies().list()).isEmpty();

    assertThat(events)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.reason()).isEqualTo(Reason.RETRYABLE_STATUS);
              assertThat(event.status()).isEqualTo(503);
              assertThat(event.attempt()).isEqualTo(2);
            });
    assertThat(sleeper.waits).containsExactly(events.get(0).waitTime());
  }

  @Test
  void everyRetryAfterAnIoFailureIsAnnouncedWithItsAttempt() {
    server.stubFor(
        get(COMPANIES).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> client.companies().list()).isInstanceOf(ConnectionException.class);

    assertThat(events).extracting(WaitEvent::reason).containsOnly(Reason.IO_FAILURE);
    assertThat(events).extracting(WaitEvent::attempt).containsExactly(2, 3, 4);
    assertThat(events).extracting(WaitEvent::status).containsOnly(0);
  }

  @Test
  void aThrottledRequestIsAnnouncedBeforeItIsSent() {
    String reset = String.valueOf(NOW.plusSeconds(5).getEpochSecond());
    server.stubFor(
        get(COMPANIES)
            .willReturn(
                okJson(EMPTY_LIST)
                    .withHeader("X-RateLimit-Limit", "10")
                    .withHeader("X-RateLimit-Remaining", "0")
                    .withHeader("X-RateLimit-Reset", reset)));
    try (ComplianceScorecardClient throttled = listening(true)) {
      throttled.companies().list();
      assertThat(events).isEmpty();

      throttled.companies().list();
    }

    assertThat(events)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.reason()).isEqualTo(Reason.THROTTLED);
              assertThat(event.path()).isEqualTo(COMPANIES);
              assertThat(event.attempt()).isEqualTo(1);
              assertThat(event.maxAttempts()).isEqualTo(4);
              assertThat(event.waitTime()).isEqualTo(Duration.ofSeconds(5));
            });
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 404, 422})
  void aRequestThatIsNotRetriedIsNeverAnnounced(int status) {
    server.stubFor(get(COMPANIES).willReturn(aResponse().withStatus(status).withBody(EMPTY_LIST)));
    server.stubFor(post("/api/v3/companies/c1/clients").willReturn(aResponse().withStatus(503)));

    try {
      client.companies().list();
    } catch (ApiException expected) {
      assertThat(expected.status()).isEqualTo(status);
    }
    assertThatThrownBy(() -> client.clients("c1").create(new ClientCreateRequest().name("New")))
        .isInstanceOf(ApiException.class);

    assertThat(events).isEmpty();
    assertThat(sleeper.waits).isEmpty();
  }

  @Test
  void a429ResettingBeyondTheMaximumWaitFailsWithoutAnnouncingAWait() {
    server.stubFor(
        get(COMPANIES).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1800")));

    assertThatThrownBy(() -> client.companies().list()).isInstanceOf(RateLimitException.class);

    assertThat(events).isEmpty();
  }

  @Test
  void aListenerThatThrowsDoesNotStopTheRetry() {
    onceThenOk(aResponse().withStatus(503));
    try (ComplianceScorecardClient faulty =
        TestClients.against(server.getRuntimeInfo(), sleeper)
            .waitListener(
                event -> {
                  throw new IllegalStateException("listener bug");
                })
            .build()) {

      assertThat(faulty.companies().list()).isEmpty();
    }
    assertThat(sleeper.waits).hasSize(1);
  }
}
