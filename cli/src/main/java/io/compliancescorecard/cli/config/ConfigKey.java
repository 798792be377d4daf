package io.compliancescorecard.cli.config;

import io.compliancescorecard.cli.output.OutputFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The settings a profile holds. Secrets are written only by `auth login` and never shown by
 * `config`.
 */
public enum ConfigKey {
  ENV("env", false, "API environment: production, staging, development or mock"),
  BASE_URL("base-url", false, "API base URL, overriding env"),
  OUTPUT("output", false, "default output format: json, yaml, csv or table"),
  TIMEOUT("timeout", false, "request timeout in seconds"),
  MAX_RETRIES("max-retries", false, "retries of a failed request that is safe to retry"),
  AUTH0_DOMAIN("auth0-domain", false, "Auth0 domain for client-credentials login"),
  AUTH0_CLIENT_ID("auth0-client-id", false, "Auth0 application client id"),
  AUTH0_AUDIENCE("auth0-audience", false, "Auth0 API audience"),
  AUTH0_CLIENT_SECRET("auth0-client-secret", true, "Auth0 client secret (set by auth login)"),
  TOKEN("token", true, "API bearer token (set by auth login)");

  private final String key;
  private final boolean secret;
  private final String description;

  ConfigKey(String key, boolean secret, String description) {
    this.key = key;
    this.secret = secret;
    this.description = description;
  }

  public String key() {
    return key;
  }

  public boolean secret() {
    return secret;
  }

  public String description() {
    return description;
  }

  public static Optional<ConfigKey> find(String key) {
    String wanted = key.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(k -> k.key.equals(wanted)).findFirst();
  }

  /** The keys users may set with `config set`, for messages and completion. */
  public static String settableKeys() {
    return Arrays.stream(values())
        .filter(k -> !k.secret)
        .map(ConfigKey::key)
        .collect(Collectors.joining(", "));
  }

  /**
   * Checks a value before it is stored, so a typo fails at `config set` rather than at the next
   * command.
   */
  public String validate(String value) {
    switch (this) {
      case ENV:
        return Environment.parse(value).toString();
      case OUTPUT:
        return OutputFormat.parse(value).toString();
      case TIMEOUT:
      case MAX_RETRIES:
        try {
          int number = Integer.parseInt(value.trim());
          if (number < 0) {
            throw new IllegalArgumentException(key + " must not be negative");
          }
          return Integer.toString(number);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              key + " must be a whole number, not '" + value + "'", e);
        }
      default:
        return value.trim();
    }
  }
}
