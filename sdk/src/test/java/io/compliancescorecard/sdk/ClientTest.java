package io.compliancescorecard.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import io.compliancescorecard.sdk.error.NotFoundException;
import io.compliancescorecard.sdk.model.ApiKeyCreateRequest;
import io.compliancescorecard.sdk.model.ClientCreateRequest;
import io.compliancescorecard.sdk.model.ClientStatus;
import io.compliancescorecard.sdk.model.Company;
import io.compliancescorecard.sdk.model.CurrentUser;
import io.compliancescorecard.sdk.model.PolicyStatus;
import io.compliancescorecard.sdk.model.SubscriptionStatus;
import io.compliancescorecard.sdk.ratelimit.RateLimit;
import io.compliancescorecard.sdk.ratelimit.RateLimitCategory;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ClientTest {

  @RegisterExtension static WireMockExtension server = TestClients.wireMock();

  private ComplianceScorecardClient client;

  @BeforeEach
  void connect() {
    WireMockRuntimeInfo info = server.getRuntimeInfo();
    client =
        TestClients.against(info, new TestClients.RecordingSleeper())
            .userAgentSuffix("tests/1.0")
            .build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  private static final String RATE_HEADERS_RESET = "1740065400";

  @Test
  void sendsTheBearerTokenAndUserAgentAndUnwrapsTheEnvelope() {
    server.stubFor(
        get("/api/v3/auth/user")
            .willReturn(
                okJson(
                    "{\"success\":true,\"data\":{\"id\":\"abc123\",\"name\":\"John Doe\",\"email\":\"john@example.com\","
                        + "\"role\":{\"id\":\"r1\",\"name\":\"msp_admin\",\"display_name\":\"MSP Administrator\"},"
                        + "\"company\":{\"id\":\"company123\",\"name\":\"Example MSP\",\"subscription_status\":\"active\"},"
                        + "\"permissions\":[\"manage_policies\"],\"current_client_id\":\"client456\"}}")));

    CurrentUser me = client.auth().currentUser();

    assertThat(me.getId()).isEqualTo("abc123");
    assertThat(me.getCompany().getSubscriptionStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
    server.verify(
        getRequestedFor(urlEqualTo("/api/v3/auth/user"))
            .withHeader("Authorization", equalTo("Bearer " + TestClients.TOKEN))
            .withHeader(
                "User-Agent",
                matching("compliance-scorecard-java-sdk/\\S+ Java/\\S+ tests/1\\.0")));
  }

  @Test
  void defaultsToProductionAndKnowsTheHostedEnvironments() {
    try (ComplianceScorecardClient production =
            ComplianceScorecardClient.builder().token("t").build();
        ComplianceScorecardClient staging =
            ComplianceScorecardClient.builder()
                .token("t")
                .environment(Environment.STAGING)
                .build();
        ComplianceScorecardClient local =
            ComplianceScorecardClient.builder()
                .token("t")
                .baseUrl("http://127.0.0.1:9/prefix")
                .build()) {
      assertThat(production.baseUrl()).isEqualTo("https://go-api.compliancerisk.io/");
      assertThat(staging.baseUrl()).isEqualTo("https://staging-api.compliancerisk.io/");
      assertThat(local.baseUrl()).isEqualTo("http://127.0.0.1:9/prefix/");
    }
    assertThat(Environment.DEVELOPMENT.baseUrl()).isEqualTo("https://dev-api.compliancerisk.io/");
  }

  @Test
  void toleratesUnknownPropertiesAndUnknownEnumValues() {
    server.stubFor(
        get("/api/v3/companies")
            .willReturn(
                okJson(
                    "{\"success\":true,\"brand_new_envelope_field\":1,\"data\":[{\"id\":\"c1\",\"name\":\"Acme\","
                        + "\"subscription_status\":\"paused\",\"loyalty_tier\":{\"level\":3}}]}")));

    List<Company> companies = client.companies().list();

    assertThat(companies)
        .singleElement()
        .satisfies(
            company -> {
              assertThat(company.getName()).isEqualTo("Acme");
              assertThat(company.getSubscriptionStatus())
                  .isEqualTo(SubscriptionStatus.UNKNOWN_DEFAULT_OPEN_API);
            });
  }

  @Test
  void encodesEveryPathParameterSoNoIdAddressesAnotherPath() {
    server.stubFor(
        get(urlPathEqualTo("/api/v3/companies/..%2Fx"))
            .willReturn(okJson("{\"success\":true,\"data\":{\"id\":\"../x\",\"name\":\"dots\"}}")));
    server.stubFor(
        get(urlPathEqualTo("/api/v3/companies/a%2Fb%3Fc=1%23d/clients"))
            .willReturn(okJson("{\"success\":true,\"data\":[]}")));

    assertThat(client.companies().get("../x").getName()).isEqualTo("dots");
    assertThat(client.clients("a/b?c=1#d").list()).isEmpty();

    assertThatThrownBy(() -> client.companies().get(".."))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.policies("c1", "."))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.apiKeys(" ", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getAllServeEvents()).hasSize(2);
  }

  @Test
  void exposesStatusHeadersAndRateLimitOfEveryCall() {
    server.stubFor(
        get("/api/v3/companies/c1")
            .willReturn(
                okJson("{\"success\":true,\"data\":{\"id\":\"c1\",\"name\":\"A\"}}")
                    .withHeader("X-RateLimit-Limit", "1000")
                    .withHeader("X-RateLimit-Remaining", "998")
                    .withHeader("X-RateLimit-Reset", RATE_HEADERS_RESET)
                    .withHeader("X-Request-Id", "req-1")));

    ApiResponse<Company> response = client.companies().withRawResponse().get("c1");

    RateLimit expected =
        new RateLimit(RateLimitCategory.GENERAL, 1000, 998, Instant.ofEpochSecond(1740065400));
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.data().getId()).isEqualTo("c1");
    assertThat(response.header("x-request-id")).contains("req-1");
    assertThat(response.rateLimit()).contains(expected);
    assertThat(client.rateLimit(RateLimitCategory.GENERAL)).contains(expected);
    assertThat(client.rateLimit(RateLimitCategory.AUTHENTICATION)).isEmpty();
  }

  @Test
  void asyncCallsCompleteWithTheResultOrTheTypedException() throws Exception {
    server.stubFor(
        get("/api/v3/companies/c1/clients/k1/assessment-events")
            .willReturn(
                okJson(
                    "{\"success\":true,\"data\":[{\"id\":\"e1\",\"name\":\"Q1\",\"template\":{\"id\":\"t\",\"name\":\"N\"},"
                        + "\"status\":\"in_progress\",\"completion_percentage\":65.5,\"score\":null,\"started_at\":\"2025-01-15T09:00:00Z\"}]}")));
    server.stubFor(
        get("/api/v3/companies/nope")
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"success\":false,\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"Resource not found.\"}}")));

    assertThat(client.async(c -> c.assessments("c1", "k1").events()).get(5, TimeUnit.SECONDS))
        .singleElement()
        .satisfies(event -> assertThat(event.getScore()).isNull());
    assertThat(
            client
                .async(c -> c.assessments("c1", "k1").withRawResponse().events())
                .get(5, TimeUnit.SECONDS)
                .status())
        .isEqualTo(200);
    assertThatThrownBy(() -> client.async(c -> c.companies().get("nope")).join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(NotFoundException.class);
  }

  @Test
  void sendsFiltersAsQueryParameters() {
    server.stubFor(
        get(urlPathEqualTo("/api/v3/companies/c1/clients/k1/policies"))
            .willReturn(okJson("{\"success\":true,\"data\":[]}")));
    server.stubFor(
        get(urlPathEqualTo("/api/v3/companies/c1/clients"))
            .willReturn(okJson("{\"success\":true,\"data\":[]}")));
    server.stubFor(
        get(urlPathEqualTo("/api/v3/companies/c1/clients/k1/assessment-templates"))
            .willReturn(okJson("{\"success\":true,\"data\":[]}")));

    client
        .policies("c1", "k1")
        .list(new PolicyListParams().status(PolicyStatus.PENDING_APPROVAL).search("sec"));
    client.clients("c1").list(new ClientListParams().status(ClientStatus.INACTIVE));
    client
        .assessments("c1", "k1")
        .templates(new TemplateListParams().global(false).category("Security"));

    server.verify(
        getRequestedFor(
            urlEqualTo(
                "/api/v3/companies/c1/clients/k1/policies?status=pending_approval&search=sec")));
    server.verify(getRequestedFor(urlEqualTo("/api/v3/companies/c1/clients?status=INACTIVE")));
    server.verify(
        getRequestedFor(
            urlEqualTo(
                "/api/v3/companies/c1/clients/k1/assessment-templates?global=false&category=Security")));
  }

  @Test
  void everyPostCarriesAnIdempotencyKeyAndACallerChosenOneIsKept() {
    server.stubFor(
        post("/api/v3/companies/c1/clients")
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"success\":true,\"data\":{\"id\":\"client789\",\"name\":\"New\",\"status\":\"ACTIVE\",\"created_at\":\"2025-03-01T12:00:00Z\"}}")));

    assertThat(client.clients("c1").create(new ClientCreateRequest().name("New")).getId())
        .isEqualTo("client789");
    client
        .clients("c1")
        .create(
            new ClientCreateRequest().name("New"),
            RequestOptions.builder().idempotencyKey("job-42").build());

    server.verify(
        postRequestedFor(urlEqualTo("/api/v3/companies/c1/clients"))
            .withHeader(
                "Idempotency-Key",
                matching("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"))
            .withRequestBody(equalTo("{\"name\":\"New\"}")));
    server.verify(
        postRequestedFor(urlEqualTo("/api/v3/companies/c1/clients"))
            .withHeader("Idempotency-Key", equalTo("job-42")));
  }

  @Test
  void rawRequestsGoThroughTheSameMachineryAndReturnErrorStatuses() {
    server.stubFor(
        get("/api/v4/users?page=2")
            .willReturn(
                okJson("{\"success\":true}")
                    .withHeader("X-RateLimit-Limit", "1000")
                    .withHeader("X-RateLimit-Remaining", "5")
                    .withHeader("X-RateLimit-Reset", RATE_HEADERS_RESET)));
    server.stubFor(
        post("/api/v3/companies/c1/clients/k1/api-keys")
            .willReturn(
                aResponse()
                    .withStatus(422)
                    .withBody(
                        "{\"success\":false,\"error\":{\"code\":\"VALIDATION_ERROR\",\"message\":\"bad\"}}")));

    ApiResponse<String> page = client.rawRequest("get", "/api/v4/users?page=2", null);
    ApiResponse<String> invalid =
        client.rawRequest("POST", "api/v3/companies/c1/clients/k1/api-keys", "{}");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.data()).isEqualTo("{\"success\":true}");
    assertThat(page.rateLimit()).map(RateLimit::remaining).contains(5);
    assertThat(invalid.status()).isEqualTo(422);
    server.verify(
        getRequestedFor(urlEqualTo("/api/v4/users?page=2"))
            .withHeader("Authorization", equalTo("Bearer " + TestClients.TOKEN)));
    server.verify(
        postRequestedFor(urlEqualTo("/api/v3/companies/c1/clients/k1/api-keys"))
            .withHeader("Idempotency-Key", matching(".+")));
    assertThatThrownBy(() -> client.rawRequest("GET", "http://example.com/steal", null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void neverSendsTheTokenToAnotherOrigin() throws Exception {
    okhttp3.Request elsewhere =
        new okhttp3.Request.Builder()
            .url("http://localhost:" + server.getPort() + "/other")
            .build();
    server.stubFor(get("/other").willReturn(okJson("{}")));

    try (okhttp3.Response response = client.httpClient().newCall(elsewhere).execute()) {
      assertThat(response.code()).isEqualTo(200);
    }

    assertThat(server.getAllServeEvents())
        .singleElement()
        .satisfies(
            event -> assertThat(event.getRequest().containsHeader("Authorization")).isFalse());
  }

  @Test
  void createsAnApiKeyWithoutTheSecretsComingBack() {
    server.stubFor(
        post("/api/v3/companies/c1/clients/k1/api-keys")
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"success\":true,\"data\":{\"id\":\"key789\",\"type\":\"connectwise\",\"name\":\"CW\",\"status\":\"active\","
                            + "\"last_sync\":null,\"created_at\":\"2025-03-01T12:00:00Z\"}}")));

    var created =
        client
            .apiKeys("c1", "k1")
            .create(
                new ApiKeyCreateRequest()
                    .type("connectwise")
                    .name("CW")
                    .apiKey("k")
                    .apiSecret("s"));

    assertThat(created.getId()).isEqualTo("key789");
    assertThat(created.getLastSync()).isNull();
  }
}
