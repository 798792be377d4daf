package io.compliancescorecard.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.compliancescorecard.sdk.model.ApiKeyCreateRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HttpLoggingTest {

  @RegisterExtension static WireMockExtension server = TestClients.wireMock();

  private static final String API_KEY = "cw-public-key-123";
  private static final String API_SECRET = "cw-private-secret-456";

  private CapturingLogger createApiKeyLoggedAt(HttpLogLevel level) {
    server.stubFor(
        post("/api/v3/companies/c1/clients/k1/api-keys")
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("Set-Cookie", "session=cookie-value-789")
                    .withBody(
                        "{\"success\":true,\"data\":{\"id\":\"key1\",\"type\":\"connectwise\",\"name\":\"CW\",\"status\":\"active\","
                            + "\"created_at\":\"2025-03-01T12:00:00Z\",\"access_token\":\"echoed-token-000\"}}")));
    CapturingLogger log = new CapturingLogger();
    try (ComplianceScorecardClient client =
        TestClients.against(server.getRuntimeInfo(), new TestClients.RecordingSleeper())
            .logLevel(level)
            .httpLogger(log)
            .build()) {
      client
          .apiKeys("c1", "k1")
          .create(
              new ApiKeyCreateRequest()
                  .type("connectwise")
                  .name("CW")
                  .apiKey(API_KEY)
                  .apiSecret(API_SECRET));
    }
    return log;
  }

  @ParameterizedTest
  @EnumSource(HttpLogLevel.class)
  void noSecretIsEverLoggedAtAnyLevel(HttpLogLevel level) {
    String logged = createApiKeyLoggedAt(level).all();

    assertThat(logged)
        .doesNotContain(
            TestClients.TOKEN, API_KEY, API_SECRET, "cookie-value-789", "echoed-token-000");
  }

  @Test
  void aCreateRequestPrintedByTheApplicationHidesItsSecrets() {
    ApiKeyCreateRequest request =
        new ApiKeyCreateRequest()
            .type("connectwise")
            .name("CW")
            .apiKey(API_KEY)
            .apiSecret(API_SECRET);

    assertThat(request.toString()).contains("name: CW").doesNotContain(API_KEY, API_SECRET);
  }

  @Test
  void bodyLevelShowsTheExchangeWithSecretsRedacted() {
    String logged = createApiKeyLoggedAt(HttpLogLevel.BODY).all();

    assertThat(logged)
        .contains(
            "--> POST http://127.0.0.1:"
                + server.getPort()
                + "/api/v3/companies/c1/clients/k1/api-keys")
        .contains("--> Authorization: [REDACTED]")
        .contains("--> Idempotency-Key: ")
        .contains("\"api_key\":\"[REDACTED]\"", "\"api_secret\":\"[REDACTED]\"", "\"name\":\"CW\"")
        .contains("<-- 201 POST")
        .contains("<-- Set-Cookie: [REDACTED]")
        .contains("\"access_token\":\"[REDACTED]\"", "\"id\":\"key1\"");
  }

  @Test
  void basicLevelShowsOnlyRequestLines() {
    CapturingLogger log = createApiKeyLoggedAt(HttpLogLevel.BASIC);

    assertThat(log.lines).hasSize(2);
    assertThat(log.all()).doesNotContain("Authorization", "api_key");
  }

  @Test
  void sensitiveQueryParametersAreRedactedAndNonJsonBodiesAreSummarised() {
    server.stubFor(
        get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/v4/users"))
            .willReturn(okJson("{\"success\":true}")));
    server.stubFor(
        get("/file")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/octet-stream")
                    .withBody("BINARY")));
    CapturingLogger log = new CapturingLogger();
    try (ComplianceScorecardClient client =
        TestClients.against(server.getRuntimeInfo(), new TestClients.RecordingSleeper())
            .logLevel(HttpLogLevel.BODY)
            .httpLogger(log)
            .build()) {
      client.rawRequest("GET", "/api/v4/users?api_key=leaky&page=1", null);
      client.rawRequest("GET", "/file", null);
    }

    assertThat(log.all())
        .doesNotContain("leaky", "BINARY")
        .contains("api_key=%5BREDACTED%5D&page=1")
        .contains("application/octet-stream body not logged");
  }
}
