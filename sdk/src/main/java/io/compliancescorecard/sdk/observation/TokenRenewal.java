package io.compliancescorecard.sdk.observation;

import java.time.Duration;
import java.util.Objects;

/**
 * A token other than the last one sent, as told to {@link CallObservation#onTokenRenewal}. Never
 * the token itself.
 */
public final class TokenRenewal {

  /** Why the provider's token changed. */
  public enum Reason {
    /** The client's first token. */
    INITIAL,
    /** The provider handed out a new token by itself, typically renewed ahead of its expiry. */
    RENEWED,
    /**
     * The API answered 401 and the provider gave a fresh token, with which the request is repeated.
     */
    REJECTED
  }

  private final Reason reason;
  private final Duration duration;

  /**
   * @param reason why the token changed
   * @param duration how long the provider took to hand it out (a token request, for Auth0)
   */
  public TokenRenewal(Reason reason, Duration duration) {
    this.reason = Objects.requireNonNull(reason, "reason");
    this.duration = Objects.requireNonNull(duration, "duration");
  }

  /**
   * @return why the token changed
   */
  public Reason reason() {
    return reason;
  }

  /**
   * @return how long the provider took to hand it out
   */
  public Duration duration() {
    return duration;
  }

  @Override
  public String toString() {
    return "token " + reason + " in " + duration.toMillis() + " ms";
  }
}
