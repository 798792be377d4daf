package io.compliancescorecard.sdk.ratelimit;

/** The budgets the API counts requests against (the spec's {@code x-rate-limit-categories}). */
public enum RateLimitCategory {
  /** Every operation that is not one of the others: 1000 requests per hour. */
  GENERAL,
  /** The {@code /api/v3/auth/...} operations: 100 requests per 15 minutes. */
  AUTHENTICATION,
  /** File uploads: 50 requests per hour (no operation of this API version). */
  FILE_UPLOADS,
  /** Reports: 20 requests per hour (no operation of this API version). */
  REPORTS;

  private static final String AUTHENTICATION_PATH = "/api/v3/auth/";

  /**
   * The category a request path counts against.
   *
   * @param encodedPath the request's path, for example {@code /api/v3/auth/user}
   * @return {@link #AUTHENTICATION} for the authentication endpoints, else {@link #GENERAL}
   */
  public static RateLimitCategory ofPath(String encodedPath) {
    return encodedPath.contains(AUTHENTICATION_PATH) ? AUTHENTICATION : GENERAL;
  }
}
