package io.compliancescorecard.sdk;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import io.compliancescorecard.sdk.internal.Sleeper;
import io.compliancescorecard.sdk.retry.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Clients against a local WireMock server: fast timeouts, tiny backoff, waits recorded instead of
 * slept.
 */
final class TestClients {

  static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl";

  private TestClients() {}

  /** A WireMock server on a random loopback port, reset before each test. */
  static WireMockExtension wireMock() {
    return WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
        .build();
  }

  static ComplianceScorecardClient.Builder against(WireMockRuntimeInfo server, Sleeper sleeper) {
    return ComplianceScorecardClient.builder()
        .baseUrl("http://127.0.0.1:" + server.getHttpPort())
        .token(TOKEN)
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(5))
        .retryPolicy(RetryPolicy.of(3, Duration.ofMillis(1), Duration.ofMillis(4)))
        .sleeper(sleeper);
  }

  /** Records every wait and returns at once. */
  static final class RecordingSleeper implements Sleeper {
    final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
      waits.add(duration);
    }
  }
}
