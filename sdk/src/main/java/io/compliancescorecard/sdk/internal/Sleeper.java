package io.compliancescorecard.sdk.internal;

import java.io.InterruptedIOException;
import java.time.Duration;

/** Waits between attempts; replaced in tests so that no test sleeps for real. */
@FunctionalInterface
public interface Sleeper {

  /** The real thing: {@link Thread#sleep(long)}. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  /**
   * @param duration how long to wait
   * @throws InterruptedException if the thread is interrupted meanwhile
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Waits, turning an interrupt into the I/O failure OkHttp expects while keeping the interrupt
   * flag.
   *
   * @param duration how long to wait
   * @param why what the wait is for, used in the exception message
   * @throws InterruptedIOException if the thread is interrupted meanwhile
   */
  default void sleepInterruptibly(Duration duration, String why) throws InterruptedIOException {
    try {
      sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted =
          new InterruptedIOException("interrupted while waiting " + why);
      interrupted.initCause(e);
      throw interrupted;
    }
  }
}
