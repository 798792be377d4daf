package io.compliancescorecard.sdk.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.compliancescorecard.sdk.MutableClock;
import io.compliancescorecard.sdk.error.AuthenticationException;
import io.compliancescorecard.sdk.error.ConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class Auth0TokenProviderTest {

  @RegisterExtension
  static WireMockExtension auth0 =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
          .build();

  static final String CLIENT_SECRET = "mock-secret";
  static final String AUDIENCE = "https://go-api.compliancerisk.io";
  private static final AtomicInteger SERIAL = new AtomicInteger();

  /** A JWT that expires at {@code exp}; unique per call, so renewals are visible. */
  static String jwt(Instant exp) {
    return JWT.create()
        .withSubject("mock-client@clients")
        .withJWTId("t" + SERIAL.incrementAndGet())
        .withExpiresAt(exp)
        .sign(Algorithm.HMAC256("test-only"));
  }

  static void stubToken(WireMockExtension server, String token) {
    server.stubFor(
        post("/oauth/token")
            .willReturn(
                okJson(
                    "{\"access_token\":\""
                        + token
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":86400}")));
  }

  static String domain(WireMockExtension server) {
    return "http://127.0.0.1:" + server.getPort();
  }

  private static int tokenRequests() {
    return auth0.findAll(postRequestedFor(urlEqualTo("/oauth/token"))).size();
  }

  @Test
  void clientCredentialsGrantAgainstAnHttpDomainIsCachedAcrossCalls() {
    String token = jwt(Instant.now().plus(Duration.ofHours(24)));
    stubToken(auth0, token);
    TokenProvider provider =
        Auth0TokenProvider.clientCredentials(domain(auth0), "mock-client", CLIENT_SECRET, AUDIENCE)
            .build();

    assertThat(provider.token()).isEqualTo(token);
    assertThat(provider.token()).isEqualTo(token);

    assertThat(tokenRequests()).isEqualTo(1);
    auth0.verify(
        postRequestedFor(urlEqualTo("/oauth/token"))
            .withRequestBody(
                equalToJson(
                    "{\"grant_type\":\"client_credentials\",\"client_id\":\"mock-client\",\"client_secret\":\"mock-secret\","
                        + "\"audience\":\""
                        + AUDIENCE
                        + "\"}",
                    true,
                    true)));
  }

  @Test
  void passwordGrantSendsTheUsersCredentials() {
    stubToken(auth0, jwt(Instant.now().plus(Duration.ofHours(24))));

    Auth0TokenProvider.password(domain(auth0), "mock-client", "admin@example.com", "pa55word")
        .clientSecret(CLIENT_SECRET)
        .audience(AUDIENCE)
        .build()
        .token();

    auth0.verify(
        postRequestedFor(urlEqualTo("/oauth/token"))
            .withRequestBody(
                matchingJsonPath(
                    "$.grant_type",
                    com.github.tomakehurst.wiremock.client.WireMock.equalTo("password")))
            .withRequestBody(
                matchingJsonPath(
                    "$.username",
                    com.github.tomakehurst.wiremock.client.WireMock.equalTo("admin@example.com")))
            .withRequestBody(
                matchingJsonPath(
                    "$.audience",
                    com.github.tomakehurst.wiremock.client.WireMock.equalTo(AUDIENCE))));
  }

  @Test
  void renewsAheadOfExpiryReadFromTheJwt() {
    MutableClock clock = new MutableClock(Instant.parse("2025-03-01T00:00:00Z"));
    String first = jwt(clock.instant().plus(Duration.ofHours(24)));
    stubToken(auth0, first);
    TokenProvider provider =
        Auth0TokenProvider.clientCredentials(domain(auth0), "mock-client", CLIENT_SECRET, AUDIENCE)
            .renewBefore(Duration.ofMinutes(5))
            .clock(clock)
            .build();
    assertThat(provider.token()).isEqualTo(first);

    clock.now = clock.now.plus(Duration.ofHours(23)).plus(Duration.ofMinutes(54));
    assertThat(provider.token()).isEqualTo(first);
    assertThat(tokenRequests()).isEqualTo(1);

    String second = jwt(clock.instant().plus(Duration.ofHours(24)));
    stubToken(auth0, second);
    clock.now = clock.now.plus(Duration.ofMinutes(2));
    assertThat(provider.token()).isEqualTo(second);
    assertThat(tokenRequests()).isEqualTo(2);
  }

  @Test
  void renewalIsSingleFlightUnderAHundredThreads() throws Exception {
    auth0.stubFor(
        post("/oauth/token")
            .willReturn(
                okJson(
                        "{\"access_token\":\""
                            + jwt(Instant.now().plus(Duration.ofHours(24)))
                            + "\",\"expires_in\":86400}")
                    .withFixedDelay(200)));
    TokenProvider provider =
        Auth0TokenProvider.clientCredentials(domain(auth0), "mock-client", CLIENT_SECRET, AUDIENCE)
            .build();
    ExecutorService pool = Executors.newFixedThreadPool(100);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> tokens = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        tokens.add(
            pool.submit(
                () -> {
                  start.await();
                  return provider.token();
                }));
      }
      start.countDown();
      Set<String> distinct = ConcurrentHashMap.newKeySet();
      for (Future<String> token : tokens) {
        distinct.add(token.get(30, TimeUnit.SECONDS));
      }
      assertThat(distinct).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(tokenRequests()).isEqualTo(1);
  }

  @Test
  void invalidateForgetsOnlyTheRejectedToken() {
    String first = jwt(Instant.now().plus(Duration.ofHours(24)));
    stubToken(auth0, first);
    TokenProvider provider =
        Auth0TokenProvider.clientCredentials(domain(auth0), "mock-client", CLIENT_SECRET, AUDIENCE)
            .build();
    provider.token();

    provider.invalidate("some-older-token");
    assertThat(provider.token()).isEqualTo(first);
    String second = jwt(Instant.now().plus(Duration.ofHours(24)));
    stubToken(auth0, second);
    provider.invalidate(first);

    assertThat(provider.token()).isEqualTo(second);
    assertThat(tokenRequests()).isEqualTo(2);
  }

  @Test
  void opaqueTokensExpireByExpiresIn() {
    auth0.stubFor(
        post("/oauth/token")
            .willReturn(okJson("{\"access_token\":\"opaque\",\"expires_in\":600}")));
    MutableClock clock = new MutableClock(Instant.parse("2025-03-01T00:00:00Z"));
    TokenProvider provider =
        Auth0TokenProvider.clientCredentials(domain(auth0), "mock-client", CLIENT_SECRET, AUDIENCE)
            .clock(clock)
            .build();
    provider.token();

    clock.now = clock.now.plus(Duration.ofMinutes(6));
    provider.token();

    assertThat(tokenRequests()).isEqualTo(2);
  }

  @Test
  void refusedCredentialsGiveAnAuthenticationExceptionWithoutTheSecret() {
    auth0.stubFor(
        post("/oauth/token")
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":\"access_denied\",\"error_description\":\"Unauthorized\"}")));
    TokenProvider provider =
        Auth0TokenProvider.clientCredentials(domain(auth0), "mock-client", CLIENT_SECRET, AUDIENCE)
            .build();

    assertThatThrownBy(provider::token)
        .isInstanceOfSatisfying(
            AuthenticationException.class,
            e -> {
              assertThat(e.status()).isEqualTo(401);
              assertThat(e.errorCode()).contains("access_denied");
              assertThat(e.getMessage()).contains("Unauthorized").doesNotContain(CLIENT_SECRET);
            });
    assertThat(provider.toString()).doesNotContain(CLIENT_SECRET);
  }

  @Test
  void anUnreachableDomainGivesAConnectionException() {
    TokenProvider provider =
        Auth0TokenProvider.clientCredentials(
                "http://127.0.0.1:1", "mock-client", CLIENT_SECRET, AUDIENCE)
            .build();

    assertThatThrownBy(provider::token)
        .isInstanceOf(ConnectionException.class)
        .hasMessageNotContaining(CLIENT_SECRET);
  }

  @Test
  void clientCredentialsNeedASecretAndAnAudience() {
    assertThatThrownBy(
            () ->
                Auth0TokenProvider.clientCredentials("tenant.auth0.com", "id", null, AUDIENCE)
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void staticTokensAreTrimmedAndNeverPrinted() {
    StaticTokenProvider provider = StaticTokenProvider.of("  abc.def.ghi \n");

    assertThat(provider.token()).isEqualTo("abc.def.ghi");
    assertThat(provider.toString()).doesNotContain("abc");
    assertThatThrownBy(() -> StaticTokenProvider.of(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
