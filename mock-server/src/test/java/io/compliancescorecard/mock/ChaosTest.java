package io.compliancescorecard.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import io.compliancescorecard.mock.chaos.ChaosFault;
import io.compliancescorecard.mock.chaos.ChaosRule;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChaosTest {

  private static final String TARGET = "/api/v3/companies/comp789/clients";

  private final MockServer mock = SharedMock.get();
  private final TestClient api = SharedMock.client().unchecked();
  private final String token = mock.tokenFor(SeededUsers.SUPER_ADMIN);

  @AfterEach
  void chaosOff() {
    assertThat(api.send("DELETE", "/_mock/chaos", null, null).data()).isEmpty();
  }

  @Test
  void offByDefault() {
    assertThat(api.get("/_mock/chaos", null).data()).isEmpty();
    assertThat(api.get(TARGET, token).status()).isEqualTo(200);
  }

  @Test
  void injectedErrorStatusesUseTheEnvelopeAndHitOnlyMatchingPaths() {
    setChaos("[{\"path\":\"/api/v3/companies/comp789/.*\",\"probability\":1,\"status\":503}]");
    Reply failed = api.get(TARGET, token);
    assertThat(failed.status()).isEqualTo(503);
    assertThat(failed.errorCode()).isEqualTo("SERVICE_UNAVAILABLE");
    assertThat(failed.header("Retry-After")).as("no Retry-After unless the rule sets one").isNull();
    assertThat(api.get("/api/v3/companies/comp789", token).status()).isEqualTo(200);
  }

  @Test
  void anInjectedErrorCarriesRetryAfterOnlyWhenTheRuleAsksForIt() {
    setChaos("[{\"path\":\"" + TARGET + "\",\"status\":429,\"retry_after\":7}]");
    assertThat(api.get(TARGET, token).header("Retry-After")).isEqualTo("7");
    assertThat(api.get("/_mock/chaos", null).data().get(0).get("retry_after").asInt()).isEqualTo(7);
    setChaos("[{\"path\":\"" + TARGET + "\",\"status\":429}]");
    assertThat(api.get(TARGET, token).header("Retry-After")).isNull();

    Reply withoutStatus =
        api.send("PUT", "/_mock/chaos", null, "[{\"latency_ms\":5,\"retry_after\":1}]");
    assertThat(withoutStatus.status()).isEqualTo(422);
    assertThat(withoutStatus.body()).contains("rules.0").contains("retry_after");
  }

  @Test
  void connectionFaultsBreakTheConnection() {
    setChaos("[{\"path\":\"" + TARGET + "\",\"fault\":\"connection_reset_by_peer\"}]");
    assertThatThrownBy(() -> api.get(TARGET, token)).isInstanceOf(UncheckedIOException.class);
    setChaos("[{\"path\":\"" + TARGET + "\",\"fault\":\"EMPTY_RESPONSE\"}]");
    assertThatThrownBy(() -> api.get(TARGET, token)).isInstanceOf(UncheckedIOException.class);
  }

  @ParameterizedTest
  @EnumSource(ChaosFault.class)
  void everyFaultIsOneWireMockInjects(ChaosFault fault) {
    assertThat(Fault.valueOf(fault.name())).isNotNull();
  }

  @Test
  void latencyDelaysTheRealAnswer() {
    setChaos("[{\"path\":\"" + TARGET + "\",\"latency_ms\":400}]");
    long started = System.nanoTime();
    Reply reply = api.get(TARGET, token);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(Duration.ofMillis(400));
  }

  @Test
  void aShareOfRequestsIsAffected() {
    setChaos("[{\"path\":\"" + TARGET + "\",\"probability\":0.5,\"status\":500}]");
    int failed = 0;
    for (int i = 0; i < 200; i++) {
      if (api.get(TARGET, token).status() == 500) {
        failed++;
      }
    }
    // Binomial(200, 0.5): outside 60..140 has a probability below 1e-8.
    assertThat(failed).isBetween(60, 140);
  }

  @Test
  void theAdminApiIsNeverHitByChaos() {
    setChaos("[{\"status\":503}]");
    assertThat(api.get("/_mock/health", null).status()).isEqualTo(200);
    assertThat(api.get("/api/v3/companies", token).status()).isEqualTo(503);
  }

  @Test
  void chaosRulesCanBeSetAtStart() {
    try (MockServer chaotic =
        new MockServer(
                MockServerOptions.builder()
                    .chaos(
                        new ChaosRule(
                            Pattern.compile("/api/v3/companies"), 1.0, Duration.ZERO, 502, null))
                    .chaos(
                        new ChaosRule(
                            Pattern.compile("/oauth/token"),
                            1.0,
                            Duration.ZERO,
                            null,
                            ChaosFault.RANDOM_DATA_THEN_CLOSE))
                    .build())
            .start()) {
      TestClient client = new TestClient(chaotic.baseUrl()).unchecked();
      assertThat(client.get("/api/v3/companies", chaotic.tokenFor(SeededUsers.JOHN_DOE)).status())
          .isEqualTo(502);
      assertThatThrownBy(() -> client.post("/oauth/token", null, "{}"))
          .isInstanceOf(UncheckedIOException.class);
    }
  }

  private void setChaos(String rules) {
    Reply set = api.send("PUT", "/_mock/chaos", null, rules);
    assertThat(set.status()).as(set.body()).isEqualTo(200);
  }
}
