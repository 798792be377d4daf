package io.compliancescorecard.mock.internal.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Auth0's brute-force protection for the password grant: after {@code maxAttempts} consecutive
 * failed logins for one user from one address, that user is blocked from that address (even with
 * the right password) for {@code block}; a successful login clears the count. Counts are per user
 * and address, so one attacker cannot lock a user out everywhere.
 */
public final class LoginThrottle {

  // Usernames are the client's choice: past this many tracked pairs, stale ones are dropped.
  private static final int MAX_TRACKED = 10_000;

  private final int maxAttempts;
  private final Duration block;
  private final Clock clock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  /**
   * @param maxAttempts failed logins per user and address before blocking; 0 turns the protection
   *     off
   * @param block how long a block lasts
   */
  public LoginThrottle(int maxAttempts, Duration block, Clock clock) {
    this.maxAttempts = maxAttempts;
    this.block = block;
    this.clock = clock;
  }

  /** Whether {@code username} is blocked from {@code address}. */
  public boolean blocked(String username, String address) {
    if (maxAttempts == 0) {
      return false;
    }
    Failures current = failures.get(key(username, address));
    return current != null
        && current.count >= maxAttempts
        && clock.instant().isBefore(current.last.plus(block));
  }

  /** Counts a failed login; a count whose block has run out starts again. */
  public void failed(String username, String address) {
    if (maxAttempts == 0) {
      return;
    }
    if (failures.size() >= MAX_TRACKED) {
      Instant now = clock.instant();
      failures.values().removeIf(f -> f.count < maxAttempts || !now.isBefore(f.last.plus(block)));
    }
    Instant now = clock.instant();
    failures.compute(
        key(username, address),
        (k, f) ->
            f == null || f.count >= maxAttempts
                ? new Failures(1, now)
                : new Failures(f.count + 1, now));
  }

  /** A successful login clears the user's count from that address. */
  public void succeeded(String username, String address) {
    failures.remove(key(username, address));
  }

  /** Lifts every block and forgets every count (an admin reset). */
  public void reset() {
    failures.clear();
  }

  private static String key(String username, String address) {
    return username.toLowerCase(Locale.ROOT) + " " + (address == null ? "-" : address);
  }

  private record Failures(int count, Instant last) {}
}
