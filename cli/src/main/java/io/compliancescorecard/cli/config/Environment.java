package io.compliancescorecard.cli.config;

import java.util.Locale;

/**
 * The API environments `--env` names: the SDK's hosted ones, where their URLs are defined, and
 * `mock`, which starts the mock server inside the csc process.
 */
public enum Environment {
  PRODUCTION(io.compliancescorecard.sdk.Environment.PRODUCTION),
  STAGING(io.compliancescorecard.sdk.Environment.STAGING),
  DEVELOPMENT(io.compliancescorecard.sdk.Environment.DEVELOPMENT),
  MOCK(null);

  private final io.compliancescorecard.sdk.Environment hosted;

  Environment(io.compliancescorecard.sdk.Environment hosted) {
    this.hosted = hosted;
  }

  /** The API's base URL; none for {@link #MOCK}, whose URL is known only once it has started. */
  public String baseUrl() {
    return hosted == null ? null : hosted.baseUrl();
  }

  /** Parses a name in any case, as `CSC_ENV` and the config file spell it. */
  public static Environment parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown environment '" + name + "' (expected production, staging, development or mock)",
          e);
    }
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
