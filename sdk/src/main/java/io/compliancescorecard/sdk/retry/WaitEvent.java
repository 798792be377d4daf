package io.compliancescorecard.sdk.retry;

import java.time.Duration;
import java.util.Objects;

/** A wait the client is about to make, as told to a {@link WaitListener}. */
public final class WaitEvent {

  /** Why the client waits. */
  public enum Reason {
    /**
     * The server answered 429: the wait lasts until its {@code Retry-After} or reset (else a
     * backoff).
     */
    RATE_LIMITED,
    /** The server answered another retryable status (408, 500, 502, 503, 504): a backoff. */
    RETRYABLE_STATUS,
    /** The attempt failed without a response (refused, reset, timed out): a backoff. */
    IO_FAILURE,
    /**
     * Throttling is on and the budget is known to be spent: the request waits for the reset,
     * unsent.
     */
    THROTTLED
  }

  private final Reason reason;
  private final String method;
  private final String path;
  private final int status;
  private final int attempt;
  private final int maxAttempts;
  private final Duration wait;

  /**
   * @param reason why the client waits
   * @param method the HTTP method, for example {@code GET}
   * @param path the request's encoded path, without the query
   * @param status the status that caused the wait, or 0 when there was no response
   * @param attempt the number of the attempt that follows the wait (the first attempt is 1)
   * @param maxAttempts how many attempts the retry policy allows in all
   * @param wait how long the client waits
   */
  public WaitEvent(
      Reason reason,
      String method,
      String path,
      int status,
      int attempt,
      int maxAttempts,
      Duration wait) {
    this.reason = Objects.requireNonNull(reason, "reason");
    this.method = Objects.requireNonNull(method, "method");
    this.path = Objects.requireNonNull(path, "path");
    this.status = status;
    this.attempt = attempt;
    this.maxAttempts = maxAttempts;
    this.wait = Objects.requireNonNull(wait, "wait");
  }

  /**
   * @return why the client waits
   */
  public Reason reason() {
    return reason;
  }

  /**
   * @return the HTTP method, for example {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * @return the request's encoded path; never the query, whose values could hold secrets
   */
  public String path() {
    return path;
  }

  /**
   * @return the status that caused the wait, or 0 when there was no response (I/O failure,
   *     throttling)
   */
  public int status() {
    return status;
  }

  /**
   * @return the number of the attempt that follows the wait: 2 before the first retry
   */
  public int attempt() {
    return attempt;
  }

  /**
   * @return how many attempts the retry policy allows in all (its retries plus one)
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * @return how long the client waits
   */
  public Duration waitTime() {
    return wait;
  }

  @Override
  public String toString() {
    return reason
        + " "
        + method
        + " "
        + path
        + (status != 0 ? " HTTP " + status : "")
        + ": waiting "
        + wait.toMillis()
        + " ms before attempt "
        + attempt
        + "/"
        + maxAttempts;
  }
}
