package io.compliancescorecard.mock.internal.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.compliancescorecard.mock.internal.http.Json;
import io.compliancescorecard.mock.internal.spec.ApiSpec;
import io.compliancescorecard.mock.internal.spec.SpecWebhook;
import io.compliancescorecard.mock.internal.store.DataStore;
import io.compliancescorecard.mock.internal.store.Policy;
import java.time.Clock;

/**
 * Builds delivery bodies ({@code event}, {@code timestamp}, {@code data}). A triggered event starts
 * from the spec's example of its payload schema ({@code PolicyWebhookEvent}, {@code
 * AssessmentWebhookEvent}), adjusted to the event (its actor field, status, score), the way {@code
 * stripe trigger} sends a realistic sample. An event the spec adds later is sent as its schema's
 * example.
 */
final class WebhookPayloads {

  /** The event a created policy fires. */
  static final String POLICY_CREATED = "policy.created";

  private static final String POLICY_EVENTS = "policy.";
  private static final String SAMPLE_ACTOR = "user789";

  private final ApiSpec spec;
  private final Clock clock;

  WebhookPayloads(ApiSpec spec, Clock clock) {
    if (!spec.webhooks().containsKey(POLICY_CREATED)) {
      throw new IllegalStateException("the spec's x-webhooks has no " + POLICY_CREATED);
    }
    this.spec = spec;
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
    return envelope(POLICY_CREATED, data);
  }

  /**
   * A realistic sample of {@code event}, with {@code overrides} (may be null) laid over its data.
   */
  ObjectNode sample(SpecWebhook event, JsonNode overrides) {
    ObjectNode data = spec.schemaExample(event.payloadSchema()).get("data").deepCopy();
    String name = event.event();
    if (name.startsWith(POLICY_EVENTS)) {
      // The example is a publication; each policy event names its own actor.
      data.remove("published_by");
      data.put(name.substring(POLICY_EVENTS.length()) + "_by", SAMPLE_ACTOR);
    }
    switch (name) {
      case "policy.rejected" -> data.put("reason", "Missing a section on incident escalation.");
      case "assessment.started" ->
          data.put("status", "in_progress").put("completion_percentage", 0).putNull("score");
      case "assessment.completed", "assessment.scored" ->
          data.put("status", "completed").put("completion_percentage", 100);
      case "assessment.failed" ->
          data.put("status", "failed")
              .putNull("score")
              .put(
                  "error", "The ConnectWise integration stopped answering during data collection.");
      default -> {
        // The example as it is.
      }
    }
    if (overrides != null && overrides.isObject()) {
      data.setAll((ObjectNode) overrides);
    }
    return envelope(name, data);
  }

  private ObjectNode envelope(String event, ObjectNode data) {
    ObjectNode body = Json.object();
    body.put("event", event);
    body.put("timestamp", DataStore.timestamp(clock.instant()));
    body.set("data", data);
    return body;
  }
}
