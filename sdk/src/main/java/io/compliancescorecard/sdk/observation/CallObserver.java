package io.compliancescorecard.sdk.observation;

/**
 * Observes the client's calls. Installed with {@code ComplianceScorecardClient.Builder#observer};
 * without one the client does no observation work at all.
 *
 * <p>{@link #start} is called once per logical call to the API (a typed call or a raw request,
 * however many attempts it takes) on the calling thread, and the {@link CallObservation} it returns
 * hears the rest of that call. Requests to any other origin through the client's {@code
 * OkHttpClient} are not observed. An exception an observer throws is logged and ignored: the call
 * goes on.
 *
 * <pre>{@code
 * CallObserver logging = call -> {
 *   long started = System.nanoTime();
 *   return new CallObservation() {
 *     public void onWait(WaitEvent wait) { log.info("{}: {}", call.operation(), wait); }
 *     public void onEnd(CallEnd end) { log.info("{} -> {} after {} attempt(s)", call.operation(), end.status(), end.attempts()); }
 *   };
 * };
 * }</pre>
 */
@FunctionalInterface
public interface CallObserver {

  /**
   * @param call the operation about to be called
   * @return what hears the rest of this call; {@link CallObservation#NONE} to ignore it
   */
  CallObservation start(CallStart call);
}
