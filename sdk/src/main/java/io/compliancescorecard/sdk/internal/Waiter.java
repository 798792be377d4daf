package io.compliancescorecard.sdk.internal;

import io.compliancescorecard.sdk.retry.WaitEvent;
import io.compliancescorecard.sdk.retry.WaitListener;
import java.io.InterruptedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes the waits of retries and throttling, announcing each first (at DEBUG and to the caller's listener). */
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
   * @param event the wait about to be made
   * @param why what the wait is for, used in the exception message
   * @throws InterruptedIOException if the thread is interrupted meanwhile
   */
  void await(WaitEvent event, String why) throws InterruptedIOException {
    LOG.debug("{}", event);
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
