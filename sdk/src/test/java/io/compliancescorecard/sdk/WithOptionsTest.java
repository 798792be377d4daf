package io.compliancescorecard.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.compliancescorecard.sdk.auth.Auth0TokenProvider;
import io.compliancescorecard.sdk.error.ServerException;
import io.compliancescorecard.sdk.ratelimit.RateLimit;
import io.compliancescorecard.sdk.ratelimit.RateLimitCategory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A view made by withOptions: its own defaults, everything else shared with the client it came
 * from.
 */
class WithOptionsTest {

  @RegisterExtension static WireMockExtension server = TestClients.wireMock();

  private static final String COMPANIES = "/api/v3/companies";
  private static final String EMPTY_LIST = "{\"success\":true,\"data\":[]}";

  private ComplianceScorecardClient client;

  @BeforeEach
  void connect() {
    client =
        TestClients.against(server.getRuntimeInfo(), new TestClients.RecordingSleeper()).build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void theViewsDefaultsApplyToItsCallsOnlyAndACallsOwnOptionsWin() {
    server.stubFor(get(COMPANIES).willReturn(okJson(EMPTY_LIST)));
    ComplianceScorecardClient nightly =
        client.withOptions(o -> o.header("X-Job", "nightly").header("X-Team", "core"));

    nightly.companies().list();
    nightly.companies().list(RequestOptions.builder().header("X-Job", "rerun").build());
    client.companies().list();

    assertThat(server.findAll(anyRequestedFor(anyUrl())))
        .extracting(request -> request.getHeader("X-Job") + "/" + request.getHeader("X-Team"))
        .containsExactly("nightly/core", "rerun/core", "null/null");
  }

  @Test
  void aViewOfAViewKeepsTheFirstViewsDefaults() {
    server.stubFor(get(COMPANIES).willReturn(aResponse().withStatus(503)));
    ComplianceScorecardClient once = client.withOptions(o -> o.maxRetries(1));
    ComplianceScorecardClient tagged =
        once.withOptions(RequestOptions.builder().header("X-Job", "nightly").build());

    assertThatThrownBy(() -> tagged.companies().list()).isInstanceOf(ServerException.class);

    server.verify(
        2, getRequestedFor(urlEqualTo(COMPANIES)).withHeader("X-Job", equalTo("nightly")));
  }

  @Test
  void sharesTheTokenCache() {
    server.stubFor(
        post("/oauth/token")
            .willReturn(okJson("{\"access_token\":\"opaque-token\",\"expires_in\":86400}")));
    server.stubFor(get(COMPANIES).willReturn(okJson(EMPTY_LIST)));
    String domain = "http://127.0.0.1:" + server.getPort();
    try (ComplianceScorecardClient auth0 =
        TestClients.against(server.getRuntimeInfo(), new TestClients.RecordingSleeper())
            .tokenProvider(
                Auth0TokenProvider.clientCredentials(domain, "mock-client", "mock-secret", "api")
                    .build())
            .build()) {
      ComplianceScorecardClient view = auth0.withOptions(o -> o.timeout(Duration.ofSeconds(5)));

      auth0.companies().list();
      view.companies().list();
      view.withOptions(o -> o.maxRetries(0)).companies().list();
    }

    server.verify(1, postRequestedFor(urlEqualTo("/oauth/token")));
    server.verify(
        3,
        getRequestedFor(urlEqualTo(COMPANIES))
            .withHeader("Authorization", equalTo("Bearer opaque-token")));
  }

  @Test
  void sharesTheRateLimitSnapshots() {
    server.stubFor(
        get(COMPANIES)
            .willReturn(
                okJson(EMPTY_LIST)
                    .withHeader("X-RateLimit-Limit", "1000")
                    .withHeader("X-RateLimit-Remaining", "7")
                    .withHeader("X-RateLimit-Reset", "1740065400")));
    ComplianceScorecardClient view = client.withOptions(o -> o.header("X-Job", "nightly"));

    view.companies().list();

    assertThat(client.rateLimit(RateLimitCategory.GENERAL)).map(RateLimit::remaining).contains(7);
    assertThat(view.rateLimit(RateLimitCategory.GENERAL))
        .isEqualTo(client.rateLimit(RateLimitCategory.GENERAL));
  }

  @Test
  void closingTheViewLeavesTheClientsThreadsAndConnectionsAlone() throws Exception {
    server.stubFor(get(COMPANIES).willReturn(okJson(EMPTY_LIST)));
    ComplianceScorecardClient view = client.withOptions(o -> o.maxRetries(0));
    view.companies().list();
    int pooled = client.httpClient().connectionPool().connectionCount();

    view.close();

    assertThat(pooled).isPositive();
    assertThat(client.httpClient().connectionPool().connectionCount()).isEqualTo(pooled);
    assertThat(client.async(c -> c.companies().list()).get(5, TimeUnit.SECONDS)).isEmpty();
    assertThat(view.companies().list()).isEmpty();
  }

  @Test
  void refusesAnIdempotencyKeyAsADefault() {
    RequestOptions keyed = RequestOptions.builder().idempotencyKey("job-42").build();

    assertThatThrownBy(() -> client.withOptions(keyed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("an idempotency key belongs to one create");
    assertThatThrownBy(() -> client.withOptions(o -> o.idempotencyKey("job-42")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
