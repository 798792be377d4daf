package io.compliancescorecard.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test during which the servers in this JVM printed a stack trace or logged at ERROR to
 * standard error (where slf4j-simple logs): a client's mistake is answered, never logged as the
 * server's failure. Output still passes through. Test classes run one after another, so what is
 * caught is the test's doing; Jetty may still log one WARN line about a connection its client
 * dropped mid-exchange.
 */
final class NoStackTraceInServerOutput implements BeforeEachCallback, AfterEachCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(NoStackTraceInServerOutput.class);

  private record Caught(PrintStream original, ByteArrayOutputStream bytes) {}

  @Override
  public void beforeEach(ExtensionContext context) {
    PrintStream original = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStream tee =
        new OutputStream() {
          @Override
          public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            original.write(b, off, len);
            bytes.write(b, off, len);
          }
        };
    System.setErr(new PrintStream(tee, true, StandardCharsets.UTF_8));
    context.getStore(NAMESPACE).put(Caught.class, new Caught(original, bytes));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Caught caught = context.getStore(NAMESPACE).remove(Caught.class, Caught.class);
    System.setErr(caught.original());
    assertThat(caught.bytes().toString(StandardCharsets.UTF_8))
        .as("server output")
        .doesNotContain("\tat ")
        .doesNotContain(" ERROR ");
  }
}
