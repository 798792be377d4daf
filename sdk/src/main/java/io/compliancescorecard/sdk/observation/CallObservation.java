package io.compliancescorecard.sdk.observation;

import io.compliancescorecard.sdk.retry.WaitEvent;

/**
 * One call's course, as told to a {@link CallObserver}. All methods run on the thread making the
 * call, in order: attempts and waits alternate, token renewals come just before the attempt they
 * serve, and {@link #onEnd} comes last, exactly once. Every method does nothing unless overridden.
 */
public interface CallObservation {

  /** Hears nothing. */
  CallObservation NONE = new CallObservation() {};

  /**
   * A request is about to be sent: the first attempt, a retry, or the repeat after a 401 with a
   * fresh token.
   *
   * @param attempt its number, and a way to add a header (a trace context) to it
   */
  default void onAttempt(AttemptStart attempt) {}

  /**
   * The client is about to wait: before a retry (a backoff, or a 429's reset) or, when throttling,
   * before sending at all. Also told to the client's {@code WaitListener}, if any.
   *
   * @param wait why, before which attempt and for how long
   */
  default void onWait(WaitEvent wait) {}

  /**
   * The token provider handed out a token other than the last one this client sent.
   *
   * @param renewal why and how long getting it took
   */
  default void onTokenRenewal(TokenRenewal renewal) {}

  /**
   * The call is over: a response arrived for good (any status) or it failed without one.
   *
   * @param end its status or failure, attempts and duration
   */
  default void onEnd(CallEnd end) {}
}
