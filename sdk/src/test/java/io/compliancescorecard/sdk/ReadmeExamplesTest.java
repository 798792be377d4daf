package io.compliancescorecard.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.compliancescorecard.sdk.webhooks.WebhookSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's snippets run as written. */
class ReadmeExamplesTest {

  @RegisterExtension static WireMockExtension server = TestClients.wireMock();

  @Test
  void paginationMetadataAndRawSnippetsRun() {
    server.stubFor(
        get(urlPathEqualTo("/api/v4/users"))
            .willReturn(okJson(PaginationTest.usersPage(1, 15, 15))));
    server.stubFor(get("/api/v3/companies").willReturn(okJson("{\"success\":true,\"data\":[]}")));

    try (ComplianceScorecardClient client =
        TestClients.against(server.getRuntimeInfo(), new TestClients.RecordingSleeper()).build()) {
      assertThat(ReadmeExamples.pagination(client)).hasSize(15);
      ReadmeExamples.metadataAndAsync(client);
      assertThat(ReadmeExamples.raw(client).status()).isEqualTo(200);
    }
  }

  @Test
  void perCallOptionsSnippetSendsEachCallsOptions() {
    server.stubFor(
        get(urlPathEqualTo("/api/v4/users"))
            .willReturn(okJson(PaginationTest.usersPage(1, 15, 15))));
    server.stubFor(get("/api/v3/companies").willReturn(okJson("{\"success\":true,\"data\":[]}")));

    try (ComplianceScorecardClient client =
        TestClients.against(server.getRuntimeInfo(), new TestClients.RecordingSleeper()).build()) {
      assertThat(ReadmeExamples.perCallOptions(client)).isEqualTo(15);
    }

    server.verify(
        getRequestedFor(urlEqualTo("/api/v3/companies"))
            .withHeader("X-Correlation-Id", equalTo("job-7f3a")));
    server.verify(
        getRequestedFor(urlEqualTo("/api/v4/users?role=msp_admin"))
            .withHeader("X-Correlation-Id", equalTo("job-7f3a")));
    server.verify(
        getRequestedFor(urlEqualTo("/api/v4/users?page=1&per_page=100"))
            .withHeader("X-Job", equalTo("nightly"))
            .withoutHeader("X-Correlation-Id"));
  }

  @Test
  void webhookSnippetsAcceptWhatTheSignerProduces() {
    String body =
        "{\"event\":\"assessment.scored\",\"timestamp\":\"2025-03-31T17:00:00Z\",\"data\":{\"assessment_id\":\"e1\","
            + "\"name\":\"Q1\",\"client_id\":\"c1\",\"status\":\"completed\",\"score\":78.2}}";

    assertThat(
            ReadmeExamples.webhooks(body, WebhookSigner.generateTestHeader(body, "whsec"), "whsec"))
        .isEqualTo("assessment scored 78.2");
    assertThat(
            ReadmeExamples.webhooks(body, WebhookSigner.generateTestHeader(body, "other"), "whsec"))
        .startsWith("reject with 400");
    assertThat(ReadmeExamples.signForTests(body, "whsec")).contains("v1=");
  }
}
