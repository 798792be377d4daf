package io.compliancescorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.compliancescorecard.mock.MockServerOptions;
import io.compliancescorecard.mock.junit.MockServerExtension;
import io.compliancescorecard.sdk.webhooks.WebhookSigner;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * `webhooks listen` verifies and prints deliveries; `webhooks trigger` makes the mock server send
 * them.
 */
class WebhooksCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LISTENING =
      Pattern.compile("Listening for webhooks on (http://\\S+/)");
  private static final String SECRET = "whsec_cli_test";

  @RegisterExtension
  static final MockServerExtension MOCK =
      new MockServerExtension(MockServerOptions.builder().webhookAttempts(1).build());

  @TempDir Path home;

  private static URI listeningUrl(CscRunner.Running listener) {
    await().atMost(Duration.ofSeconds(20)).until(() -> LISTENING.matcher(listener.err()).find());
    Matcher matcher = LISTENING.matcher(listener.err());
    assertThat(matcher.find()).isTrue();
    return URI.create(matcher.group(1));
  }

  @Test
  void triggeredEventsReachARegisteredListenerAsJsonLinesAndAreForwarded() throws Exception {
    List<String> forwarded = new CopyOnWriteArrayList<>();
    HttpServer downstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    downstream.createContext(
        "/",
        exchange -> {
          forwarded.add(exchange.getRequestHeaders().getFirst(WebhookSigner.HEADER));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    downstream.start();
    try {
      CscRunner.Running listener =
          MockLogins.csc(MOCK, home, null)
              .env("CSC_WEBHOOK_SECRET", SECRET)
              .start(
                  "webhooks",
                  "listen",
                  "--register",
                  "--max-events",
                  "1",
                  "--forward-to",
                  "http://127.0.0.1:" + downstream.getAddress().getPort() + "/hook");
      listeningUrl(listener);

      CscRunner.Result triggered =
          MockLogins.csc(MOCK, home, null).run("webhooks", "trigger", "policy.published");

      assertThat(triggered.exitCode).as(triggered.toString()).isZero();
      assertThat(listener.exitCode(Duration.ofSeconds(20))).as(listener.err()).isZero();
      String line = listener.out().strip();
      assertThat(line).doesNotContain("\n");
      JsonNode event = JSON.readTree(line);
      assertThat(event.path("event").asText()).isEqualTo("policy.published");
      assertThat(event.path("data").has("policy_id")).isTrue();
      assertThat(forwarded).hasSize(1);
      assertThat(forwarded.get(0)).startsWith("t=");
      assertThat(listener.err()).doesNotContain(SECRET);
    } finally {
      downstream.stop(0);
    }
  }

  @Test
  void forgedDeliveriesAreRefusedAndNotPrinted() throws Exception {
    CscRunner.Running listener =
        new CscRunner(home)
            .stdin(SECRET + "\n")
            .start("webhooks", "listen", "--secret-file", "-", "--max-events", "1");
    URI url = listeningUrl(listener);
    String body =
        "{\"event\":\"policy.created\",\"timestamp\":\"2025-02-20T15:30:00Z\",\"data\":{}}";
    HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> forged =
        http.send(
            HttpRequest.newBuilder(url)
                .header(
                    WebhookSigner.HEADER,
                    new WebhookSigner("wrong-secret").signatureHeader(body, Instant.now()))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> genuine =
        http.send(
            HttpRequest.newBuilder(url)
                .header(
                    WebhookSigner.HEADER,
                    new WebhookSigner(SECRET).signatureHeader(body, Instant.now()))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(genuine.statusCode()).isEqualTo(200);
    assertThat(listener.exitCode(Duration.ofSeconds(20))).isZero();
    assertThat(listener.out().lines()).hasSize(1);
    assertThat(listener.err()).contains("rejected a delivery");
  }

  @Test
  void triggerOfAnUnknownEventIsAValidationError() {
    CscRunner.Result result =
        MockLogins.csc(MOCK, home, null).run("webhooks", "trigger", "policy.eaten");

    assertThat(result.exitCode).isEqualTo(6);
    assertThat(result.err).contains("Unknown event");
  }

  @Test
  void adminCallsSendNoTokenEvenWhenLoggedIn() throws Exception {
    try (RecordingServer mock =
        new RecordingServer(
            202,
            "{\"data\":[{\"id\":\"d1\",\"event\":\"policy.published\",\"url\":\"http://x/\",\"status\":\"pending\"}]}")) {
      CscRunner.Result result =
          new CscRunner(home)
              .env("CSC_BASE_URL", mock.baseUrl())
              .env("CSC_TOKEN", MOCK.token(MockLogins.JOHN))
              .run(
                  "webhooks",
                  "trigger",
                  "policy.published",
                  "--data",
                  "{\"policy_id\":\"p9\"}",
                  "-o",
                  "json");

      assertThat(result.exitCode).as(result.toString()).isZero();
      assertThat(JSON.readTree(result.out).get(0).path("id").asText()).isEqualTo("d1");
      RecordingServer.Received request = mock.received().get(0);
      assertThat(request.method + " " + request.pathAndQuery)
          .isEqualTo("POST /_mock/webhooks/trigger");
      assertThat(request.header("Authorization")).isNull();
      assertThat(JSON.readTree(request.body))
          .isEqualTo(
              JSON.readTree("{\"event\":\"policy.published\",\"data\":{\"policy_id\":\"p9\"}}"));
    }
  }

  @Test
  void anUnreachableMockServerIsOneLineAndExitCode8() throws Exception {
    int closedPort;
    try (java.net.ServerSocket socket =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    CscRunner.Result result =
        new CscRunner(home)
            .env("CSC_BASE_URL", "http://127.0.0.1:" + closedPort)
            .run("--max-retries", "0", "webhooks", "trigger", "policy.published");

    assertThat(result.exitCode).as(result.toString()).isEqualTo(8);
    assertThat(result.err)
        .startsWith("csc: ")
        .contains("cannot reach the mock server at http://127.0.0.1:" + closedPort);
    assertThat(result.err.lines()).hasSize(1);
  }

  @Test
  void aForwardedDeliveryKeepsItsBytesAndSignatureAndCarriesNoToken() throws Exception {
    try (RecordingServer downstream = new RecordingServer(204, null)) {
      CscRunner.Running listener =
          new CscRunner(home)
              .stdin(SECRET + "\n")
              .env("CSC_TOKEN", MOCK.token(MockLogins.JOHN))
              .start(
                  "webhooks",
                  "listen",
                  "--secret-file",
                  "-",
                  "--max-events",
                  "1",
                  "--forward-to",
                  downstream.baseUrl() + "/hook?from=csc");
      URI url = listeningUrl(listener);
      String body =
          "{\"event\":\"policy.created\",\"timestamp\":\"2025-02-20T15:30:00Z\",\"data\":{\"title\":\"caf\u00e9\"}}";
      String signature = new WebhookSigner(SECRET).signatureHeader(body, Instant.now());

      HttpResponse<String> delivered =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(url)
                      .header(WebhookSigner.HEADER, signature)
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(delivered.statusCode()).isEqualTo(200);
      assertThat(listener.exitCode(Duration.ofSeconds(20))).as(listener.err()).isZero();
      RecordingServer.Received forwarded = downstream.received().get(0);
      assertThat(forwarded.pathAndQuery).isEqualTo("/hook?from=csc");
      assertThat(forwarded.bodyText()).isEqualTo(body);
      assertThat(forwarded.header(WebhookSigner.HEADER)).isEqualTo(signature);
      assertThat(forwarded.header("Authorization")).isNull();
      assertThat(listener.err())
          .contains("forwarded to " + downstream.baseUrl() + "/hook?from=csc: HTTP 204");
    }
  }
}
