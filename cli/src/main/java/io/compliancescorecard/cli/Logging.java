package io.compliancescorecard.cli;

/**
 * Turns on, for `--verbose`, the SDK's redacted HTTP trace; the quiet default (warnings only) is in
 * `simplelogger.properties`. Must run before the first logger is created.
 */
final class Logging {

  private Logging() {}

  static void configure(boolean verbose) {
    if (verbose) {
      System.setProperty("org.slf4j.simpleLogger.log.io.compliancescorecard.sdk.http", "debug");
    }
  }
}
