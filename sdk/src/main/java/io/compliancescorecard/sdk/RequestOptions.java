package io.compliancescorecard.sdk;

import java.util.Optional;

/** Per-call options of a create. Immutable. */
public final class RequestOptions {

  private static final RequestOptions NONE = new RequestOptions(null);

  private final String idempotencyKey;

  private RequestOptions(String idempotencyKey) {
    this.idempotencyKey = idempotencyKey;
  }

  /** @return no options: the client generates the idempotency key */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * Sends {@code key} as the {@code Idempotency-Key}, for example to repeat a create safely from a job
   * that restarted: a repeated key replays the first response where the server honours it.
   *
   * @param key up to 255 characters; a UUID is recommended
   * @return the options
   */
  public static RequestOptions idempotencyKey(String key) {
    if (key == null || key.isBlank() || key.length() > 255) {
      throw new IllegalArgumentException("an idempotency key has 1 to 255 characters");
    }
    return new RequestOptions(key);
  }

  /** @return the caller's idempotency key, if set */
  public Optional<String> idempotencyKeyValue() {
    return Optional.ofNullable(idempotencyKey);
  }
}
