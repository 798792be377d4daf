package io.compliancescorecard.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.compliancescorecard.sdk.auth.Auth0TokenProvider;
import io.compliancescorecard.sdk.error.AuthenticationException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthFlowTest {

  @RegisterExtension static WireMockExtension server = TestClients.wireMock();

  private static final String ME = "/api/v3/auth/user";
  private static final String USER =
      "{\"success\":true,\"data\":{\"id\":\"u1\",\"name\":\"N\",\"email\":\"n@example.com\","
          + "\"role\":{\"name\":\"msp_admin\"},\"company\":{\"id\":\"c\",\"name\":\"C\"},\"permissions\":[]}}";
  private static final String UNAUTHORIZED =
      "{\"success\":false,\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"Authentication required.\"}}";

  private static String jwt(String id) {
    return JWT.create()
        .withJWTId(id)
        .withExpiresAt(Instant.now().plus(Duration.ofHours(24)))
        .sign(Algorithm.HMAC256("k"));
  }

  /** The token endpoint hands out {@code first}, then {@code second} for every later request. */
  private static void stubTokens(String first, String second) {
    server.stubFor(
        post("/oauth/token")
            .inScenario("tokens")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(okJson("{\"access_token\":\"" + first + "\",\"expires_in\":86400}"))
            .willSetStateTo("renewed"));
    server.stubFor(
        post("/oauth/token")
            .inScenario("tokens")
            .whenScenarioStateIs("renewed")
            .willReturn(okJson("{\"access_token\":\"" + second + "\",\"expires_in\":86400}")));
  }

  private static ComplianceScorecardClient auth0Client() {
    String domain = "http://127.0.0.1:" + server.getPort();
    return TestClients.against(server.getRuntimeInfo(), new TestClients.RecordingSleeper())
        .tokenProvider(
            Auth0TokenProvider.clientCredentials(domain, "mock-client", "mock-secret", "api")
                .build())
        .build();
  }

  @Test
  void a401InvalidatesTheTokenAndRetriesOnceWithAFreshOne() {
    String revoked = jwt("revoked");
    String fresh = jwt("fresh");
    stubTokens(revoked, fresh);
    server.stubFor(
        get(ME)
            .withHeader("Authorization", equalTo("Bearer " + revoked))
            .willReturn(aResponse().withStatus(401).withBody(UNAUTHORIZED)));
    server.stubFor(
        get(ME).withHeader("Authorization", equalTo("Bearer " + fresh)).willReturn(okJson(USER)));

    try (ComplianceScorecardClient client = auth0Client()) {
      assertThat(client.auth().currentUser().getId()).isEqualTo("u1");
    }

    server.verify(2, getRequestedFor(urlEqualTo(ME)));
    server.verify(2, postRequestedFor(urlEqualTo("/oauth/token")));
  }

  @Test
  void aSecond401SurfacesAsAnAuthenticationExceptionWithoutLooping() {
    stubTokens(jwt("a"), jwt("b"));
    server.stubFor(get(ME).willReturn(aResponse().withStatus(401).withBody(UNAUTHORIZED)));

    try (ComplianceScorecardClient client = auth0Client()) {
      assertThatThrownBy(() -> client.auth().currentUser())
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("Authentication required.");
    }

    server.verify(2, getRequestedFor(urlEqualTo(ME)));
  }

  @Test
  void aStaticTokenIsNotRetriedOn401() {
    server.stubFor(get(ME).willReturn(aResponse().withStatus(401).withBody(UNAUTHORIZED)));

    try (ComplianceScorecardClient client =
        TestClients.against(server.getRuntimeInfo(), new TestClients.RecordingSleeper()).build()) {
      assertThatThrownBy(() -> client.auth().currentUser())
          .isInstanceOf(AuthenticationException.class)
          .hasMessageNotContaining(TestClients.TOKEN);
    }

    server.verify(1, getRequestedFor(urlEqualTo(ME)));
  }

  @Test
  void logoutRevokesServerSideAndClearsTheCachedToken() {
    String first = jwt("first");
    String second = jwt("second");
    stubTokens(first, second);
    server.stubFor(
        post("/api/v3/auth/logout-user")
            .willReturn(okJson("{\"success\":true,\"message\":\"User logged out successfully\"}")));
    server.stubFor(get(ME).willReturn(okJson(USER)));

    try (ComplianceScorecardClient client = auth0Client()) {
      assertThat(client.auth().logout()).isEqualTo("User logged out successfully");
      client.auth().currentUser();
    }

    server.verify(
        postRequestedFor(urlEqualTo("/api/v3/auth/logout-user"))
            .withHeader("Authorization", equalTo("Bearer " + first)));
    server.verify(
        getRequestedFor(urlEqualTo(ME)).withHeader("Authorization", equalTo("Bearer " + second)));
  }
}
