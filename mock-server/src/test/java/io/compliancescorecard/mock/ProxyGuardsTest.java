package io.compliancescorecard.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.compliancescorecard.mock.FakeUpstream.Canned;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The proxy's guards: where the caller's token may go, strict mode, and upstreams that are gone,
 * silent, or send too much.
 */
class ProxyGuardsTest {

  private static final String TOKEN = "caller-token-7f3a9c";
  private static final String COMPANY = "/api/v3/companies/company123";

  @Test
  void theTokenReachesOnlyTheApiHostAndRedirectsAreNotFollowed() throws IOException {
    try (FakeUpstream api = new FakeUpstream();
        FakeUpstream auth0 = new FakeUpstream()) {
      api.answer(
          "GET",
          "/api/v3/companies",
          new Canned(302, Map.of("Location", auth0.baseUrl() + "/elsewhere"), new byte[0]));
      auth0.answer(
          "POST",
          "/oauth/token",
          Canned.json(
              200,
              Map.of("Content-Type", "application/json"),
              "{\"access_token\":\"issued\",\"token_type\":\"Bearer\",\"expires_in\":86400}"));
      try (MockServer proxy =
          new MockServer(
                  MockServerOptions.builder()
                      .proxyTo(URI.create(api.baseUrl()))
                      .proxyAuth0Domain(URI.create(auth0.baseUrl()))
                      .build())
              .start()) {
        TestClient client = new TestClient(proxy.baseUrl()).unchecked();
        String login =
            "{\"grant_type\":\"client_credentials\",\"client_id\":\"app\",\"client_secret\":\"s3cr3t\"}";
        Reply token = client.post("/oauth/token", TOKEN, login);
        assertThat(token.status()).isEqualTo(200);
        assertThat(token.json().path("access_token").asText()).isEqualTo("issued");
        Reply redirect = client.get("/api/v3/companies", TOKEN);
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location")).isEqualTo(auth0.baseUrl() + "/elsewhere");
      }
      assertThat(api.seen())
          .singleElement()
          .satisfies(seen -> assertThat(seen.header("Authorization")).isEqualTo("Bearer " + TOKEN));
      assertThat(auth0.seen())
          .singleElement()
          .satisfies(
              seen -> {
                assertThat(seen.path()).isEqualTo("/oauth/token");
                assertThat(seen.header("Authorization")).isNull();
              });
    }
  }

  @Test
  void tokenRequestsWithoutAnAuth0DomainAreRefusedClearly() throws IOException {
    try (FakeUpstream api = new FakeUpstream();
        MockServer proxy =
            new MockServer(MockServerOptions.builder().proxyTo(URI.create(api.baseUrl())).build())
                .start()) {
      Reply reply =
          new TestClient(proxy.baseUrl())
              .unchecked()
              .post(
                  "/oauth/token",
                  null,
                  "{\"grant_type\":\"client_credentials\",\"client_id\":\"app\",\"client_secret\":\"s3cr3t\"}");
      assertThat(reply.status()).isEqualTo(501);
      assertThat(reply.json().path("error_description").asText()).contains("--proxy-auth0-domain");
      assertThat(reply.body()).doesNotContain("s3cr3t");
      assertThat(api.seen()).isEmpty();
    }
  }

  @Test
  void failOnViolationAnswers502WithTheEnvelopeAndPassesConformingAnswers() throws IOException {
    try (FakeUpstream api = new FakeUpstream()) {
      api.answer("GET", COMPANY, FakeUpstream.WRONG_TYPE);
      api.answer(
          "GET",
          "/api/v3/companies",
          Canned.json(
              200,
              FakeUpstream.RATE_LIMIT,
              "{\"success\":true,\"data\":[{\"id\":\"company123\",\"name\":\"Example MSP\"}]}"));
      try (MockServer proxy =
          new MockServer(
                  MockServerOptions.builder()
                      .proxyTo(URI.create(api.baseUrl()))
                      .failOnViolation(true)
                      .build())
              .start()) {
        TestClient client = new TestClient(proxy.baseUrl()).unchecked();
        Reply broken = client.get(COMPANY, TOKEN);
        assertThat(broken.status()).isEqualTo(502);
        assertThat(broken.errorCode()).isEqualTo("SPEC_VIOLATION");
        assertThat(broken.json().path("error").path("message").asText())
            .contains("getCompany", "/data/client_count", "expected integer");
        assertThat(client.get("/api/v3/companies", TOKEN).status()).isEqualTo(200);
      }
    }
  }

  @Test
  void anUnreachableUpstreamIs502AndASilentOneIs504WithinTheReadTimeout() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    try (MockServer proxy =
        new MockServer(
                MockServerOptions.builder()
                    .proxyTo(URI.create("http://127.0.0.1:" + closedPort))
                    .build())
            .start()) {
      Reply reply = new TestClient(proxy.baseUrl()).unchecked().get(COMPANY, TOKEN);
      assertThat(reply.status()).isEqualTo(502);
      assertThat(reply.errorCode()).isEqualTo("BAD_GATEWAY");
      assertThat(reply.json().path("error").path("message").asText())
          .contains("127.0.0.1:" + closedPort, "unreachable")
          .doesNotContain(TOKEN);
    }
    try (FakeUpstream api = new FakeUpstream().hold("GET", COMPANY);
        MockServer proxy =
            new MockServer(
                    MockServerOptions.builder()
                        .proxyTo(URI.create(api.baseUrl()))
                        .proxyTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300))
                        .build())
                .start()) {
      // The test client waits 20 s at most: a proxy without its own read timeout would fail this.
      Reply reply = new TestClient(proxy.baseUrl()).unchecked().get(COMPANY, TOKEN);
      assertThat(reply.status()).isEqualTo(504);
      assertThat(reply.json().path("error").path("message").asText())
          .contains("did not answer within 300 ms");
    }
  }

  @Test
  void anUpstreamBodyOverTheCapIs502AndTheViolationListIsBounded() throws IOException {
    try (FakeUpstream api = new FakeUpstream()) {
      api.answer(
          "GET",
          "/api/v3/companies",
          Canned.json(
              200,
              FakeUpstream.RATE_LIMIT,
              "{\"success\":true,\"data\":[{\"id\":\""
                  + "x".repeat(4096)
                  + "\",\"name\":\"Big\"}]}"));
      api.answer(
          "GET",
          COMPANY,
          Canned.json(200, FakeUpstream.RATE_LIMIT, "{\"success\":true,\"data\":{}}"));
      try (MockServer proxy =
          new MockServer(
                  MockServerOptions.builder()
                      .proxyTo(URI.create(api.baseUrl()))
                      .proxyLimits(1024, 3)
                      .build())
              .start()) {
        TestClient client = new TestClient(proxy.baseUrl()).unchecked();
        Reply big = client.get("/api/v3/companies", TOKEN);
        assertThat(big.status()).isEqualTo(502);
        assertThat(big.json().path("error").path("message").asText())
            .contains("larger than 1024 bytes");
        for (int i = 0; i < 3; i++) {
          assertThat(client.get(COMPANY, TOKEN).status()).isEqualTo(200);
        }
        // Two missing fields per answer: six seen, the newest three kept.
        var violations = client.get("/_mock/violations", null).data();
        assertThat(violations.path("total").asLong()).isEqualTo(6);
        assertThat(violations.path("kept").asInt()).isEqualTo(3);
        assertThat(violations.path("violations")).hasSize(3);
      }
    }
  }
}
