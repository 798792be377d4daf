package io.compliancescorecard.mock.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import io.compliancescorecard.mock.internal.http.ApiError;
import io.compliancescorecard.mock.internal.store.User;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tokens signed with the mock's own key are still refused unless they are for an audience it
 * serves.
 */
class TokenAudienceTest {

  private static final String HOSTED = "https://go-api.compliancerisk.io";
  private static final String MOCK_URL = "http://127.0.0.1:8080";

  private final KeyPair pair = TokenService.newKeyPair();
  private final Audiences audiences = new Audiences(List.of(), HOSTED);
  private final TokenService tokens =
      new TokenService(Clock.systemUTC(), Duration.ofHours(1), pair, audiences);
  private final String keyId;

  TokenAudienceTest() {
    audiences.serveAt(List.of(MOCK_URL));
    keyId = JWT.decode(tokens.issue(john(), null)).getKeyId();
  }

  private static User john() {
    return new User(
        "abc123",
        "John Doe",
        "john@example.com",
        "msp_admin",
        "company123",
        "ACTIVE",
        null,
        null,
        null);
  }

  /** A token this instance could have signed, with the audiences given (none: no claim). */
  private String forged(String... aud) {
    JWTCreator.Builder jwt =
        JWT.create()
            .withKeyId(keyId)
            .withIssuer(TokenService.ISSUER)
            .withSubject("abc123")
            .withJWTId("forged")
            .withExpiresAt(Instant.now().plusSeconds(600))
            .withClaim("role", "msp_admin")
            .withClaim("company_id", "company123");
    if (aud.length > 0) {
      jwt.withAudience(aud);
    }
    return jwt.sign(
        Algorithm.ECDSA256((ECPublicKey) pair.getPublic(), (ECPrivateKey) pair.getPrivate()));
  }

  @Test
  void tokensForTheHostedApiOrTheMocksOwnUrlAreAccepted() {
    assertThat(tokens.authenticate("Bearer " + forged(HOSTED)).userId()).isEqualTo("abc123");
    assertThat(tokens.authenticate("Bearer " + forged(MOCK_URL + "/")).userId())
        .isEqualTo("abc123");
    assertThat(tokens.authenticate("Bearer " + tokens.issue(john(), null)).userId())
        .isEqualTo("abc123");
  }

  @Test
  void tokensForAnotherAudienceOrNoneAreRefusedWith401() {
    for (String token :
        List.of(forged("https://evil.example"), forged(), forged("https://evil.example", "x"))) {
      assertThatThrownBy(() -> tokens.authenticate("Bearer " + token))
          .isInstanceOfSatisfying(
              ApiError.class,
              e -> {
                assertThat(e.status()).isEqualTo(401);
                assertThat(e.getMessage()).contains("audience");
              });
    }
  }

  @Test
  void configuredAudiencesReplaceTheDefaultAndTheFirstIsTheFallback() {
    Audiences custom = new Audiences(List.of("https://api.example", "urn:other"), HOSTED);
    custom.serveAt(List.of(MOCK_URL));

    assertThat(custom.accepts("urn:other")).isTrue();
    assertThat(custom.accepts(HOSTED)).isFalse();
    assertThat(custom.accepts(MOCK_URL)).isFalse();
    assertThat(custom.fallback()).isEqualTo("https://api.example");
    assertThatThrownBy(
            () ->
                new TokenService(Clock.systemUTC(), Duration.ofHours(1), pair, custom)
                    .issue(john(), HOSTED))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
