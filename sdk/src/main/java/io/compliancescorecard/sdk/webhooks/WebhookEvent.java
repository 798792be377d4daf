package io.compliancescorecard.sdk.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import io.compliancescorecard.sdk.model.WebhookEventType;
import java.time.OffsetDateTime;

/**
 * A webhook delivery's body: {@code event}, {@code timestamp} and {@code data}.
 *
 * <p>The nine documented types parse into {@link PolicyWebhook} ({@code policy.*}) or {@link
 * AssessmentWebhook} ({@code assessment.*}) with typed data; any other type parses into a {@link
 * GenericWebhook}, so a new event type on the server never breaks a receiver. The only way to get
 * one is {@link WebhookVerifier#constructEvent}, so that no code acts on a body whose signature was
 * not checked.
 */
public abstract class WebhookEvent {

  private final String type;
  private final OffsetDateTime timestamp;
  private final JsonNode payload;

  WebhookEvent(String type, OffsetDateTime timestamp, JsonNode payload) {
    this.type = type;
    this.timestamp = timestamp;
    this.payload = payload;
  }

  /**
   * @return the event type exactly as sent, for example {@code policy.published}
   */
  public String type() {
    return type;
  }

  /**
   * @return the documented event type, or {@link WebhookEventType#UNKNOWN_DEFAULT_OPEN_API}
   */
  public WebhookEventType eventType() {
    return WebhookEventType.fromValue(type);
  }

  /**
   * @return when the event happened
   */
  public OffsetDateTime timestamp() {
    return timestamp;
  }

  /**
   * @return the whole body as a JSON tree, including properties this SDK does not model
   */
  public JsonNode payload() {
    return payload;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{type=" + type + ", timestamp=" + timestamp + "}";
  }
}
