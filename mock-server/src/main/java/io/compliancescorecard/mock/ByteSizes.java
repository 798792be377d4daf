package io.compliancescorecard.mock;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads sizes as people write them on a command line: {@code 2000} (bytes), {@code 512KiB}, {@code
 * 1MiB} ({@code k}, {@code m} alike).
 */
final class ByteSizes {

  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(|b|k|kb|kib|m|mb|mib)");

  private ByteSizes() {}

  static long parse(String text) {
    Matcher m = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a size (examples: 2000, 512KiB, 1MiB)");
    }
    long n = Long.parseLong(m.group(1));
    // Binary units, as memory is counted: a "1MB" limit admits what a 1 MiB buffer holds.
    return switch (m.group(2)) {
      case "k", "kb", "kib" -> n * 1024;
      case "m", "mb", "mib" -> n * 1024 * 1024;
      default -> n;
    };
  }
}
