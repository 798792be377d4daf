package io.compliancescorecard.sdk.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/** An event of a type this SDK version does not know; its data stays a JSON tree. */
public final class GenericWebhook extends WebhookEvent {

  GenericWebhook(String type, OffsetDateTime timestamp, JsonNode payload) {
    super(type, timestamp, payload);
  }

  /**
   * @return the event's {@code data}, or a missing node when the body has none
   */
  public JsonNode data() {
    return payload().path("data");
  }
}
