package io.compliancescorecard.mock;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What the servers in this JVM write to standard error (where slf4j-simple logs) while a test runs, still
 * passed through. Test classes run one after another, so what is caught is the running test's doing.
 */
final class ServerOutput implements AutoCloseable {

  private final PrintStream original = System.err;
  private final ByteArrayOutputStream caught = new ByteArrayOutputStream();

  private ServerOutput() {
    System.setErr(new PrintStream(new TeeStream(original, caught), true, StandardCharsets.UTF_8));
  }

  /** Starts catching standard error. */
  static ServerOutput catchIt() {
    return new ServerOutput();
  }

  /** What was written so far. */
  String text() {
    return caught.toString(StandardCharsets.UTF_8);
  }

  /**
   * Fails when a stack trace was printed or anything logged at ERROR. Jetty may still log one WARN line
   * about a connection its client dropped mid-exchange.
   */
  void assertNoStackTrace() {
    org.assertj.core.api.Assertions.assertThat(text()).as("server output")
        .doesNotContain("\tat ").doesNotContain(" ERROR ");
  }

  /** Stops catching. */
  @Override
  public void close() {
    System.setErr(original);
  }

  private static final class TeeStream extends OutputStream {
    private final PrintStream first;
    private final ByteArrayOutputStream second;

    TeeStream(PrintStream first, ByteArrayOutputStream second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public synchronized void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      first.write(b, off, len);
      second.write(b, off, len);
    }
  }
}
