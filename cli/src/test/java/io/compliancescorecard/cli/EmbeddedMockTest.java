package io.compliancescorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `--env mock` needs no set-up: the mock server starts in-process and csc logs in to it. */
class EmbeddedMockTest {

  @TempDir Path home;

  @Test
  void theReadmeCommandWorksWithNoConfiguration() throws Exception {
    CscRunner.Result result =
        new CscRunner(home).run("--env", "mock", "clients", "list", "--company", "company123");

    assertThat(result.exitCode).as(result.toString()).isZero();
    assertThat(new ObjectMapper().readTree(result.out).toString()).contains("Globex Corporation");
    assertThat(result.err).isEmpty();
  }

  @Test
  void mockEnvironmentComesFromTheEnvironmentVariableToo() {
    CscRunner.Result result =
        new CscRunner(home).env("CSC_ENV", "mock").run("auth", "status", "--query", ".email");

    assertThat(result.out).as(result.toString()).isEqualTo("john@example.com\n");
  }
}
