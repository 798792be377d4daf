package io.compliancescorecard.sdk.auth;

import java.util.Objects;

/**
 * A fixed token, given directly or read from the {@value #ENVIRONMENT_VARIABLE} environment
 * variable.
 */
public final class StaticTokenProvider implements TokenProvider {

  /** The environment variable {@link #fromEnvironment()} reads. */
  public static final String ENVIRONMENT_VARIABLE = "CSC_TOKEN";

  private final String token;

  private StaticTokenProvider(String token) {
    this.token = token;
  }

  /**
   * @param token a bearer token (without the {@code Bearer } prefix)
   * @return a provider that always returns it
   */
  public static StaticTokenProvider of(String token) {
    Objects.requireNonNull(token, "token");
    if (token.isBlank()) {
      throw new IllegalArgumentException("token must not be blank");
    }
    return new StaticTokenProvider(token.trim());
  }

  /**
   * @return a provider with the token of {@value #ENVIRONMENT_VARIABLE}
   * @throws IllegalStateException if the variable is unset or blank
   */
  public static StaticTokenProvider fromEnvironment() {
    String value = System.getenv(ENVIRONMENT_VARIABLE);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "no credentials: set " + ENVIRONMENT_VARIABLE + " or configure a TokenProvider");
    }
    return of(value);
  }

  @Override
  public String token() {
    return token;
  }

  @Override
  public String toString() {
    return "StaticTokenProvider{token=[REDACTED]}";
  }
}
