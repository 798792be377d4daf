package io.compliancescorecard.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone command in a child JVM, as a CI job runs it, started once its ready line is out.
 * Its output goes to files, not pipes: a pipe read while the process exits can fail with "Stream
 * closed".
 */
final class MockProcess implements AutoCloseable {

  private static final Pattern READY = Pattern.compile("ready at (http://\\S+)");

  private final Process process;
  private final Path stdout;
  private final Path stderr;
  private final String baseUrl;

  private MockProcess(Process process, Path stdout, Path stderr) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
    this.baseUrl =
        await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(50))
            .until(this::readyUrl, url -> url != null);
  }

  /**
   * @param dir where its output files go
   * @param args the command's arguments, after {@code --port 0}
   * @return the process, once it has printed its ready line
   */
  static MockProcess start(Path dir, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            MockServerCommand.class.getName(),
            "--port",
            "0"));
    command.addAll(List.of(args));
    Path stdout = dir.resolve("stdout");
    Path stderr = dir.resolve("stderr");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    try {
      return new MockProcess(process, stdout, stderr);
    } catch (RuntimeException e) {
      process.destroyForcibly();
      throw e;
    }
  }

  String baseUrl() {
    return baseUrl;
  }

  /**
   * Stops it as a signal does (SIGTERM) and waits for it to end.
   *
   * @return its exit status
   */
  int stop() throws InterruptedException {
    process.destroy();
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    return process.exitValue();
  }

  String stdout() throws IOException {
    return Files.readString(stdout);
  }

  String stderr() throws IOException {
    return Files.readString(stderr);
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }

  private String readyUrl() throws IOException {
    Matcher url = READY.matcher(stdout());
    return url.find() ? url.group(1) : null;
  }
}
