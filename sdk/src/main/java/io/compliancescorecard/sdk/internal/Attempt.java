package io.compliancescorecard.sdk.internal;

/**
 * The retry loop's position, tagged on each attempt's request so that a wait further down the chain
 * (throttling) can say which attempt it delays.
 */
final class Attempt {

  /** A request sent without the retry interceptor: one attempt of one. */
  static final Attempt ONLY = new Attempt(1, 1);

  final int number;
  final int max;

  Attempt(int number, int max) {
    this.number = number;
    this.max = max;
  }
}
