package io.compliancescorecard.mock;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * A tiny API stand-in on the JDK's HTTP server, on a free loopback port: it answers each {@code
 * METHOD path} with a canned status, headers and exact body bytes (so it can break the spec in ways
 * the mock never does), remembers every request's headers, and can hold a path's answer until
 * {@link #close()}.
 */
final class FakeUpstream implements AutoCloseable {

  /** A canned answer. */
  record Canned(int status, Map<String, String> headers, byte[] body) {
    static Canned json(int status, Map<String, String> headers, String body) {
      return new Canned(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** One request as it arrived. */
  record Seen(String method, String path, Map<String, List<String>> headers) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .findFirst()
          .map(e -> e.getValue().get(0))
          .orElse(null);
    }
  }

  /** The rate-limit headers every conforming answer carries. */
  static final Map<String, String> RATE_LIMIT =
      Map.of(
          "Content-Type",
          "application/json",
          "X-RateLimit-Limit",
          "1000",
          "X-RateLimit-Remaining",
          "999",
          "X-RateLimit-Reset",
          "1640995200");

  /**
   * A company whose {@code client_count} is a string: a field of the wrong type at {@code
   * /data/client_count}.
   */
  static final Canned WRONG_TYPE =
      Canned.json(
          200,
          RATE_LIMIT,
          "{\"success\":true,\"data\":{\"id\":\"company123\",\"name\":\"Example MSP\",\"client_count\":\"many\"}}");

  private final HttpServer server;
  private final Map<String, Canned> answers = new ConcurrentHashMap<>();
  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);
  private final Map<String, Boolean> held = new ConcurrentHashMap<>();

  FakeUpstream() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.createContext("/", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  FakeUpstream answer(String method, String path, Canned canned) {
    answers.put(method + " " + path, canned);
    return this;
  }

  /** Answers nothing on {@code method path} until closed. */
  FakeUpstream hold(String method, String path) {
    held.put(method + " " + path, true);
    return this;
  }

  List<Seen> seen() {
    return seen;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
    seen.add(
        new Seen(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            Map.copyOf(exchange.getRequestHeaders())));
    exchange.getRequestBody().readAllBytes();
    if (held.containsKey(key)) {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    Canned canned =
        answers.getOrDefault(
            key,
            Canned.json(
                404,
                RATE_LIMIT,
                "{\"success\":false,\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"No canned answer.\"}}"));
    canned.headers().forEach(exchange.getResponseHeaders()::add);
    exchange.sendResponseHeaders(
        canned.status(), canned.body().length == 0 ? -1 : canned.body().length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(canned.body());
    }
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
  }
}
