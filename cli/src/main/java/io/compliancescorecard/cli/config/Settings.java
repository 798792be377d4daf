package io.compliancescorecard.cli.config;

import io.compliancescorecard.cli.CliRuntime;
import io.compliancescorecard.cli.error.CliException;
import io.compliancescorecard.cli.options.GlobalOptions;
import io.compliancescorecard.cli.output.OutputFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The effective settings of one invocation, each taken from the first layer that has it: flag, then
 * environment variable (`CSC_TOKEN`, `CSC_BASE_URL`, `CSC_PROFILE`, `CSC_ENV`), then the profile,
 * then the default. Environment and base URL form one layer decision: `--env staging` beats
 * `CSC_BASE_URL`.
 */
public final class Settings {

  public static final String DEFAULT_PROFILE = "default";
  static final int DEFAULT_TIMEOUT_SECONDS = 30;
  static final int DEFAULT_MAX_RETRIES = 3;

  private final String profileName;
  private final Map<String, String> profile;
  private final Environment environment;
  private final String baseUrl;
  private final String token;
  private final OutputFormat output;
  private final int timeoutSeconds;
  private final int maxRetries;

  private Settings(
      String profileName,
      Map<String, String> profile,
      Environment environment,
      String baseUrl,
      String token,
      OutputFormat output,
      int timeoutSeconds,
      int maxRetries) {
    this.profileName = profileName;
    this.profile = profile;
    this.environment = environment;
    this.baseUrl = baseUrl;
    this.token = token;
    this.output = output;
    this.timeoutSeconds = timeoutSeconds;
    this.maxRetries = maxRetries;
  }

  /**
   * Resolves every setting; a malformed value in the environment or the profile is a usage error.
   */
  public static Settings resolve(
      GlobalOptions flags, CliRuntime runtime, Map<String, Map<String, String>> profiles) {
    String profileName = profileName(flags, runtime);
    Map<String, String> profile = profiles.getOrDefault(profileName, Map.of());
    try {
      Environment environment;
      String baseUrl;
      if (flags.baseUrl != null || flags.env != null) {
        environment = flags.env;
        baseUrl = flags.baseUrl;
      } else if (runtime.env("CSC_BASE_URL").isPresent() || runtime.env("CSC_ENV").isPresent()) {
        environment = runtime.env("CSC_ENV").map(Environment::parse).orElse(null);
        baseUrl = runtime.env("CSC_BASE_URL").orElse(null);
      } else {
        environment = value(profile, ConfigKey.ENV).map(Environment::parse).orElse(null);
        baseUrl = value(profile, ConfigKey.BASE_URL).orElse(null);
      }
      if (environment == null) {
        environment = Environment.PRODUCTION;
      }
      if (baseUrl == null) {
        baseUrl = environment.baseUrl();
      } else if (environment == Environment.MOCK) {
        throw CliException.usage(
            "--env mock starts its own server; do not combine it with a base URL");
      }
      String token =
          runtime.env("CSC_TOKEN").or(() -> value(profile, ConfigKey.TOKEN)).orElse(null);
      OutputFormat output =
          Optional.ofNullable(flags.output)
              .or(() -> value(profile, ConfigKey.OUTPUT).map(OutputFormat::parse))
              .orElse(runtime.stdoutTerminal() ? OutputFormat.TABLE : OutputFormat.JSON);
      int timeout =
          Optional.ofNullable(flags.timeoutSeconds)
              .or(() -> value(profile, ConfigKey.TIMEOUT).map(Integer::valueOf))
              .orElse(DEFAULT_TIMEOUT_SECONDS);
      int retries =
          Optional.ofNullable(flags.maxRetries)
              .or(() -> value(profile, ConfigKey.MAX_RETRIES).map(Integer::valueOf))
              .orElse(DEFAULT_MAX_RETRIES);
      if (timeout <= 0 || retries < 0) {
        throw CliException.usage("--timeout must be positive and --max-retries not negative");
      }
      return new Settings(
          profileName,
          profile,
          environment,
          baseUrl == null ? null : stripSlash(baseUrl),
          token,
          output,
          timeout,
          retries);
    } catch (IllegalArgumentException e) {
      throw CliException.usage(e.getMessage());
    }
  }

  /** The profile in use: `--profile`, else `CSC_PROFILE`, else `default`. */
  public static String profileName(GlobalOptions flags, CliRuntime runtime) {
    return Optional.ofNullable(flags.profile)
        .or(() -> runtime.env("CSC_PROFILE"))
        .orElse(DEFAULT_PROFILE);
  }

  private static Optional<String> value(Map<String, String> profile, ConfigKey key) {
    return Optional.ofNullable(profile.get(key.key())).filter(v -> !v.isEmpty());
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  public String profileName() {
    return profileName;
  }

  /** A profile setting as stored, for the Auth0 login details. */
  public Optional<String> profileValue(ConfigKey key) {
    return value(profile, key);
  }

  public Environment environment() {
    return environment;
  }

  /** The API base URL without a trailing slash; null for the embedded mock until it has started. */
  public String baseUrl() {
    return baseUrl;
  }

  /** A bearer token from `CSC_TOKEN` or the profile, if any. */
  public Optional<String> token() {
    return Optional.ofNullable(token);
  }

  public OutputFormat output() {
    return output;
  }

  public int timeoutSeconds() {
    return timeoutSeconds;
  }

  public int maxRetries() {
    return maxRetries;
  }
}
