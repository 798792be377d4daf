package io.compliancescorecard.sdk.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import io.compliancescorecard.sdk.model.AssessmentEventData;
import java.time.OffsetDateTime;

/** An {@code assessment.started/completed/scored/failed} event. */
public final class AssessmentWebhook extends WebhookEvent {

  private final AssessmentEventData data;

  AssessmentWebhook(
      String type, OffsetDateTime timestamp, JsonNode payload, AssessmentEventData data) {
    super(type, timestamp, payload);
    this.data = data;
  }

  /**
   * @return the assessment event, its status and, when known, its score or error
   */
  public AssessmentEventData data() {
    return data;
  }
}
