package io.compliancescorecard.mock.internal.store;

/**
 * An integration's API key configuration. {@code apiKey} and {@code apiSecret} are stored and never
 * shown; {@code clientId} is the integration's own client id, not ours.
 */
public record ApiKey(
    String id,
    String type,
    String name,
    String status,
    String apiKey,
    String apiSecret,
    String serverUrl,
    String clientId,
    String lastSync,
    String createdAt) {

  /** Keeps the secrets out of logs and exception messages. */
  @Override
  public String toString() {
    return "ApiKey[id=" + id + ", type=" + type + ", name=" + name + "]";
  }
}
