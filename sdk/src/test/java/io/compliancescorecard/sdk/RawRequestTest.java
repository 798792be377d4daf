package io.compliancescorecard.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.compliancescorecard.sdk.error.AuthenticationException;
import io.compliancescorecard.sdk.error.ConnectionException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Raw requests to the API and to other hosts, with and without credentials, and a client with none.
 */
class RawRequestTest {

  @RegisterExtension static WireMockExtension api = TestClients.wireMock();

  /** Another origin: the same loopback address under another port. */
  @RegisterExtension static WireMockExtension elsewhere = TestClients.wireMock();

  /**
   * An HTTPS server with WireMock's self-signed certificate, which no default trust store accepts.
   */
  @RegisterExtension
  static WireMockExtension https =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().dynamicHttpsPort().bindAddress("127.0.0.1"))
          .build();

  private final AtomicInteger tokensAsked = new AtomicInteger();
  private ComplianceScorecardClient client;

  @BeforeEach
  void connect() {
    client =
        TestClients.against(api.getRuntimeInfo(), new TestClients.RecordingSleeper())
            .tokenProvider(
                () -> {
                  tokensAsked.incrementAndGet();
                  return TestClients.TOKEN;
                })
            .userAgentSuffix("tests/1.0")
            .build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void aUrlOnAnotherOriginGetsNoTokenButTheClientsUserAgentAndItsErrorStatusBack() {
    elsewhere.stubFor(get("/status?x=1").willReturn(aResponse().withStatus(404).withBody("gone")));

    ApiResponse<String> response =
        client.rawRequest(RawRequest.of("get", elsewhere.baseUrl() + "/status?x=1"));

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.data()).isEqualTo("gone");
    elsewhere.verify(
        getRequestedFor(urlEqualTo("/status?x=1"))
            .withoutHeader("Authorization")
            .withHeader("User-Agent", containing("tests/1.0")));
    assertThat(tokensAsked).hasValue(0);
  }

  @Test
  void aUrlOnTheApisOriginCarriesTheToken() {
    api.stubFor(get("/api/v3/auth/user").willReturn(okJson("{}")));

    client.rawRequest(
        RawRequest.of("GET", "http://127.0.0.1:" + api.getPort() + "/api/v3/auth/user"));

    api.verify(
        getRequestedFor(urlEqualTo("/api/v3/auth/user"))
            .withHeader("Authorization", equalTo("Bearer " + TestClients.TOKEN)));
  }

  @Test
  void withoutCredentialsNothingGoesInAuthorizationAndTheProviderIsNotAsked() {
    api.stubFor(post("/_mock/webhooks").willReturn(okJson("{\"data\":{\"id\":\"sub1\"}}")));

    ApiResponse<String> response =
        client.rawRequest(
            RawRequest.of("POST", "/_mock/webhooks")
                .jsonBody("{\"url\":\"http://127.0.0.1:9/\"}")
                .withoutCredentials());

    assertThat(response.data()).contains("sub1");
    api.verify(
        postRequestedFor(urlEqualTo("/_mock/webhooks"))
            .withoutHeader("Authorization")
            .withHeader("Content-Type", containing("application/json"))
            .withRequestBody(equalTo("{\"url\":\"http://127.0.0.1:9/\"}")));
    assertThat(tokensAsked).hasValue(0);
  }

  @Test
  void byteBodiesAndExtraHeadersAreSentUnchanged() {
    byte[] delivery =
        "{\"event\":\"policy.published\",\"note\":\"caf\u00e9 \u2713\"}"
            .getBytes(StandardCharsets.UTF_8);
    elsewhere.stubFor(post("/hook").willReturn(aResponse().withStatus(204)));

    ApiResponse<String> response =
        client.rawRequest(
            RawRequest.of("POST", elsewhere.baseUrl() + "/hook")
                .jsonBody(delivery)
                .header("X-Scorecard-Signature", "t=1,v1=abc"));

    assertThat(response.status()).isEqualTo(204);
    elsewhere.verify(
        postRequestedFor(urlEqualTo("/hook"))
            .withRequestBody(binaryEqualTo(delivery))
            .withHeader("X-Scorecard-Signature", equalTo("t=1,v1=abc")));
  }

  @Test
  void headersTheClientSetsItselfAreRefusedRatherThanReplaced() {
    RawRequest request = RawRequest.of("GET", "/api/v3/companies");

    assertThatThrownBy(() -> request.header("authorization", "Bearer stolen"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("stolen");
    assertThatThrownBy(() -> request.header("User-Agent", "other"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPathNeverLeavesTheApisOriginAndAnotherSchemeIsRefused() {
    ApiResponse<String> response =
        client.rawRequest(RawRequest.of("GET", "//localhost:" + elsewhere.getPort() + "/x"));

    assertThat(response.status()).isEqualTo(404);
    assertThat(api.getAllServeEvents())
        .singleElement()
        .satisfies(
            event ->
                assertThat(event.getRequest().getUrl())
                    .isEqualTo("/localhost:" + elsewhere.getPort() + "/x"));
    assertThat(elsewhere.getAllServeEvents()).isEmpty();
    assertThatThrownBy(() -> client.rawRequest(RawRequest.of("GET", "ftp://localhost/x")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void noResponseIsAConnectionExceptionNamingTheOtherHost() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    assertThatThrownBy(
            () ->
                client.rawRequest(RawRequest.of("GET", "http://127.0.0.1:" + closedPort + "/hook")))
        .isInstanceOf(ConnectionException.class)
        .hasMessageContaining("GET http://127.0.0.1:" + closedPort + "/hook");
  }

  @Test
  void anHttpsUrlIsSpokenToWithTlsByAClientOfAPlainHttpApi() {
    // The client of an http:// API has no TLS set up; an https URL must still get a real handshake
    // (which
    // fails here on the self-signed certificate), not OkHttp's "CLEARTEXT-only client" refusal.
    String url = "https://localhost:" + https.getRuntimeInfo().getHttpsPort() + "/";

    assertThatThrownBy(() -> client.rawRequest(RawRequest.of("GET", url).withoutCredentials()))
        .isInstanceOf(ConnectionException.class)
        .hasCauseInstanceOf(SSLException.class);
    assertThat(client.httpClient().connectionSpecs()).anyMatch(okhttp3.ConnectionSpec::isTls);
  }

  @Test
  void aClientWithoutCredentialsSendsNoTokenAndItsTypedCallsGetTheApisAnswer() {
    api.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody(
                        "{\"success\":false,\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"no token\"}}")));
    try (ComplianceScorecardClient anonymous =
        TestClients.against(api.getRuntimeInfo(), new TestClients.RecordingSleeper())
            .noCredentials()
            .build()) {

      assertThatThrownBy(() -> anonymous.auth().currentUser())
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("no token");
      assertThatThrownBy(() -> anonymous.auth().logout())
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("without credentials");
      assertThat(anonymous.rawRequest("GET", "/api/v3/auth/user", null).status()).isEqualTo(401);
    }

    api.verify(2, anyRequestedFor(anyUrl()));
    api.verify(0, anyRequestedFor(anyUrl()).withHeader("Authorization", matching(".*")));
  }
}
