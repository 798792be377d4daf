package io.compliancescorecard.cli.input;

import io.compliancescorecard.cli.CliRuntime;
import io.compliancescorecard.cli.error.CliException;
import io.compliancescorecard.cli.error.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads what a command takes from outside its arguments: files, standard input (`-`), and secrets,
 * which are never taken as arguments (shells keep those in history and `ps` shows them) but from
 * standard input, a file, an environment variable or a no-echo terminal prompt.
 */
public final class InputReader {

  private final CliRuntime runtime;
  private boolean stdinUsed;

  public InputReader(CliRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * A secret from {@code source} if given (a file path, `-` for stdin), else from {@code envName},
   * else from a no-echo prompt; empty if none is available and {@code required} is false.
   */
  public Optional<String> secret(String label, String source, String envName, boolean required) {
    if (source != null) {
      return Optional.of(text(label, source));
    }
    Optional<String> fromEnv = envName == null ? Optional.empty() : runtime.env(envName);
    if (fromEnv.isPresent()) {
      return fromEnv;
    }
    if (runtime.console().isPresent()) {
      char[] typed =
          runtime
              .console()
              .get()
              .readPassword("%s%s: ", label, required ? "" : " (empty for none)");
      String value = typed == null ? "" : new String(typed).trim();
      if (!value.isEmpty()) {
        return Optional.of(value);
      }
    }
    if (required) {
      throw new CliException(
          ExitCodes.USAGE,
          "no "
              + label
              + " given: pipe it on stdin"
              + (envName == null ? "" : ", set " + envName)
              + " or run in a terminal to be prompted");
    }
    return Optional.empty();
  }

  /** The trimmed content of a file, or of standard input for `-`. */
  public String text(String label, String source) {
    return source.equals("-") ? fromStdin(label) : fromFile(label, Path.of(source));
  }

  /** The whole of standard input, trimmed; usable once per command. */
  public String fromStdin(String label) {
    if (stdinUsed) {
      throw CliException.usage("only one value can be read from stdin");
    }
    stdinUsed = true;
    try {
      return nonEmpty(label, new String(runtime.stdin().readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.ERROR, "cannot read " + label + " from stdin: " + e.getMessage(), e);
    }
  }

  private static String fromFile(String label, Path file) {
    try {
      return nonEmpty(label, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw CliException.usage(
          "cannot read " + label + " from " + file + ": " + e.getClass().getSimpleName());
    }
  }

  private static String nonEmpty(String label, String text) {
    String value = text.trim();
    if (value.isEmpty()) {
      throw CliException.usage(label + " is empty");
    }
    return value;
  }
}
