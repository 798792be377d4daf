package io.compliancescorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the `./csc` launcher as a separate process, from another working directory, against the jar
 * and class-data archive this build has just made (this test runs in the package phase).
 */
class LauncherIT {

  private static final Path REPO =
      Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();

  @TempDir Path workDir;

  private ProcessBuilder launcher(String... args) {
    List<String> command = new ArrayList<>();
    command.add(REPO.resolve("csc").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    builder.environment().put("XDG_CONFIG_HOME", workDir.resolve("config").toString());
    builder.environment().remove("CSC_TOKEN");
    builder.environment().remove("CSC_ENV");
    builder.environment().remove("CSC_BASE_URL");
    return builder;
  }

  private ProcessResult csc(String... args) throws IOException, InterruptedException {
    return csc(Map.of(), args);
  }

  private ProcessResult csc(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    ProcessBuilder builder = launcher(args);
    builder.environment().putAll(env);
    builder.redirectOutput(workDir.resolve("out.txt").toFile());
    builder.redirectError(workDir.resolve("err.txt").toFile());
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("csc finished").isTrue();
    return new ProcessResult(
        process.exitValue(),
        Files.readString(workDir.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(workDir.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void versionPrintsOneLine() throws Exception {
    ProcessResult result = csc("--version");

    assertThat(result.exitCode).as(result.err).isZero();
    assertThat(result.out)
        .matches("csc \\d+\\.\\d+\\.\\d+\\S* \\(commit \\S+, built \\S+; Java .+\\)\n");
    assertThat(result.err).isEmpty();
  }

  @Test
  void theReadmeCommandWorksFromAnyDirectoryWithPipedJsonOutput() throws Exception {
    ProcessResult result = csc("--env", "mock", "clients", "list", "--company", "company123");

    assertThat(result.exitCode).as(result.err).isZero();
    assertThat(new ObjectMapper().readTree(result.out).get(0).has("id")).isTrue();
    assertThat(result.out).doesNotContain("\u001b[");
    assertThat(result.err).isEmpty();
  }

  @Test
  void verboseTracesHttpOnStderrWithTheTokenRedacted() throws Exception {
    ProcessResult result = csc("--env", "mock", "-v", "auth", "status", "--query", ".email");

    assertThat(result.exitCode).as(result.err).isZero();
    assertThat(result.out).isEqualTo("john@example.com\n");
    assertThat(result.err)
        .contains("--> GET http://127.0.0.1:")
        .contains("Authorization: [REDACTED]")
        .doesNotContain("Bearer ");
  }

  @Test
  void usageErrorsExitWith2AndSayWhyOnStderr() throws Exception {
    ProcessResult result = csc("clinets", "list");

    assertThat(result.exitCode).isEqualTo(2);
    assertThat(result.out).isEmpty();
    assertThat(result.err).contains("Did you mean").contains("clients");
  }

  @Test
  void aWaitOnTheRateLimitIsAnnouncedOnStderr() throws Exception {
    Process mock =
        launcher("mock", "--port", "0", "--rate-limit", "general=1/2s")
            .redirectOutput(workDir.resolve("mock.txt").toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      Pattern ready = Pattern.compile("ready at (http://\\S+)");
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> ready.matcher(Files.readString(workDir.resolve("mock.txt"))).find());
      Matcher url = ready.matcher(Files.readString(workDir.resolve("mock.txt")));
      assertThat(url.find()).isTrue();
      Map<String, String> secret = Map.of("CSC_CLIENT_SECRET", "mock-secret");
      assertThat(
              csc(
                      secret,
                      "auth",
                      "login",
                      "--base-url",
                      url.group(1),
                      "--domain",
                      url.group(1),
                      "--client-id",
                      "mock-client")
                  .exitCode)
          .isZero();
      // The budget is per token: both calls use the same one.
      Map<String, String> token = Map.of("CSC_TOKEN", csc("auth", "token").out.strip());
      assertThat(csc(token, "companies", "list").exitCode).isZero();

      ProcessResult limited = csc(token, "companies", "list");

      assertThat(limited.exitCode).as(limited.err).isZero();
      assertThat(limited.err)
          .containsPattern(
              "csc: rate limited on GET /api/v3/companies; waiting \\d+m?s" + " \\(attempt 2/4\\)")
          .doesNotContain("DEBUG");
    } finally {
      mock.destroy();
      mock.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** What a finished process left behind. */
  private static final class ProcessResult {
    final int exitCode;
    final String out;
    final String err;

    ProcessResult(int exitCode, String out, String err) {
      this.exitCode = exitCode;
      this.out = out;
      this.err = err;
    }
  }
}
