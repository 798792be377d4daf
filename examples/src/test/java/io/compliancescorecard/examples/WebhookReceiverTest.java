package io.compliancescorecard.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.compliancescorecard.sdk.ApiResponse;
import io.compliancescorecard.sdk.ComplianceScorecardClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookReceiverTest {

  private static final String SECRET = "whsec_receiver_test";

  @Test
  void handlesEveryEventTypeTheMockServerSignsAndRejectsAForgedDelivery() throws IOException {
    StringWriter text = new StringWriter();
    PrintWriter log = new PrintWriter(text, true);
    try (WebhookReceiver receiver = new WebhookReceiver(0, SECRET, log);
        ComplianceScorecardClient client = SharedMock.connection().client()) {
      ApiResponse<String> subscribed =
          client.rawRequest(
              "POST",
              "/_mock/webhooks",
              "{\"url\":\"" + receiver.url() + "\",\"secret\":\"" + SECRET + "\"}");
      assertThat(subscribed.status()).isEqualTo(201);
      String subscription = new ObjectMapper().readTree(subscribed.data()).at("/data/id").asText();
      try {
        WebhookReceiver.triggerEveryEvent(client);

        await().atMost(Duration.ofSeconds(30)).until(() -> handled(text).size() == 9);
        assertThat(handled(text))
            .anySatisfy(
                line -> assertThat(line).startsWith("handled policy.created: track new policy"))
            .anySatisfy(
                line -> assertThat(line).startsWith("handled policy.updated: refresh policy"))
            .anySatisfy(
                line -> assertThat(line).startsWith("handled policy.published: notify staff"))
            .anySatisfy(
                line -> assertThat(line).startsWith("handled policy.approved: record approval"))
            .anySatisfy(line -> assertThat(line).startsWith("handled policy.rejected: reopen"))
            .anySatisfy(
                line -> assertThat(line).startsWith("handled assessment.started: mark assessment"))
            .anySatisfy(
                line -> assertThat(line).startsWith("handled assessment.completed: queue scoring"))
            .anySatisfy(
                line -> assertThat(line).startsWith("handled assessment.scored: store score"))
            .anySatisfy(
                line -> assertThat(line).startsWith("handled assessment.failed: alert on-call"));

        assertThat(receiver.forgeDelivery()).isEqualTo(400);
        assertThat(text.toString()).contains("rejected a delivery: ").doesNotContain("pol-forged");
        assertThat(handled(text)).hasSize(9);
      } finally {
        client.rawRequest("DELETE", "/_mock/webhooks/" + subscription, null);
      }
    }
  }

  private static List<String> handled(StringWriter text) {
    return text.toString().lines().filter(line -> line.startsWith("handled ")).toList();
  }
}
