package io.compliancescorecard.sdk.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.compliancescorecard.sdk.error.AuthenticationException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A token request carries the client secret: a redirect may move it within the domain, never away.
 */
class TokenRedirectTest {

  @RegisterExtension
  static WireMockExtension auth0 =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
          .build();

  @RegisterExtension
  static WireMockExtension elsewhere =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
          .build();

  private static TokenProvider provider() {
    return Auth0TokenProvider.clientCredentials(
            Auth0TokenProviderTest.domain(auth0),
            "mock-client",
            Auth0TokenProviderTest.CLIENT_SECRET,
            Auth0TokenProviderTest.AUDIENCE)
        .build();
  }

  @Test
  void aRedirectToAnotherPortIsAnErrorNamingTheDomainAndTheSecretNeverLeaves() {
    auth0.stubFor(
        post("/oauth/token")
            .willReturn(
                aResponse()
                    .withStatus(307)
                    .withHeader(
                        "Location",
                        "http://127.0.0.1:" + elsewhere.getPort() + "/oauth/token?code=s3cr3t")));
    Auth0TokenProviderTest.stubToken(elsewhere, "stolen");

    AuthenticationException e =
        catchThrowableOfType(AuthenticationException.class, () -> provider().token());

    assertThat(e.getMessage())
        .contains("Auth0 domain http://127.0.0.1:" + auth0.getPort())
        .contains("another origin (http://127.0.0.1:" + elsewhere.getPort() + ")")
        .doesNotContain("s3cr3t")
        .doesNotContain(Auth0TokenProviderTest.CLIENT_SECRET);
    assertThat(elsewhere.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void aRedirectWithinTheDomainsOriginIsFollowed() {
    auth0.stubFor(
        post("/oauth/token")
            .willReturn(aResponse().withStatus(307).withHeader("Location", "/v2/oauth/token")));
    String token = Auth0TokenProviderTest.jwt(Instant.now().plus(Duration.ofHours(1)));
    auth0.stubFor(
        post("/v2/oauth/token")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"access_token\":\""
                            + token
                            + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));

    assertThat(provider().token()).isEqualTo(token);
    assertThat(auth0.findAll(postRequestedFor(urlEqualTo("/v2/oauth/token")))).hasSize(1);
  }
}
