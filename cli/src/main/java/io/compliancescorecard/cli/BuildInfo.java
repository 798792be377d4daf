package io.compliancescorecard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What the build recorded about itself in {@code version.properties}: csc's version, the git commit
 * and the day it was built. Free of picocli, so that {@link Main} answers `--version` loading
 * nothing else.
 */
final class BuildInfo {

  private BuildInfo() {}

  /** The `--version` line: the build's version, commit and date, and the Java runtime in use. */
  static String versionLine() {
    Properties build = properties();
    return "csc "
        + version(build)
        + " (commit "
        + known(build.getProperty("commit"))
        + ", built "
        + known(build.getProperty("date"))
        + "; Java "
        + System.getProperty("java.runtime.version")
        + ", "
        + System.getProperty("java.vendor")
        + ")";
  }

  /** The version from the build, for example 0.1.0-SNAPSHOT. */
  static String version() {
    return version(properties());
  }

  private static String version(Properties build) {
    return build.getProperty("version", "unknown");
  }

  /**
   * An unfiltered placeholder (a build outside git leaves {@code ${git.commit.id.abbrev}}) reads
   * "unknown".
   */
  private static String known(String value) {
    return value == null || value.isEmpty() || value.startsWith("${") ? "unknown" : value;
  }

  private static Properties properties() {
    Properties properties = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
