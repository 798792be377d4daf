package io.compliancescorecard.cli;

import java.io.Console;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What a csc process takes from its surroundings: environment variables, standard input, whether
 * its streams are terminals, and the no-echo console. Tests build one by hand to run commands
 * in-process.
 */
public final class CliRuntime {

  private final Map<String, String> env;
  private final InputStream stdin;
  private final boolean stdoutTerminal;
  private final boolean stderrTerminal;
  private final Console console;

  public CliRuntime(
      Map<String, String> env,
      InputStream stdin,
      boolean stdoutTerminal,
      boolean stderrTerminal,
      Console console) {
    this.env = Map.copyOf(env);
    this.stdin = stdin;
    this.stdoutTerminal = stdoutTerminal;
    this.stderrTerminal = stderrTerminal;
    this.console = console;
  }

  /**
   * The real process. The launcher tells whether stdout and stderr are terminals (`[ -t 1 ]`),
   * which the JDK cannot; without it, the presence of a console stands in for both.
   */
  static CliRuntime system() {
    Console console = System.console();
    boolean fallback = console != null;
    return new CliRuntime(
        System.getenv(),
        System.in,
        flag("csc.stdout.tty", fallback),
        flag("csc.stderr.tty", fallback),
        console);
  }

  private static boolean flag(String property, boolean fallback) {
    String value = System.getProperty(property);
    return value == null ? fallback : Boolean.parseBoolean(value);
  }

  public Optional<String> env(String name) {
    String value = env.get(name);
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  public InputStream stdin() {
    return stdin;
  }

  public boolean stdoutTerminal() {
    return stdoutTerminal;
  }

  public boolean stderrTerminal() {
    return stderrTerminal;
  }

  /** The interactive console for no-echo prompts, if there is one. */
  public Optional<Console> console() {
    return Optional.ofNullable(console);
  }

  /** `$XDG_CONFIG_HOME/compliance-scorecard`, by default `~/.config/compliance-scorecard`. */
  public Path configDir() {
    Path base =
        env("XDG_CONFIG_HOME")
            .map(Path::of)
            .orElseGet(
                () -> Path.of(env("HOME").orElse(System.getProperty("user.home")), ".config"));
    return base.resolve("compliance-scorecard");
  }

  /** Colour is off when `NO_COLOR` is set to anything, as https://no-color.org asks. */
  public boolean noColorRequested() {
    return env.containsKey("NO_COLOR");
  }
}
