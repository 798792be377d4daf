package io.compliancescorecard.cli;

import static io.compliancescorecard.cli.MockLogins.JOHN;
import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import io.compliancescorecard.mock.MockServerOptions;
import io.compliancescorecard.mock.chaos.ChaosRule;
import io.compliancescorecard.mock.junit.MockServerExtension;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Rate limits, server errors and network failures, each with its exit code and one stderr line. */
class ErrorExitCodesTest {

  @RegisterExtension
  static final MockServerExtension MOCK =
      new MockServerExtension(
          MockServerOptions.builder()
              .rateLimit("general", 2, Duration.ofHours(1))
              .chaos(
                  new ChaosRule(
                      Pattern.compile(".*/assessment-events$"), 1.0, Duration.ZERO, 503, null))
              .build());

  @TempDir Path home;

  @Test
  void spentRateLimitExitsWith7() {
    CscRunner csc = MockLogins.csc(MOCK, home, JOHN);
    csc.run("companies", "list");
    csc.run("companies", "list");

    CscRunner.Result limited = csc.run("companies", "list");

    assertThat(limited.exitCode).as(limited.toString()).isEqualTo(7);
    assertThat(limited.err).contains("RATE_LIMITED").contains("retry after");
    assertThat(limited.err).as("a reset an hour away is not waited for").doesNotContain("waiting");
    assertThat(limited.out).isEmpty();
  }

  @Test
  void aWaitBeforeARetryIsAnnouncedOnStderr() {
    CscRunner csc = MockLogins.csc(MOCK, home, MockLogins.SUPER_ADMIN);

    CscRunner.Result failed =
        csc.run(
            "assessments",
            "list",
            "--company",
            "company123",
            "--client",
            "client456",
            "--max-retries",
            "1");

    assertThat(failed.exitCode).as(failed.toString()).isEqualTo(8);
    assertThat(failed.err.lines().filter(line -> line.contains("waiting")))
        .singleElement(as(STRING))
        .matches(
            "csc: HTTP 503 on GET /api/v3/companies/company123/clients/client456"
                + "/assessment-events; waiting \\d+m?s \\(attempt 2/2\\)");
    assertThat(failed.out).isEmpty();
  }

  @Test
  void nothingIsAnnouncedWhenNoWaitHappens() {
    CscRunner.Result listed = MockLogins.csc(MOCK, home, MockLogins.JANE).run("companies", "list");

    assertThat(listed.exitCode).as(listed.toString()).isZero();
    assertThat(listed.err).isEmpty();
  }

  @Test
  void serverErrorExitsWith8WithoutStackTraceUnlessVerbose() {
    CscRunner csc = MockLogins.csc(MOCK, home, MockLogins.SUPER_ADMIN);

    CscRunner.Result failed =
        csc.run(
            "assessments",
            "list",
            "--company",
            "company123",
            "--client",
            "client456",
            "--max-retries",
            "0");
    CscRunner.Result verbose =
        csc.run(
            "assessments",
            "list",
            "--company",
            "company123",
            "--client",
            "client456",
            "--max-retries",
            "0",
            "--verbose");

    assertThat(failed.exitCode).as(failed.toString()).isEqualTo(8);
    assertThat(failed.err.lines()).hasSize(1);
    assertThat(verbose.exitCode).isEqualTo(8);
    assertThat(verbose.err).contains("\tat io.compliancescorecard");
  }

  @Test
  void unreachableServerExitsWith8() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    CscRunner.Result result =
        new CscRunner(home)
            .env("CSC_TOKEN", "t")
            .run(
                "companies",
                "list",
                "--base-url",
                "http://127.0.0.1:" + closedPort,
                "--max-retries",
                "0");

    assertThat(result.exitCode).as(result.toString()).isEqualTo(8);
    assertThat(result.err.lines()).hasSize(1);
  }
}
