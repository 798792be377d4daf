package io.compliancescorecard.sdk.internal;

import okhttp3.Request;

/**
 * A call's own maximum of retries, tagged on its request by the call's options; the retry
 * interceptor uses it instead of its policy's maximum (the policy's backoff still applies).
 */
public final class RetryLimit {

  private final int maxRetries;

  /**
   * @param maxRetries how many times a failed attempt may be repeated
   */
  public RetryLimit(int maxRetries) {
    this.maxRetries = maxRetries;
  }

  /**
   * @param request a request, tagged or not
   * @param policyMaximum the policy's maximum, for an untagged request
   * @return the maximum of retries for that request
   */
  static int of(Request request, int policyMaximum) {
    RetryLimit limit = request.tag(RetryLimit.class);
    return limit == null ? policyMaximum : limit.maxRetries;
  }
}
