package io.compliancescorecard.sdk.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import io.compliancescorecard.sdk.model.PolicyEventData;
import java.time.OffsetDateTime;

/** A {@code policy.created/updated/published/approved/rejected} event. */
public final class PolicyWebhook extends WebhookEvent {

  private final PolicyEventData data;

  PolicyWebhook(String type, OffsetDateTime timestamp, JsonNode payload, PolicyEventData data) {
    super(type, timestamp, payload);
    this.data = data;
  }

  /**
   * @return the policy, its version and the actor ({@code created_by}, {@code published_by}, ...)
   */
  public PolicyEventData data() {
    return data;
  }
}
