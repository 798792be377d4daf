package io.compliancescorecard.cli;

/**
 * Configures slf4j-simple, which prints the SDK's and the mock server's log on stderr: quiet by default
 * except for the SDK's retry notices (waiting on a rate limit is worth knowing), and the SDK's redacted
 * HTTP trace with `--verbose`. Must run before the first logger is created.
 */
final class Logging {

    private static final String PREFIX = "org.slf4j.simpleLogger.";

    private Logging() {
    }

    static void configure(boolean verbose) {
        set("logFile", "System.err");
        set("showThreadName", "false");
        set("showLogName", "false");
        set("levelInBrackets", "true");
        set("defaultLogLevel", verbose ? "info" : "warn");
        set("log.io.compliancescorecard.sdk.internal.RetryInterceptor", "debug");
        if (verbose) {
            set("log.io.compliancescorecard.sdk.http", "debug");
        }
    }

    private static void set(String key, String value) {
        if (System.getProperty(PREFIX + key) == null) {
            System.setProperty(PREFIX + key, value);
        }
    }
}
