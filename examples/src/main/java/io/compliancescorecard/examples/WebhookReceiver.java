package io.compliancescorecard.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.compliancescorecard.mock.MockServerOptions;
import io.compliancescorecard.sdk.ComplianceScorecardClient;
import io.compliancescorecard.sdk.model.AssessmentEventData;
import io.compliancescorecard.sdk.model.PolicyEventData;
import io.compliancescorecard.sdk.model.WebhookEventType;
import io.compliancescorecard.sdk.webhooks.AssessmentWebhook;
import io.compliancescorecard.sdk.webhooks.PolicyWebhook;
import io.compliancescorecard.sdk.webhooks.WebhookEvent;
import io.compliancescorecard.sdk.webhooks.WebhookException;
import io.compliancescorecard.sdk.webhooks.WebhookSigner;
import io.compliancescorecard.sdk.webhooks.WebhookVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Example: a webhook receiver on the JDK's own HTTP server. It verifies each delivery's {@code
 * X-Scorecard-Signature} over the raw body before parsing it, answers 204 to a delivery it handled
 * and 400 to a forged, stale or malformed one (the sender does not retry a 400).
 *
 * <p>Environment: {@code CSC_WEBHOOK_SECRET} (default {@code whsec_mock}, the mock server's) and
 * {@code CSC_WEBHOOK_PORT} (default 8090). Without {@code CSC_BASE_URL} it starts a mock server
 * subscribed to this receiver, triggers every event type and sends one forged delivery, then exits.
 */
public final class WebhookReceiver implements AutoCloseable {

  /** Deliveries larger than this are refused unread: no event comes near it. */
  private static final int MAX_BODY_BYTES = 1 << 20;

  private final HttpServer server;
  private final ExecutorService executor;
  private final WebhookVerifier verifier;
  private final PrintWriter log;
  private final Semaphore handled = new Semaphore(0);

  /** Starts receiving on 127.0.0.1:{@code port} (0 for a free port) at {@code /webhooks}. */
  public WebhookReceiver(int port, String secret, PrintWriter log) {
    this.verifier = new WebhookVerifier(secret);
    this.log = log;
    try {
      this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
    }
    this.executor = Executors.newFixedThreadPool(2);
    server.setExecutor(executor);
    server.createContext("/webhooks", this::receive);
    server.start();
  }

  /**
   * Receives on {@code CSC_WEBHOOK_PORT}; demonstrates itself against a mock server when no API is
   * set.
   */
  public static void main(String[] args) throws InterruptedException {
    String secret = System.getenv().getOrDefault("CSC_WEBHOOK_SECRET", "whsec_mock");
    int port = Integer.parseInt(System.getenv().getOrDefault("CSC_WEBHOOK_PORT", "8090"));
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    try (WebhookReceiver receiver = new WebhookReceiver(port, secret, out)) {
      out.println("receiving webhooks at " + receiver.url());
      if (System.getenv("CSC_BASE_URL") != null) {
        new CountDownLatch(1).await(); // until Ctrl-C
      }
      MockServerOptions subscribed =
          MockServerOptions.builder().webhook(receiver.url(), secret).build();
      try (ApiConnection api = ApiConnection.fromEnvironmentOrExit(subscribed);
          ComplianceScorecardClient client = api.client()) {
        triggerEveryEvent(client);
        if (!receiver.awaitHandled(9, Duration.ofSeconds(30))) {
          out.println("not every event arrived within 30 s");
        }
        out.println("a forged delivery was answered HTTP " + receiver.forgeDelivery());
      }
    }
  }

  /**
   * Waits until {@code count} more deliveries have been handled; false when {@code timeout} passes
   * first.
   */
  public boolean awaitHandled(int count, Duration timeout) throws InterruptedException {
    return handled.tryAcquire(count, timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Where deliveries go, for a subscription. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks");
  }

  /**
   * Asks a mock server to deliver one event of each type to its subscribers (mock-only admin API).
   *
   * @throws IllegalStateException when the server refuses
   */
  public static void triggerEveryEvent(ComplianceScorecardClient client) {
    for (WebhookEventType type : WebhookEventType.values()) {
      if (type != WebhookEventType.UNKNOWN_DEFAULT_OPEN_API) {
        int status =
            client
                .rawRequest(
                    "POST", "/_mock/webhooks/trigger", "{\"event\":\"" + type.getValue() + "\"}")
                .status();
        if (status != 202) {
          throw new IllegalStateException(
              "triggering " + type.getValue() + " answered HTTP " + status);
        }
      }
    }
  }

  /**
   * Posts a delivery signed with the wrong secret to this receiver, as an attacker would.
   *
   * @return the receiver's status, 400 when it rejects the delivery
   */
  public int forgeDelivery() {
    String body =
        "{\"event\":\"policy.approved\",\"timestamp\":\"2026-01-01T00:00:00Z\","
            + "\"data\":{\"policy_id\":\"pol-forged\",\"title\":\"Forged\"}}";
    try {
      HttpResponse<Void> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(url())
                      .header(
                          WebhookSigner.HEADER,
                          WebhookSigner.generateTestHeader(body, "not-the-secret"))
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
      return response.statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private void receive(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(MAX_BODY_BYTES + 1);
      }
      if (body.length > MAX_BODY_BYTES) {
        exchange.sendResponseHeaders(413, -1);
        return;
      }
      exchange.sendResponseHeaders(
          deliver(body, exchange.getRequestHeaders().getFirst(WebhookSigner.HEADER)), -1);
    }
  }

  /** Verifies and handles one delivery; returns the status to answer. */
  private int deliver(byte[] body, String signatureHeader) {
    try {
      // Verify the raw bytes first: parsing and re-serialising would change what was signed.
      WebhookEvent event = verifier.constructEvent(body, signatureHeader);
      log.println("handled " + event.type() + ": " + handle(event));
      handled.release();
      return 204;
    } catch (WebhookException e) {
      log.println("rejected a delivery: " + e.getMessage());
      return 400;
    }
  }

  /** What this receiver does with each event type; a real one would update its own records here. */
  static String handle(WebhookEvent event) {
    if (event instanceof PolicyWebhook policyEvent) {
      PolicyEventData policy = policyEvent.data();
      switch (event.eventType()) {
        case POLICY_CREATED:
          return "track new policy " + policy.getPolicyId() + " \"" + policy.getTitle() + "\"";
        case POLICY_UPDATED:
          return "refresh policy " + policy.getPolicyId() + " to version " + policy.getVersion();
        case POLICY_PUBLISHED:
          return "notify staff that " + policy.getPolicyId() + " is published";
        case POLICY_APPROVED:
          return "record approval of " + policy.getPolicyId() + " by " + policy.getApprovedBy();
        case POLICY_REJECTED:
          return "reopen " + policy.getPolicyId() + ": " + policy.getReason();
        default:
          break;
      }
    } else if (event instanceof AssessmentWebhook assessmentEvent) {
      AssessmentEventData assessment = assessmentEvent.data();
      switch (event.eventType()) {
        case ASSESSMENT_STARTED:
          return "mark assessment " + assessment.getAssessmentId() + " in progress";
        case ASSESSMENT_COMPLETED:
          return "queue scoring of " + assessment.getAssessmentId();
        case ASSESSMENT_SCORED:
          return "store score " + assessment.getScore() + " of " + assessment.getAssessmentId();
        case ASSESSMENT_FAILED:
          return "alert on-call: "
              + assessment.getAssessmentId()
              + " failed: "
              + assessment.getError();
        default:
          break;
      }
    }
    return "ignored (unknown type)";
  }

  /** Stops receiving. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
