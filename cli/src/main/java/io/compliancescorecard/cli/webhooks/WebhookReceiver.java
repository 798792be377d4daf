package io.compliancescorecard.cli.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.compliancescorecard.sdk.ComplianceScorecardClient;
import io.compliancescorecard.sdk.RawRequest;
import io.compliancescorecard.sdk.error.ApiException;
import io.compliancescorecard.sdk.webhooks.WebhookEvent;
import io.compliancescorecard.sdk.webhooks.WebhookException;
import io.compliancescorecard.sdk.webhooks.WebhookSigner;
import io.compliancescorecard.sdk.webhooks.WebhookVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;

/**
 * A local HTTP endpoint for webhook deliveries: it verifies each signature with the SDK, prints
 * each accepted event as one JSON line on stdout, answers 400 to forgeries, and can forward
 * accepted deliveries unchanged (body and signature) to another URL through the session's SDK
 * client, without credentials. It is a server on the JDK's HttpServer; its only outgoing requests
 * are those forwards.
 */
public final class WebhookReceiver implements AutoCloseable {

  private final HttpServer server;
  private final WebhookVerifier verifier;
  private final PrintWriter out;
  private final PrintWriter err;
  private final URI forwardTo;
  private final ComplianceScorecardClient forwarder;
  private final Semaphore accepted = new Semaphore(0);

  /**
   * Starts receiving on {@code host:port}; with a {@code forwardTo} URL, {@code forwarder} posts
   * each accepted delivery there (both are null for no forwarding).
   */
  public WebhookReceiver(
      String host,
      int port,
      WebhookVerifier verifier,
      URI forwardTo,
      ComplianceScorecardClient forwarder,
      PrintWriter out,
      PrintWriter err)
      throws IOException {
    this.verifier = verifier;
    this.out = out;
    this.err = err;
    this.forwardTo = forwardTo;
    this.forwarder = forwarder;
    this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The URL senders should post to. */
  public URI url() {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getHostString() + ":" + address.getPort() + "/");
  }

  /** Blocks until {@code count} deliveries have been accepted. */
  public void awaitEvents(int count) throws InterruptedException {
    accepted.acquire(count);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        respond(exchange, 405, "POST webhook deliveries here");
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      String signature = exchange.getRequestHeaders().getFirst(WebhookSigner.HEADER);
      WebhookEvent event;
      try {
        event = verifier.constructEvent(body, signature);
      } catch (WebhookException e) {
        synchronized (err) {
          err.println("csc: rejected a delivery: " + e.getMessage());
        }
        respond(exchange, 400, "rejected: " + e.getMessage());
        return;
      }
      synchronized (out) {
        out.println(event.payload().toString());
        out.flush();
      }
      if (forwardTo != null) {
        forward(body, signature);
      }
      respond(exchange, 200, "ok");
      accepted.release();
    }
  }

  private void forward(byte[] body, String signature) {
    RawRequest request =
        RawRequest.of("POST", forwardTo.toString())
            .jsonBody(body)
            .header(WebhookSigner.HEADER, signature)
            .withoutCredentials();
    String outcome;
    try {
      outcome = "HTTP " + forwarder.rawRequest(request).status();
    } catch (ApiException e) {
      outcome = "failed: " + e.getMessage();
    }
    synchronized (err) {
      err.println("csc: forwarded to " + forwardTo + ": " + outcome);
    }
  }

  private static void respond(HttpExchange exchange, int status, String text) throws IOException {
    byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream body = exchange.getResponseBody()) {
      body.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
