package io.compliancescorecard.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs csc in-process with a given environment, stdin and terminal state, capturing stdout and
 * stderr.
 */
public final class CscRunner {

  private final Map<String, String> env = new HashMap<>();
  private String stdin = "";
  private boolean terminal;

  public CscRunner(Path configHome) {
    env.put("XDG_CONFIG_HOME", configHome.toString());
  }

  public CscRunner env(String name, String value) {
    env.put(name, value);
    return this;
  }

  public CscRunner stdin(String text) {
    this.stdin = text;
    return this;
  }

  /** Pretends stdout and stderr are terminals. */
  public CscRunner terminal(boolean terminal) {
    this.terminal = terminal;
    return this;
  }

  public Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Csc.run(runtime(), new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(exitCode, out.toString(), err.toString());
  }

  /**
   * Runs a long-lived command (a listener) on another thread; its output can be read while it runs.
   */
  public Running start(String... args) {
    return new Running(runtime(), args);
  }

  private CliRuntime runtime() {
    return new CliRuntime(
        env,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        terminal,
        terminal,
        null);
  }

  /** A command running in the background. */
  public static final class Running {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final CompletableFuture<Integer> exitCode;

    Running(CliRuntime runtime, String... args) {
      exitCode =
          CompletableFuture.supplyAsync(
              () -> Csc.run(runtime, new PrintWriter(out, true), new PrintWriter(err, true), args));
    }

    public String out() {
      return out.toString();
    }

    public String err() {
      return err.toString();
    }

    public int exitCode(Duration timeout) throws Exception {
      return exitCode.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** What one run left behind. */
  public static final class Result {
    public final int exitCode;
    public final String out;
    public final String err;

    Result(int exitCode, String out, String err) {
      this.exitCode = exitCode;
      this.out = out;
      this.err = err;
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }
}
