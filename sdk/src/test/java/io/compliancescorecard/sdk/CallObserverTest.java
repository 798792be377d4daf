package io.compliancescorecard.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.compliancescorecard.sdk.auth.TokenProvider;
import io.compliancescorecard.sdk.error.ConnectionException;
import io.compliancescorecard.sdk.observation.AttemptStart;
import io.compliancescorecard.sdk.observation.CallEnd;
import io.compliancescorecard.sdk.observation.CallObservation;
import io.compliancescorecard.sdk.observation.CallObserver;
import io.compliancescorecard.sdk.observation.CallStart;
import io.compliancescorecard.sdk.observation.TokenRenewal;
import io.compliancescorecard.sdk.ratelimit.RateLimitCategory;
import io.compliancescorecard.sdk.retry.WaitEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CallObserverTest {

  @RegisterExtension static WireMockExtension server = TestClients.wireMock();

  @RegisterExtension static WireMockExtension elsewhere = TestClients.wireMock();

  private static final String COMPANIES = "/api/v3/companies";
  private static final String EMPTY_LIST = "{\"success\":true,\"data\":[]}";

  private final TestClients.RecordingSleeper sleeper = new TestClients.RecordingSleeper();
  private final List<String> seen = new CopyOnWriteArrayList<>();

  /** Writes down each hook as one line, and adds {@code X-Attempt: <n>} to each attempt. */
  private final CallObserver recording =
      call -> {
        seen.add(
            "start "
                + call.operation()
                + " "
                + call.urlTemplate().orElse("-")
                + " "
                + call.category());
        return new CallObservation() {
          @Override
          public void onAttempt(AttemptStart attempt) {
            seen.add("attempt " + attempt.number());
            attempt.header("X-Attempt", Integer.toString(attempt.number()));
          }

          @Override
          public void onWait(WaitEvent wait) {
            seen.add("wait " + wait.reason() + " " + wait.waitTime().toMillis() + " ms");
          }

          @Override
          public void onTokenRenewal(TokenRenewal renewal) {
            seen.add("token " + renewal.reason());
          }

          @Override
          public void onEnd(CallEnd end) {
            seen.add(
                "end "
                    + end.status()
                    + " "
                    + end.failure().map(f -> f.getClass().getSimpleName()).orElse("-")
                    + " after "
                    + end.attempts()
                    + (end.succeeded() ? " ok" : " failed")
                    + end.rateLimit().map(limit -> " remaining " + limit.remaining()).orElse(""));
          }
        };
      };

  private ComplianceScorecardClient observed(CallObserver observer) {
    return TestClients.against(server.getRuntimeInfo(), sleeper).observer(observer).build();
  }

  private static void onceThenOk(String path, ResponseDefinitionBuilder first) {
    server.stubFor(
        get(urlPathEqualTo(path))
            .inScenario("once")
            .whenScenarioStateIs(STARTED)
            .willReturn(first)
            .willSetStateTo("ok"));
    server.stubFor(
        get(urlPathEqualTo(path))
            .inScenario("once")
            .whenScenarioStateIs("ok")
            .willReturn(
                okJson(EMPTY_LIST)
                    .withHeader("X-RateLimit-Limit", "1000")
                    .withHeader("X-RateLimit-Remaining", "998")
                    .withHeader("X-RateLimit-Reset", "4102444800")));
  }

  @Test
  void aRetriedCallIsOneObservationOfItsAttemptsAndWaitsInOrder() {
    onceThenOk(COMPANIES, aResponse().withStatus(429).withHeader("Retry-After", "3"));

    try (ComplianceScorecardClient client = observed(recording)) {
      assertThat(client.rawRequest("GET", COMPANIES + "?api_key=hunter2", null).status())
          .isEqualTo(200);
    }

    assertThat(seen)
        .containsExactly(
            "start GET /api/v3/companies /api/v3/companies GENERAL",
            "token INITIAL",
            "attempt 1",
            "wait RATE_LIMITED 3000 ms",
            "attempt 2",
            "end 200 - after 2 ok remaining 998");
    server.verify(getRequestedFor(urlPathEqualTo(COMPANIES)).withHeader("X-Attempt", equalTo("1")));
    server.verify(getRequestedFor(urlPathEqualTo(COMPANIES)).withHeader("X-Attempt", equalTo("2")));
  }

  @Test
  void aPathOutsideTheSpecIsNamedByItsMethodAlone() {
    server.stubFor(get("/api/v9/things").willReturn(aResponse().withStatus(404)));

    try (ComplianceScorecardClient client = observed(recording)) {
      client.rawRequest("GET", "/api/v9/things", null);
    }

    assertThat(seen).startsWith("start GET - GENERAL").endsWith("end 404 - after 1 failed");
  }

  @Test
  void aFailureWithoutResponseEndsTheObservationWithIt() {
    server.stubFor(
        post("/api/v3/companies/c1/clients")
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    try (ComplianceScorecardClient client = observed(recording)) {
      assertThatThrownBy(() -> client.rawRequest("POST", "/api/v3/companies/c1/clients", "{}"))
          .isInstanceOf(ConnectionException.class);
    }

    assertThat(seen)
        .containsExactly(
            "start POST /api/v3/companies/{companyId}/clients /api/v3/companies/{companyId}/clients GENERAL",
            "token INITIAL",
            "attempt 1",
            "end 0 SocketException after 1 failed");
  }

  @Test
  void aTokenRefusedWith401AndReplacedIsARenewalBeforeTheRepeat() {
    server.stubFor(
        get(COMPANIES)
            .withHeader("Authorization", equalTo("Bearer first"))
            .willReturn(aResponse().withStatus(401)));
    server.stubFor(
        get(COMPANIES)
            .withHeader("Authorization", equalTo("Bearer second"))
            .willReturn(okJson(EMPTY_LIST)));
    TokenProvider renewing =
        new TokenProvider() {
          private volatile String current = "first";

          @Override
          public String token() {
            return current;
          }

          @Override
          public void invalidate(String token) {
            current = "second";
          }
        };

    try (ComplianceScorecardClient client =
        TestClients.against(server.getRuntimeInfo(), sleeper)
            .tokenProvider(renewing)
            .observer(recording)
            .build()) {
      client.rawRequest("GET", COMPANIES, null);
      client.rawRequest("GET", COMPANIES, null);
    }

    assertThat(seen)
        .containsExactly(
            "start GET /api/v3/companies /api/v3/companies GENERAL",
            "token INITIAL",
            "attempt 1",
            "token REJECTED",
            "attempt 2",
            "end 200 - after 2 ok",
            "start GET /api/v3/companies /api/v3/companies GENERAL",
            "attempt 1",
            "end 200 - after 1 ok");
  }

  @Test
  void anAttemptMayNotReplaceAHeaderTheSdkSets() {
    server.stubFor(get(COMPANIES).willReturn(okJson(EMPTY_LIST)));
    List<Exception> refused = new CopyOnWriteArrayList<>();
    CallObserver forging =
        call ->
            new CallObservation() {
              @Override
              public void onAttempt(AttemptStart attempt) {
                try {
                  attempt.header("Authorization", "Bearer forged");
                } catch (IllegalArgumentException e) {
                  refused.add(e);
                }
              }
            };

    try (ComplianceScorecardClient client = observed(forging)) {
      assertThat(client.rawRequest("GET", COMPANIES, null).status()).isEqualTo(200);
    }

    assertThat(refused)
        .singleElement()
        .satisfies(e -> assertThat(e).hasMessageContaining("Authorization"));
    server.verify(
        getRequestedFor(urlPathEqualTo(COMPANIES))
            .withHeader("Authorization", equalTo("Bearer " + TestClients.TOKEN)));
  }

  @Test
  void requestsToAnotherOriginAreNeitherObservedNorGivenTheObserversHeaders() throws Exception {
    elsewhere.stubFor(get("/elsewhere").willReturn(aResponse().withStatus(204)));

    try (ComplianceScorecardClient client = observed(recording);
        Response response =
            client
                .httpClient()
                .newCall(
                    new Request.Builder()
                        .url("http://127.0.0.1:" + elsewhere.getPort() + "/elsewhere")
                        .build())
                .execute()) {
      assertThat(response.code()).isEqualTo(204);
    }

    assertThat(seen).isEmpty();
    elsewhere.verify(
        getRequestedFor(urlPathEqualTo("/elsewhere")).withHeader("X-Attempt", absent()));
  }

  @Test
  void aFailingObserverNeverFailsTheCall() {
    onceThenOk(COMPANIES, aResponse().withStatus(503));
    CallObservation failing =
        new CallObservation() {
          @Override
          public void onAttempt(AttemptStart attempt) {
            throw new IllegalStateException("attempt");
          }

          @Override
          public void onWait(WaitEvent wait) {
            throw new IllegalStateException("wait");
          }

          @Override
          public void onEnd(CallEnd end) {
            throw new IllegalStateException("end");
          }
        };

    try (ComplianceScorecardClient client = observed(call -> failing)) {
      assertThat(client.rawRequest("GET", COMPANIES, null).status()).isEqualTo(200);
    }
    try (ComplianceScorecardClient client =
        observed(
            call -> {
              throw new IllegalStateException("start");
            })) {
      assertThat(client.rawRequest("GET", COMPANIES, null).status()).isEqualTo(200);
    }
    assertThat(sleeper.waits).hasSize(1);
  }

  @Test
  void anOperationIsNamedByMethodAndTemplateAndA5xxEndIsNoSuccess() {
    CallStart start =
        new CallStart(
            "GET", "/api/v3/companies/{companyId}", "api.example", 443, RateLimitCategory.GENERAL);

    assertThat(start.operation()).isEqualTo("GET /api/v3/companies/{companyId}");
    assertThat(new CallEnd(503, null, 3, Duration.ofMillis(5), null).succeeded()).isFalse();
  }
}
