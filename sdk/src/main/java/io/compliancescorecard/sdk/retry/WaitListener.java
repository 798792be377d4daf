package io.compliancescorecard.sdk.retry;

/**
 * Told each time the client is about to wait before sending a request (again): after a 429 until
 * the rate limit resets, between retries, or before sending while throttling. Set it with {@code
 * ComplianceScorecardClient.Builder#waitListener}; a request that is neither retried nor held back
 * never reaches it.
 *
 * <p>It runs on the calling thread (an OkHttp dispatcher thread for async calls) just before the
 * wait, so it should return quickly. An exception it throws is logged and ignored: the call goes
 * on.
 */
@FunctionalInterface
public interface WaitListener {

  /**
   * @param event why, for which request, before which attempt and for how long
   */
  void onWait(WaitEvent event);
}
