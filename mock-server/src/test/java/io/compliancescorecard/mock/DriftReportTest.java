package io.compliancescorecard.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.compliancescorecard.mock.FakeUpstream.Canned;
import io.compliancescorecard.mock.internal.http.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --report}: the standalone command, stopped as a CI job stops it, writes every violation
 * grouped by operation with counts, prints a summary, and exits 1 on drift and 0 without.
 */
class DriftReportTest {

  private static final String TOKEN = "report-token-5e1d";
  private static final String COMPANY = "/api/v3/companies/company123";

  @TempDir Path dir;

  @Test
  void driftIsReportedByOperationAndEndsTheProcessWithStatus1() throws Exception {
    try (FakeUpstream api = new FakeUpstream()) {
      api.answer("GET", COMPANY, FakeUpstream.WRONG_TYPE);
      api.answer(
          "GET",
          "/api/v3/companies",
          Canned.json(
              200,
              FakeUpstream.RATE_LIMIT,
              "{\"success\":true,\"data\":[{\"id\":\"a\"},{\"id\":\"b\"}]}"));
      Run run =
          run(
              api,
              client -> {
                for (int i = 0; i < 3; i++) {
                  assertThat(client.get(COMPANY, TOKEN).status()).isEqualTo(200);
                }
                assertThat(client.get("/api/v3/companies", TOKEN).status()).isEqualTo(200);
              });
      assertThat(run.exit()).isEqualTo(MockServerCommand.DRIFT_EXIT_CODE);
      JsonNode report = run.report();
      assertThat(report.path("exchanges").asLong()).isEqualTo(4);
      assertThat(report.path("drift").asLong()).isEqualTo(5);
      JsonNode company = report.path("operations").path("getCompany");
      assertThat(company.path("count").asLong()).isEqualTo(3);
      assertThat(company.path("violations"))
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.path("pointer").asText()).isEqualTo("/data/client_count");
                assertThat(v.path("count").asLong()).isEqualTo(3);
              });
      // Two rows missing the same field are one kind, counted twice.
      JsonNode companies = report.path("operations").path("listCompanies");
      assertThat(companies.path("violations"))
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.path("pointer").asText()).isEqualTo("/data/0/name");
                assertThat(v.path("count").asLong()).isEqualTo(2);
              });
      assertThat(run.stderr())
          .contains(
              "mock proxy: 5 spec violations (5 in upstream answers) in 4 exchanges:"
                  + " getCompany 3, listCompanies 2 | report: "
                  + dir.resolve("drift.json"))
          .doesNotContain(TOKEN);
    }
  }

  @Test
  void aRunWithoutDriftEndsWithStatus0AndAnEmptyReport() throws Exception {
    try (FakeUpstream api = new FakeUpstream()) {
      api.answer(
          "GET",
          "/api/v3/companies",
          Canned.json(
              200,
              FakeUpstream.RATE_LIMIT,
              "{\"success\":true,\"data\":[{\"id\":\"a\",\"name\":\"A\"}]}"));
      Run run =
          run(
              api,
              client -> assertThat(client.get("/api/v3/companies", TOKEN).status()).isEqualTo(200));
      assertThat(run.exit()).isZero();
      assertThat(run.report().path("total").asLong()).isZero();
      assertThat(run.report().path("operations").size()).isZero();
      assertThat(run.stderr()).contains("mock proxy: no spec violations in 1 exchange");
    }
  }

  private record Run(int exit, String stderr, JsonNode report) {}

  private interface Calls {
    void make(TestClient client);
  }

  private Run run(FakeUpstream api, Calls calls) throws Exception {
    Path report = dir.resolve("drift.json");
    int exit;
    String stderr;
    try (MockProcess mock =
        MockProcess.start(dir, "--proxy-to", api.baseUrl(), "--report", report.toString())) {
      calls.make(new TestClient(mock.baseUrl()).unchecked());
      exit = mock.stop();
      stderr = mock.stderr();
    }
    return new Run(exit, stderr, Json.MAPPER.readTree(report.toFile()));
  }
}
