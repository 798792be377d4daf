package io.compliancescorecard.mock;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A local webhook subscriber that records deliveries and answers the statuses it is told to. */
final class WebhookReceiver implements AutoCloseable {

  /** One received delivery. */
  record Received(Map<String, String> headers, byte[] body) {
    String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
  }

  private final HttpServer server;
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final BlockingQueue<Integer> plannedStatuses = new LinkedBlockingQueue<>();
  private volatile CountDownLatch gate = new CountDownLatch(0);

  WebhookReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/hook",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          Map<String, String> headers = new java.util.HashMap<>();
          exchange
              .getRequestHeaders()
              .forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
          try {
            gate.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          received.add(new Received(headers, body));
          Integer status = plannedStatuses.poll();
          exchange.sendResponseHeaders(status == null ? 200 : status, -1);
          exchange.close();
        });
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
  }

  /** The next deliveries get these statuses; later ones get 200. */
  void answer(Integer... statuses) {
    plannedStatuses.addAll(java.util.List.of(statuses));
  }

  /** Holds every delivery until the returned latch is released. */
  CountDownLatch hold() {
    gate = new CountDownLatch(1);
    return gate;
  }

  Received next() throws InterruptedException {
    Received r = received.poll(10, TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("no webhook delivery arrived within 10 s");
    }
    return r;
  }

  int count() {
    return received.size();
  }

  @Override
  public void close() {
    gate.countDown();
    server.stop(0);
  }
}
