package io.compliancescorecard.mock;

import static io.compliancescorecard.mock.JsonAssert.assertSameJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.compliancescorecard.mock.internal.http.Json;
import io.compliancescorecard.mock.internal.webhooks.DeliverySignature;
import io.compliancescorecard.mock.junit.MockServerExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WebhooksTest {

  private static final String SECRET = "whsec_test_secret";

  @RegisterExtension
  static final MockServerExtension MOCK =
      new MockServerExtension(
          MockServerOptions.builder()
              .webhookAttempts(3)
              .webhookBackoff(Duration.ofMillis(20))
              .webhookTimeout(Duration.ofSeconds(5))
              .build());

  private final TestClient api = new TestClient(MOCK.baseUrl());
  private WebhookReceiver receiver;
  private String subscription;

  @BeforeEach
  void subscribe() {
    receiver = new WebhookReceiver();
    Reply created =
        api.post(
            "/_mock/webhooks",
            null,
            "{\"url\":\"" + receiver.url() + "\",\"secret\":\"" + SECRET + "\"}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body()).doesNotContain(SECRET);
    subscription = created.data().get("id").asText();
  }

  @AfterEach
  void unsubscribe() {
    assertThat(api.send("DELETE", "/_mock/webhooks/" + subscription, null, null).status())
        .isEqualTo(200);
    receiver.close();
  }

  /**
   * The SDK's verifier accepting these deliveries is examples' WebhookContractTest: this module
   * does not use the SDK.
   */
  @Test
  void everyEventTypeCanBeTriggeredAndArrivesSignedInTheDocumentedShape() throws Exception {
    assertThat(SpecResponses.spec().webhooks()).hasSize(9);
    for (String event : SpecResponses.spec().webhooks().keySet()) {
      Reply triggered = api.post("/_mock/webhooks/trigger", null, "{\"event\":\"" + event + "\"}");
      assertThat(triggered.status()).isEqualTo(202);

      WebhookReceiver.Received delivery = receiver.next();
      assertSignedNowWithTheSubscriptionsSecret(delivery);
      JsonNode body = Json.MAPPER.readTree(delivery.body());
      assertThat(body.get("event").asText()).isEqualTo(event);
      assertThat(body.at("/data/client_id").asText()).isEqualTo("client456");
      String schema = event.startsWith("policy.") ? "PolicyWebhookEvent" : "AssessmentWebhookEvent";
      assertThat(SpecSchemas.errors(schema, body)).as(event).isEmpty();
    }
  }

  @Test
  void theSpecsWebhookExamplesAreWhatTriggerSends() throws Exception {
    for (String schema : List.of("PolicyWebhookEvent", "AssessmentWebhookEvent")) {
      JsonNode example = SpecResponses.spec().schemaExample(schema);
      api.post(
          "/_mock/webhooks/trigger", null, "{\"event\":\"" + example.get("event").asText() + "\"}");
      JsonNode body = Json.MAPPER.readTree(receiver.next().body());
      ((com.fasterxml.jackson.databind.node.ObjectNode) body)
          .set("timestamp", example.get("timestamp"));
      assertSameJson(schema, example, body);
    }
  }

  @Test
  void triggerDataOverridesTheSample() throws Exception {
    api.post(
        "/_mock/webhooks/trigger",
        null,
        "{\"event\":\"policy.approved\",\"data\":{\"policy_id\":\"policy999\"}}");
    JsonNode body = Json.MAPPER.readTree(receiver.next().body());
    assertThat(body.at("/data/policy_id").asText()).isEqualTo("policy999");
    assertThat(body.at("/data/approved_by").asText()).isNotBlank();
  }

  @Test
  void creatingAPolicyFiresPolicyCreatedWithoutWaitingForTheReceiver() throws Exception {
    CountDownLatch release = receiver.hold();
    long started = System.nanoTime();
    Reply created =
        api.post(
            "/api/v3/companies/company123/clients/client456/policies",
            MOCK.token(),
            "{\"title\":\"Webhook Policy\"}");
    long tookMillis = (System.nanoTime() - started) / 1_000_000;
    assertThat(created.status()).isEqualTo(201);
    // The receiver is still holding the delivery: the API call did not wait for it.
    assertThat(receiver.count()).isZero();
    assertThat(tookMillis).isLessThan(10_000);
    release.countDown();

    WebhookReceiver.Received delivery = receiver.next();
    assertSignedNowWithTheSubscriptionsSecret(delivery);
    JsonNode body = Json.MAPPER.readTree(delivery.body());
    assertThat(body.get("event").asText()).isEqualTo("policy.created");
    assertThat(body.at("/data/policy_id").asText()).isEqualTo(created.data().get("id").asText());
    assertThat(body.at("/data/title").asText()).isEqualTo("Webhook Policy");
    assertThat(body.at("/data/client_id").asText()).isEqualTo("client456");
    assertThat(body.at("/data/version").asText()).isEqualTo("1.0");
    assertThat(body.at("/data/created_by").asText()).isEqualTo("abc123");
  }

  @Test
  void failedDeliveriesAreRetriedWithBackoffUntilAcknowledged() throws Exception {
    receiver.answer(500, 503);
    String id =
        api.post("/_mock/webhooks/trigger", null, "{\"event\":\"policy.updated\"}")
            .data()
            .get(0)
            .get("id")
            .asText();

    receiver.next();
    receiver.next();
    receiver.next();
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> "delivered".equals(delivery(id).get("status").asText()));
    assertThat(delivery(id).get("attempts").asInt()).isEqualTo(3);
    assertThat(delivery(id).get("response_status").asInt()).isEqualTo(200);
  }

  @Test
  void deliveriesThatNeverSucceedEndAsFailedAfterTheLastAttempt() {
    receiver.answer(500, 500, 500);
    String id =
        api.post("/_mock/webhooks/trigger", null, "{\"event\":\"assessment.failed\"}")
            .data()
            .get(0)
            .get("id")
            .asText();
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> "failed".equals(delivery(id).get("status").asText()));
    assertThat(delivery(id).get("attempts").asInt()).isEqualTo(3);
    assertThat(delivery(id).get("response_status").asInt()).isEqualTo(500);
  }

  @Test
  void subscriptionsCanBeListedAndValidated() {
    assertThat(api.get("/_mock/webhooks", null).data())
        .anySatisfy(s -> assertThat(s.get("id").asText()).isEqualTo(subscription));
    assertThat(api.post("/_mock/webhooks", null, "{\"url\":\"ftp://x\",\"secret\":\"s\"}").status())
        .isEqualTo(422);
    assertThat(api.post("/_mock/webhooks", null, "{\"url\":\"http://127.0.0.1:1/x\"}").status())
        .isEqualTo(422);
    assertThat(api.post("/_mock/webhooks/trigger", null, "{\"event\":\"policy.deleted\"}").status())
        .isEqualTo(422);
  }

  /** Signed over the exact bytes received, with this subscription's secret, at about now. */
  private static void assertSignedNowWithTheSubscriptionsSecret(WebhookReceiver.Received delivery) {
    String signature = delivery.header("X-Scorecard-Signature");
    assertThat(signature).matches("t=\\d+,v1=[0-9a-f]{64}");
    long t = Long.parseLong(signature.substring(2, signature.indexOf(',')));
    assertThat(t).isCloseTo(Instant.now().getEpochSecond(), within(60L));
    assertThat(signature).isEqualTo(DeliverySignature.header(SECRET, t, delivery.body()));
  }

  private JsonNode delivery(String id) {
    for (JsonNode d : api.get("/_mock/webhooks/deliveries", null).data()) {
      if (d.get("id").asText().equals(id)) {
        return d;
      }
    }
    throw new AssertionError("no delivery " + id);
  }
}
