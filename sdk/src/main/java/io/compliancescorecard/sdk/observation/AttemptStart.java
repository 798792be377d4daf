package io.compliancescorecard.sdk.observation;

/** An attempt about to be sent, as told to {@link CallObservation#onAttempt}. */
public interface AttemptStart {

  /**
   * @return 1 for the first attempt, 2 for the next one, and so on
   */
  int number();

  /**
   * Adds a header to this attempt only, for example a W3C {@code traceparent}. It goes only to the
   * API's own origin, as every observed request does.
   *
   * @param name a header the request does not carry yet
   * @param value its value
   * @throws IllegalArgumentException if the SDK already sets that header (such as {@code
   *     Authorization})
   */
  void header(String name, String value);
}
