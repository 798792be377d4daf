package io.compliancescorecard.sdk.ratelimit;

/**
 * The budgets the API counts requests against (the spec's {@code x-rate-limit-categories}). Which
 * one an operation counts against is its {@code x-rate-limit-category}.
 */
public enum RateLimitCategory {
  /** The spec's {@code general}: 1000 requests per hour. */
  GENERAL("general"),
  /** The spec's {@code authentication}: 100 requests per 15 minutes. */
  AUTHENTICATION("authentication"),
  /** The spec's {@code file-uploads}: 50 requests per hour (no operation of this API version). */
  FILE_UPLOADS("file-uploads"),
  /** The spec's {@code reports}: 20 requests per hour (no operation of this API version). */
  REPORTS("reports");

  private final String specName;

  RateLimitCategory(String specName) {
    this.specName = specName;
  }

  /**
   * @return the category's name in the spec, for example {@code file-uploads}
   */
  public String specName() {
    return specName;
  }
}
