package io.compliancescorecard.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.compliancescorecard.sdk.model.AssessmentStatus;
import io.compliancescorecard.sdk.model.PolicyStatus;
import io.compliancescorecard.sdk.model.WebhookEventType;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parser behind {@link WebhookVerifier#constructEvent}, on bodies whose signature is not the
 * point here.
 */
class WebhookEventTest {

  private static WebhookEvent parse(String body) {
    return WebhookEventParser.parse(body.getBytes(StandardCharsets.UTF_8));
  }

  private static String body(String type, String data) {
    return "{\"event\":\""
        + type
        + "\",\"timestamp\":\"2025-03-31T17:00:00Z\",\"data\":"
        + data
        + "}";
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "policy.created",
        "policy.updated",
        "policy.published",
        "policy.approved",
        "policy.rejected"
      })
  void policyEventsParseWithTypedData(String type) {
    WebhookEvent event =
        parse(
            body(
                type,
                "{\"policy_id\":\"p1\",\"title\":\"T\",\"client_id\":\"c1\",\"version\":\"1.0\",\"status\":\"rejected\","
                    + "\"rejected_by\":\"u1\",\"reason\":\"too vague\"}"));

    assertThat(event).isInstanceOf(PolicyWebhook.class);
    assertThat(event.type()).isEqualTo(type);
    assertThat(event.eventType())
        .isEqualTo(WebhookEventType.fromValue(type))
        .isNotEqualTo(WebhookEventType.UNKNOWN_DEFAULT_OPEN_API);
    assertThat(event.timestamp()).isEqualTo(OffsetDateTime.parse("2025-03-31T17:00:00Z"));
    PolicyWebhook policy = (PolicyWebhook) event;
    assertThat(policy.data().getPolicyId()).isEqualTo("p1");
    assertThat(policy.data().getStatus()).isEqualTo(PolicyStatus.REJECTED);
    assertThat(policy.data().getReason()).isEqualTo("too vague");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "assessment.started",
        "assessment.completed",
        "assessment.scored",
        "assessment.failed"
      })
  void assessmentEventsParseWithTypedData(String type) {
    WebhookEvent event =
        parse(
            body(
                type,
                "{\"assessment_id\":\"e1\",\"name\":\"Q1\",\"client_id\":\"c1\",\"template_id\":\"t1\",\"status\":\"completed\","
                    + "\"completion_percentage\":100,\"score\":78.2}"));

    assertThat(event).isInstanceOf(AssessmentWebhook.class);
    AssessmentWebhook assessment = (AssessmentWebhook) event;
    assertThat(assessment.data().getAssessmentId()).isEqualTo("e1");
    assertThat(assessment.data().getStatus()).isEqualTo(AssessmentStatus.COMPLETED);
    assertThat(assessment.data().getScore()).isEqualTo(78.2);
  }

  @Test
  void unknownEventTypeParsesIntoAGenericEvent() {
    WebhookEvent event = parse(body("report.generated", "{\"report_id\":\"r1\"}"));

    assertThat(event).isInstanceOf(GenericWebhook.class);
    assertThat(event.type()).isEqualTo("report.generated");
    assertThat(event.eventType()).isEqualTo(WebhookEventType.UNKNOWN_DEFAULT_OPEN_API);
    assertThat(((GenericWebhook) event).data().path("report_id").asText()).isEqualTo("r1");
  }

  @Test
  void unknownPropertiesAndEnumValuesAreTolerated() {
    PolicyWebhook event =
        (PolicyWebhook)
            parse(
                body(
                        "policy.updated",
                        "{\"policy_id\":\"p1\",\"title\":\"T\",\"client_id\":\"c1\",\"version\":\"1.1\",\"status\":\"under_review\","
                            + "\"brand_new\":{\"nested\":true}}")
                    .replace("{\"event\"", "{\"delivery_id\":\"d1\",\"event\""));

    assertThat(event.data().getStatus()).isEqualTo(PolicyStatus.UNKNOWN_DEFAULT_OPEN_API);
    assertThat(event.payload().path("delivery_id").asText()).isEqualTo("d1");
  }

  @Test
  void malformedBodiesGiveAClearWebhookException() {
    assertThatThrownBy(() -> parse("{\"event\":"))
        .isInstanceOf(WebhookException.class)
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> parse("[1,2]")).hasMessageContaining("not a JSON object");
    assertThatThrownBy(() -> parse("")).isInstanceOf(WebhookException.class);
    assertThatThrownBy(() -> parse("{\"timestamp\":\"2025-03-31T17:00:00Z\"}"))
        .hasMessageContaining("no \"event\"");
    assertThatThrownBy(
            () -> parse(body("policy.created", "{}").replace("2025-03-31T17:00:00Z", "yesterday")))
        .hasMessageContaining("not an ISO-8601");
    assertThatThrownBy(
            () -> parse("{\"event\":\"policy.created\",\"timestamp\":\"2025-03-31T17:00:00Z\"}"))
        .hasMessageContaining("no \"data\" object");
    assertThatThrownBy(() -> parse(body("assessment.scored", "{\"score\":\"high\"}")))
        .isInstanceOf(WebhookException.class)
        .hasMessageContaining("data is invalid");
  }
}
