package io.compliancescorecard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs examples/ci-pipeline.sh as CI would; the cli module has packaged ./csc's jar before this
 * module's tests.
 */
class CiPipelineTest {

  @Test
  void thePipelineScriptPassesEveryCheckAgainstTheMockServer()
      throws IOException, InterruptedException {
    Run run = runPipeline(Map.of(), Duration.ofMinutes(10));

    assertThat(run.exitCode()).as("exit code; log:%n%s", run.log()).isZero();
    assertThat(run.log())
        .contains(
            "ok: logged in to company123",
            "ok: the new policy is a draft",
            "ok: another tenant's company exits 5",
            "ok: a server that always fails exits 8",
            "ok: the receiver verified policy.published",
            "ok: reset removed the new client",
            "ok: the embedded mock lists the seeded clients",
            "ci-pipeline: all checks passed");
  }

  @Test
  void thePipelineFailsWithAClearMessageWhenTheMockServerCannotStart()
      throws IOException, InterruptedException {
    Run run = runPipeline(Map.of("JAVA_HOME", "/nonexistent-jdk"), Duration.ofMinutes(1));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.log())
        .contains("ci-pipeline: FAILED: the mock server exited")
        .doesNotContain("ok: ");
  }

  private record Run(int exitCode, String log) {}

  private static Run runPipeline(Map<String, String> env, Duration timeout)
      throws IOException, InterruptedException {
    Path output = Files.createTempFile("ci-pipeline", ".log");
    try {
      ProcessBuilder builder =
          new ProcessBuilder("bash", "ci-pipeline.sh")
              .redirectErrorStream(true)
              .redirectOutput(output.toFile());
      builder.environment().putAll(env);
      Process process = builder.start();
      // Generous: about a dozen JVM starts, which a loaded 2-core machine makes slow.
      boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!finished) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
      }
      String log = Files.readString(output, StandardCharsets.UTF_8);
      assertThat(finished).as("finished within %s; log:%n%s", timeout, log).isTrue();
      return new Run(process.exitValue(), log);
    } finally {
      Files.deleteIfExists(output);
    }
  }
}
