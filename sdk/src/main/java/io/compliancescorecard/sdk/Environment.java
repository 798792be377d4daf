package io.compliancescorecard.sdk;

/** The hosted API environments. Any other base URL can be given to the client builder directly. */
public enum Environment {
  /** The live production API (the default). */
  PRODUCTION("https://go-api.compliancerisk.io/"),
  /** Pre-production testing. */
  STAGING("https://staging-api.compliancerisk.io/"),
  /** Development and testing. */
  DEVELOPMENT("https://dev-api.compliancerisk.io/");

  private final String baseUrl;

  Environment(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * @return the environment's base URL, with a trailing slash
   */
  public String baseUrl() {
    return baseUrl;
  }
}
