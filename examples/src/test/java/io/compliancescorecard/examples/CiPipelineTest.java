package io.compliancescorecard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs examples/ci-pipeline.sh as CI would; the cli module has packaged ./csc's jar before this module's tests. */
class CiPipelineTest {

  @Test
  void thePipelineScriptPassesEveryCheckAgainstTheMockServer() throws IOException, InterruptedException {
    Path output = Files.createTempFile("ci-pipeline", ".log");
    try {
      Process process = new ProcessBuilder("bash", "ci-pipeline.sh")
          .redirectErrorStream(true)
          .redirectOutput(output.toFile())
          .start();
      // Generous: about a dozen JVM starts, which a loaded 2-core machine makes slow.
      boolean finished = process.waitFor(10, TimeUnit.MINUTES);
      if (!finished) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
      }
      String log = Files.readString(output, StandardCharsets.UTF_8);
      assertThat(finished).as("finished within 10 minutes; log:%n%s", log).isTrue();
      assertThat(process.exitValue()).as("exit code; log:%n%s", log).isZero();
      assertThat(log).contains("ok: logged in to company123", "ok: the new policy is a draft",
          "ok: another tenant's company exits 5", "ok: a server that always fails exits 8",
          "ok: the receiver verified policy.published", "ok: reset removed the new client",
          "ok: the embedded mock lists the seeded clients", "ci-pipeline: all checks passed");
    } finally {
      Files.deleteIfExists(output);
    }
  }
}
