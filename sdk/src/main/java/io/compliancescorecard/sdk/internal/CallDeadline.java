package io.compliancescorecard.sdk.internal;

import java.time.Duration;
import okhttp3.Request;

/**
 * When a call with a timeout must be over, tagged on its request: a wait that would outlast it is
 * not begun, so that the call ends with its last failure when it has to instead of after a wait
 * that OkHttp's call timeout cannot cut short.
 */
public final class CallDeadline {

  private final long deadlineNanos;

  private CallDeadline(long deadlineNanos) {
    this.deadlineNanos = deadlineNanos;
  }

  /**
   * @param timeout the call's timeout, starting now
   * @return the deadline
   */
  public static CallDeadline after(Duration timeout) {
    return new CallDeadline(System.nanoTime() + timeout.toNanos());
  }

  /**
   * @param request a request, tagged or not
   * @param wait a wait about to begin
   * @return whether the wait ends before the request's deadline (always true without one)
   */
  static boolean allows(Request request, Duration wait) {
    CallDeadline deadline = request.tag(CallDeadline.class);
    return deadline == null || deadline.deadlineNanos - System.nanoTime() > wait.toNanos();
  }
}
