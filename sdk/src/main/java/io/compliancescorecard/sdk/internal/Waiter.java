package io.compliancescorecard.sdk.internal;

import io.compliancescorecard.sdk.retry.WaitEvent;
import io.compliancescorecard.sdk.retry.WaitListener;
import java.io.InterruptedIOException;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the waits of retries and throttling, announcing each first (at DEBUG, to the caller's
 * listener and to the call's observer).
 */
public final class Waiter {

  private static final Logger LOG = LoggerFactory.getLogger(Waiter.class);

  private final Sleeper sleeper;
  private final WaitListener listener;

  /**
   * @param sleeper how to wait
   * @param listener told before each wait, or null
   */
  public Waiter(Sleeper sleeper, WaitListener listener) {
    this.sleeper = sleeper;
    this.listener = listener;
  }

  /**
   * @param request the request that waits
   * @param event the wait about to be made
   * @param why what the wait is for, used in the exception message
   * @throws InterruptedIOException if the thread is interrupted meanwhile
   */
  void await(Request request, WaitEvent event, String why) throws InterruptedIOException {
    LOG.debug("{}", event);
    ObservedCall call = ObservedCall.of(request);
    if (call != null) {
      call.waiting(event);
    }
    if (listener != null) {
      try {
        listener.onWait(event);
      } catch (RuntimeException e) {
        // A faulty listener must not turn a recoverable wait into a failed call.
        LOG.warn("the wait listener failed; waiting anyway", e);
      }
    }
    sleeper.sleepInterruptibly(event.waitTime(), why);
  }
}
