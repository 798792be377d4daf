package io.compliancescorecard.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.compliancescorecard.sdk.ApiResponse;
import io.compliancescorecard.sdk.ComplianceScorecardClient;
import io.compliancescorecard.sdk.model.WebhookEventType;
import io.compliancescorecard.sdk.webhooks.AssessmentWebhook;
import io.compliancescorecard.sdk.webhooks.PolicyWebhook;
import io.compliancescorecard.sdk.webhooks.SignatureVerificationException;
import io.compliancescorecard.sdk.webhooks.WebhookEvent;
import io.compliancescorecard.sdk.webhooks.WebhookSigner;
import io.compliancescorecard.sdk.webhooks.WebhookVerifier;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The two sides of a webhook, each with its own code, agree over the wire: deliveries the mock
 * server signs pass the SDK's verifier, for every event type of the SDK's generated model. (Each
 * side is also tested alone against the spec's signature test vector.)
 */
class WebhookContractTest {

  private static final String SECRET = "whsec_contract_test";

  private record Delivery(byte[] body, String signature) {}

  @Test
  void everyEventTheSdkKnowsArrivesFromTheMockSignedSoThatTheSdkVerifiesIt() throws Exception {
    BlockingQueue<Delivery> received = new LinkedBlockingQueue<>();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          received.add(
              new Delivery(
                  exchange.getRequestBody().readAllBytes(),
                  exchange.getRequestHeaders().getFirst(WebhookSigner.HEADER)));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
    WebhookVerifier verifier = new WebhookVerifier(SECRET);
    try (ComplianceScorecardClient client = SharedMock.connection().client()) {
      String subscription =
          subscribe(client, "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
      try {
        for (WebhookEventType type :
            Arrays.stream(WebhookEventType.values())
                .filter(t -> t != WebhookEventType.UNKNOWN_DEFAULT_OPEN_API)
                .toList()) {
          assertThat(
                  client
                      .rawRequest(
                          "POST",
                          "/_mock/webhooks/trigger",
                          "{\"event\":\"" + type.getValue() + "\"}")
                      .status())
              .as(type.getValue())
              .isEqualTo(202);
          Delivery delivery = received.poll(30, TimeUnit.SECONDS);
          assertThat(delivery).as(type.getValue() + " delivered").isNotNull();

          WebhookEvent event = verifier.constructEvent(delivery.body(), delivery.signature());

          assertThat(event.eventType()).isEqualTo(type);
          assertThat(event)
              .isInstanceOf(
                  type.getValue().startsWith("policy.")
                      ? PolicyWebhook.class
                      : AssessmentWebhook.class);
          byte[] tampered = delivery.body().clone();
          tampered[tampered.length - 2] ^= 1;
          assertThatThrownBy(() -> verifier.verify(tampered, delivery.signature()))
              .isInstanceOf(SignatureVerificationException.class);
          assertThatThrownBy(
                  () ->
                      new WebhookVerifier("whsec_another")
                          .verify(delivery.body(), delivery.signature()))
              .isInstanceOf(SignatureVerificationException.class);
        }
      } finally {
        client.rawRequest("DELETE", "/_mock/webhooks/" + subscription, null);
      }
    } finally {
      receiver.stop(0);
    }
  }

  private static String subscribe(ComplianceScorecardClient client, String url) throws IOException {
    ApiResponse<String> subscribed =
        client.rawRequest(
            "POST", "/_mock/webhooks", "{\"url\":\"" + url + "\",\"secret\":\"" + SECRET + "\"}");
    assertThat(subscribed.status()).isEqualTo(201);
    return new ObjectMapper().readTree(subscribed.data()).at("/data/id").asText();
  }
}
