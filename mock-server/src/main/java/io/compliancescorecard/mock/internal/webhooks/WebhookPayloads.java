package io.compliancescorecard.mock.internal.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.compliancescorecard.mock.internal.http.Json;
import io.compliancescorecard.mock.internal.spec.ApiSpec;
import io.compliancescorecard.mock.internal.store.DataStore;
import io.compliancescorecard.mock.internal.store.Policy;
import java.time.Clock;

/**
 * Builds delivery bodies ({@code event}, {@code timestamp}, {@code data}). Triggered events start from the
 * spec's own examples of {@code PolicyWebhookEvent} and {@code AssessmentWebhookEvent}, adjusted to the
 * event (its actor field, status, score), the way {@code stripe trigger} sends a realistic sample.
 */
final class WebhookPayloads {

  private static final String SAMPLE_ACTOR = "user789";

  private final JsonNode policyExample;
  private final JsonNode assessmentExample;
  private final Clock clock;

  WebhookPayloads(ApiSpec spec, Clock clock) {
    this.policyExample = spec.schemaExample("PolicyWebhookEvent").get("data");
    this.assessmentExample = spec.schemaExample("AssessmentWebhookEvent").get("data");
    this.clock = clock;
  }

  /** The body announcing that {@code policy} of {@code clientId} was created by {@code userId}. */
  ObjectNode policyCreated(Policy policy, String clientId, String userId) {
    ObjectNode data = Json.object();
    data.put("policy_id", policy.id());
    data.put("title", policy.title());
    data.put("client_id", clientId);
    data.put("version", policy.currentVersion());
    data.put("status", policy.status());
    data.put("created_by", userId);
    return envelope(WebhookEventType.POLICY_CREATED, data);
  }

  /** A realistic sample of {@code type}, with {@code overrides} (may be null) laid over its data. */
  ObjectNode sample(WebhookEventType type, JsonNode overrides) {
    ObjectNode data = type.isPolicyEvent() ? policySample(type) : assessmentSample(type);
    if (overrides != null && overrides.isObject()) {
      data.setAll((ObjectNode) overrides);
    }
    return envelope(type, data);
  }

  private ObjectNode policySample(WebhookEventType type) {
    ObjectNode data = policyExample.deepCopy();
    data.remove("published_by");
    data.put(type.action() + "_by", SAMPLE_ACTOR);
    if (type == WebhookEventType.POLICY_REJECTED) {
      data.put("reason", "Missing a section on incident escalation.");
    }
    return data;
  }

  private ObjectNode assessmentSample(WebhookEventType type) {
    ObjectNode data = assessmentExample.deepCopy();
    switch (type) {
      case ASSESSMENT_STARTED -> data.put("status", "in_progress").put("completion_percentage", 0)
          .putNull("score");
      case ASSESSMENT_COMPLETED, ASSESSMENT_SCORED -> data.put("status", "completed").put("completion_percentage", 100);
      case ASSESSMENT_FAILED -> data.put("status", "failed").putNull("score")
          .put("error", "The ConnectWise integration stopped answering during data collection.");
      default -> throw new IllegalArgumentException(type + " is not an assessment event");
    }
    return data;
  }

  private ObjectNode envelope(WebhookEventType type, ObjectNode data) {
    ObjectNode body = Json.object();
    body.put("event", type.wireName());
    body.put("timestamp", DataStore.timestamp(clock.instant()));
    body.set("data", data);
    return body;
  }
}
