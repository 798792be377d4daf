package io.compliancescorecard.sdk.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.compliancescorecard.sdk.internal.Json;
import io.compliancescorecard.sdk.model.AssessmentEventData;
import io.compliancescorecard.sdk.model.PolicyEventData;
import io.compliancescorecard.sdk.model.WebhookEventType;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Turns a delivery body into the matching {@link WebhookEvent} subtype. */
final class WebhookEventParser {

  private WebhookEventParser() {}

  static WebhookEvent parse(byte[] body) {
    JsonNode root = readTree(body);
    JsonNode event = root.path("event");
    if (!event.isTextual() || event.asText().isEmpty()) {
      throw new WebhookException("webhook body has no \"event\" type");
    }
    String type = event.asText();
    OffsetDateTime timestamp = timestamp(root.path("timestamp"));
    JsonNode data = root.path("data");
    switch (familyOf(type)) {
      case POLICY:
        return new PolicyWebhook(type, timestamp, root, data(data, PolicyEventData.class, type));
      case ASSESSMENT:
        return new AssessmentWebhook(
            type, timestamp, root, data(data, AssessmentEventData.class, type));
      default:
        return new GenericWebhook(type, timestamp, root);
    }
  }

  private enum Family {
    POLICY,
    ASSESSMENT,
    OTHER
  }

  private static Family familyOf(String type) {
    switch (WebhookEventType.fromValue(type)) {
      case POLICY_CREATED:
      case POLICY_UPDATED:
      case POLICY_PUBLISHED:
      case POLICY_APPROVED:
      case POLICY_REJECTED:
        return Family.POLICY;
      case ASSESSMENT_STARTED:
      case ASSESSMENT_COMPLETED:
      case ASSESSMENT_SCORED:
      case ASSESSMENT_FAILED:
        return Family.ASSESSMENT;
      default:
        return Family.OTHER;
    }
  }

  private static JsonNode readTree(byte[] body) {
    try {
      JsonNode root = Json.mapper().readTree(body);
      if (root == null || !root.isObject()) {
        throw new WebhookException("webhook body is not a JSON object");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new WebhookException("webhook body is not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new WebhookException("webhook body cannot be read", e);
    }
  }

  private static OffsetDateTime timestamp(JsonNode node) {
    if (!node.isTextual()) {
      throw new WebhookException("webhook body has no \"timestamp\"");
    }
    try {
      return OffsetDateTime.parse(node.asText());
    } catch (DateTimeParseException e) {
      throw new WebhookException(
          "webhook \"timestamp\" is not an ISO-8601 date-time: " + node.asText(), e);
    }
  }

  private static <T> T data(JsonNode data, Class<T> type, String eventType) {
    if (!data.isObject()) {
      throw new WebhookException(eventType + " webhook has no \"data\" object");
    }
    try {
      return Json.mapper().treeToValue(data, type);
    } catch (JsonProcessingException e) {
      throw new WebhookException(
          eventType + " webhook data is invalid: " + e.getOriginalMessage(), e);
    }
  }
}
