package io.compliancescorecard.cli;

import io.compliancescorecard.cli.config.ConfigStore;
import io.compliancescorecard.cli.config.Settings;
import io.compliancescorecard.cli.input.InputReader;
import io.compliancescorecard.cli.options.GlobalOptions;
import io.compliancescorecard.cli.output.Printer;
import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * The state of one csc invocation: its runtime, streams and global options, and what is built from
 * them only when a command needs it (settings, printer, API session), so `csc config list` never
 * loads HTTP.
 */
public final class CliContext implements AutoCloseable {

  private final CliRuntime runtime;
  private final Supplier<GlobalOptions> globals;
  private PrintWriter out;
  private PrintWriter err;
  private Settings settings;
  private InputReader input;
  private ApiSession session;

  CliContext(CliRuntime runtime, Supplier<GlobalOptions> globals) {
    this.runtime = runtime;
    this.globals = globals;
  }

  void streams(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  public CliRuntime runtime() {
    return runtime;
  }

  public GlobalOptions globals() {
    return globals.get();
  }

  /** stdout: data only. */
  public PrintWriter out() {
    return out;
  }

  /** stderr: progress, notices and errors. */
  public PrintWriter err() {
    return err;
  }

  public ConfigStore configStore() {
    return new ConfigStore(runtime.configDir());
  }

  public Settings settings() {
    if (settings == null) {
      settings = Settings.resolve(globals(), runtime, configStore().load());
    }
    return settings;
  }

  public Printer printer() {
    GlobalOptions options = globals();
    boolean color = !options.noColor && !runtime.noColorRequested() && runtime.stdoutTerminal();
    return new Printer(out, settings().output(), options.query, color);
  }

  /** Whether stderr may carry colour and live progress. */
  public boolean interactiveStderr() {
    return runtime.stderrTerminal() && !globals().noColor && !runtime.noColorRequested();
  }

  public InputReader input() {
    if (input == null) {
      input = new InputReader(runtime);
    }
    return input;
  }

  /**
   * The API session, opened on first use (which starts the embedded mock server for `--env mock`).
   */
  public ApiSession session() {
    if (session == null) {
      session = ApiSession.open(this);
    }
    return session;
  }

  @Override
  public void close() {
    if (session != null) {
      session.close();
    }
  }
}
