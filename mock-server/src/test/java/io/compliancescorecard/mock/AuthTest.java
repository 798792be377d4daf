package io.compliancescorecard.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.auth0.client.auth.AuthAPI;
import com.auth0.exception.APIException;
import com.auth0.json.auth.TokenHolder;
import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.fasterxml.jackson.databind.JsonNode;
import io.compliancescorecard.mock.internal.auth.TokenService;
import io.compliancescorecard.mock.junit.MockServerExtension;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthTest {

  @RegisterExtension
  static final MockServerExtension MOCK =
      new MockServerExtension(
          MockServerOptions.builder().tokenLifetime(Duration.ofSeconds(2)).build());

  /** The hosted API's audience (the spec's production server), which the mock serves too. */
  private static final String HOSTED_API = "https://go-api.compliancerisk.io";

  private static TestClient api() {
    return new TestClient(MOCK.baseUrl());
  }

  private static AuthAPI auth0(String clientId, String secret) {
    return AuthAPI.newBuilder(MOCK.baseUrl(), clientId, secret).build();
  }

  @Test
  void auth0SdkClientCredentialsGetsATokenActingAsJohnDoe() throws Exception {
    TokenHolder token =
        auth0(MockServer.CLIENT_ID, MockServer.CLIENT_SECRET)
            .requestToken(HOSTED_API)
            .execute()
            .getBody();

    assertThat(token.getTokenType()).isEqualTo("Bearer");
    assertThat(token.getExpiresIn()).isEqualTo(2);
    Reply me = api().get("/api/v3/auth/user", token.getAccessToken());
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.data().get("id").asText()).isEqualTo("abc123");
  }

  @Test
  void tokensAreIssuedForTheMocksOwnUrlsAndTheHostedApiButNoOtherAudience() {
    String port = Integer.toString(MOCK.server().port());
    for (String audience :
        new String[] {
          MOCK.baseUrl(), MOCK.baseUrl() + "/", "http://localhost:" + port, HOSTED_API
        }) {
      Reply granted = clientCredentials("\"audience\":\"" + audience + "\"");
      assertThat(granted.status()).as(audience).isEqualTo(200);
      String token = granted.json().get("access_token").asText();
      assertThat(JWT.decode(token).getAudience()).containsExactly(audience);
      assertThat(api().get("/api/v3/auth/user", token).status()).as(audience).isEqualTo(200);
    }
    assertThat(
            JWT.decode(clientCredentials(null).json().get("access_token").asText()).getAudience())
        .containsExactly(HOSTED_API);

    Reply foreign = clientCredentials("\"audience\":\"https://evil.example\"");
    assertThat(foreign.status()).isEqualTo(403);
    assertThat(foreign.json().get("error").asText()).isEqualTo("access_denied");
    assertThat(foreign.json().get("error_description").asText())
        .isEqualTo("Service not found: https://evil.example");
    Reply minted =
        api()
            .post(
                "/_mock/tokens",
                null,
                "{\"user\":\"abc123\",\"audience\":\"https://evil.example\"}");
    assertThat(minted.status()).isEqualTo(422);
  }

  @Test
  void aConfiguredAudienceReplacesTheDefaultOnes() {
    try (MockServer custom =
        new MockServer(MockServerOptions.builder().audience("urn:my-api").build()).start()) {
      TestClient client = new TestClient(custom.baseUrl());
      String body =
          "{\"grant_type\":\"client_credentials\",\"client_id\":\"mock-client\",\"client_secret\":\"mock-secret\"";
      Reply fallback = client.post("/oauth/token", null, body + "}");
      Reply own =
          client.post("/oauth/token", null, body + ",\"audience\":\"" + custom.baseUrl() + "\"}");

      assertThat(JWT.decode(fallback.json().get("access_token").asText()).getAudience())
          .containsExactly("urn:my-api");
      assertThat(
              client
                  .get("/api/v3/auth/user", fallback.json().get("access_token").asText())
                  .status())
          .isEqualTo(200);
      assertThat(own.status()).isEqualTo(403);
    }
  }

  private static Reply clientCredentials(String extra) {
    return api()
        .post(
            "/oauth/token",
            null,
            "{\"grant_type\":\"client_credentials\",\"client_id\":\"mock-client\","
                + "\"client_secret\":\"mock-secret\""
                + (extra == null ? "" : "," + extra)
                + "}");
  }

  @Test
  void auth0SdkPasswordGrantLogsInEverySeededRole() throws Exception {
    for (String email :
        new String[] {SeededUsers.JOHN_DOE, SeededUsers.JANE_SMITH, SeededUsers.SUPER_ADMIN}) {
      TokenHolder token =
          auth0(MockServer.CLIENT_ID, MockServer.CLIENT_SECRET)
              .login(email, MockServer.USER_PASSWORD.toCharArray())
              .execute()
              .getBody();
      assertThat(
              api().get("/api/v3/auth/user", token.getAccessToken()).data().get("email").asText())
          .isEqualTo(email);
    }
  }

  @Test
  void wrongPasswordAndWrongClientSecretAreRefusedInAuth0Shape() {
    assertThatThrownBy(
            () ->
                auth0(MockServer.CLIENT_ID, MockServer.CLIENT_SECRET)
                    .login(SeededUsers.JOHN_DOE, "nope".toCharArray())
                    .execute())
        .isInstanceOfSatisfying(
            APIException.class,
            e -> {
              assertThat(e.getStatusCode()).isEqualTo(403);
              assertThat(e.getError()).isEqualTo("invalid_grant");
            });
    assertThatThrownBy(() -> auth0(MockServer.CLIENT_ID, "wrong").requestToken("aud").execute())
        .isInstanceOfSatisfying(
            APIException.class,
            e -> {
              assertThat(e.getStatusCode()).isEqualTo(401);
              assertThat(e.getError()).isEqualTo("access_denied");
            });
  }

  @Test
  void formEncodedTokenRequestsWorkToo() {
    Reply reply =
        api()
            .send(
                "POST",
                "/oauth/token",
                null,
                "grant_type=password&client_id=mock-client&username=jane%40example.com&password=mock-password",
                "Content-Type",
                "application/x-www-form-urlencoded");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("access_token").asText()).isNotBlank();
  }

  @Test
  void tokensAreEs256AndVerifyWithThePublishedJwks() throws Exception {
    String token = MOCK.token(SeededUsers.JANE_SMITH);
    JsonNode key = api().get("/.well-known/jwks.json", null).json().get("keys").get(0);
    assertThat(key.get("kty").asText()).isEqualTo("EC");
    assertThat(key.get("crv").asText()).isEqualTo("P-256");
    Base64.Decoder b64 = Base64.getUrlDecoder();
    AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
    parameters.init(new ECGenParameterSpec("secp256r1"));
    ECPublicKey publicKey =
        (ECPublicKey)
            KeyFactory.getInstance("EC")
                .generatePublic(
                    new ECPublicKeySpec(
                        new ECPoint(
                            new BigInteger(1, b64.decode(key.get("x").asText())),
                            new BigInteger(1, b64.decode(key.get("y").asText()))),
                        parameters.getParameterSpec(ECParameterSpec.class)));

    DecodedJWT jwt = JWT.require(Algorithm.ECDSA256(publicKey, null)).build().verify(token);

    assertThat(jwt.getKeyId()).isEqualTo(key.get("kid").asText());
    assertThat(jwt.getSubject()).isEqualTo("user123");
    assertThat(jwt.getClaim("role").asString()).isEqualTo("company_user");
    assertThat(jwt.getClaim("company_id").asString()).isEqualTo("comp456");
    assertThat(jwt.getClaim("permissions").asList(String.class))
        .contains("view_clients")
        .doesNotContain("manage_clients");
  }

  @Test
  void missingGarbledAndForeignTokensGet401() throws Exception {
    assertUnauthorized(api().get("/api/v3/companies", null));
    assertUnauthorized(
        api().send("GET", "/api/v3/companies", null, null, "Authorization", "Basic abc"));
    assertUnauthorized(api().get("/api/v3/companies", "not.a.jwt"));
    String mine = MOCK.token();
    String[] parts = mine.split("\\.");
    String tampered =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    new String(Base64.getUrlDecoder().decode(parts[1]))
                        .replace("msp_admin", "super_admin")
                        .getBytes())
            + "."
            + parts[2];
    assertUnauthorized(api().get("/api/v3/companies", tampered));
    try (MockServer other = new MockServer(MockServerOptions.defaults()).start()) {
      assertUnauthorized(api().get("/api/v3/companies", other.tokenFor(SeededUsers.JOHN_DOE)));
    }
  }

  @Test
  void everyStartSignsWithAKeyOfItsOwnThatNoJarCarries() {
    assertThat(TokenService.newKeyPair().getPublic())
        .isNotEqualTo(TokenService.newKeyPair().getPublic());
    assertThat(TokenService.class.getResource("/mock/signing-key.p12")).isNull();
  }

  @Test
  void expiredTokensGet401() {
    String token = MOCK.token();
    assertThat(api().get("/api/v3/companies", token).status()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> api().get("/api/v3/companies", token).status() == 401);
    assertThat(api().get("/api/v3/companies", token).json().path("error").path("message").asText())
        .contains("expired");
  }

  @Test
  void logoutRevokesOnlyThePresentedToken() {
    String token = MOCK.token();
    String other = MOCK.token();
    Reply logout = api().post("/api/v3/auth/logout-user", token, null);
    assertThat(logout.status()).isEqualTo(200);
    assertThat(logout.json().get("message").asText()).isEqualTo("User logged out successfully");

    assertUnauthorized(api().get("/api/v3/auth/user", token));
    assertThat(api().get("/api/v3/auth/user", other).status()).isEqualTo(200);
  }

  @Test
  void unauthorizedAnswersNeverEchoTheToken() {
    String secretLooking = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2VjcmV0LXNpZ25hdHVyZQ";
    Reply reply = api().get("/api/v3/companies", secretLooking);
    assertThat(reply.body()).doesNotContain(secretLooking).doesNotContain("c2VjcmV0");
  }

  private static void assertUnauthorized(Reply reply) {
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.errorCode()).isEqualTo("UNAUTHORIZED");
    assertThat(reply.header("X-RateLimit-Limit")).isNotNull();
  }
}
