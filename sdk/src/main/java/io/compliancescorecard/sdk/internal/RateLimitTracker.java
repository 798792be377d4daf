package io.compliancescorecard.sdk.internal;

import io.compliancescorecard.sdk.ratelimit.RateLimit;
import io.compliancescorecard.sdk.ratelimit.RateLimitCategory;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest rate-limit snapshot per category, shared by every request of one client. Thread-safe.
 */
public final class RateLimitTracker {

  private final Map<RateLimitCategory, RateLimit> latest = new ConcurrentHashMap<>();

  /**
   * @param snapshot the snapshot of the response just received
   */
  public void record(RateLimit snapshot) {
    latest.put(snapshot.category(), snapshot);
  }

  /**
   * @param category a budget
   * @return the latest snapshot of that budget, if any response reported it yet
   */
  public Optional<RateLimit> latest(RateLimitCategory category) {
    return Optional.ofNullable(latest.get(category));
  }
}
