package io.compliancescorecard.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Slow, stalled, oversized and abandoned uploads neither hold up other clients nor end in a 500.
 */
@ExtendWith(NoStackTraceInServerOutput.class)
class SlowClientsTest {

  private static final String CLIENTS = "/api/v3/companies/company123/clients";

  private static MockServer mock;
  private static MockServer strict;

  @BeforeAll
  static void start() {
    // Slow bodies are held open for the whole test: a long body timeout, so none is cut short.
    mock =
        new MockServer(MockServerOptions.builder().bodyTimeout(Duration.ofMinutes(2)).build())
            .start();
    strict =
        new MockServer(
                MockServerOptions.builder()
                    .maxBodySize(1000)
                    .bodyTimeout(Duration.ofMillis(200))
                    .idleTimeout(Duration.ofSeconds(1))
                    .build())
            .start();
  }

  @AfterAll
  static void stop() {
    mock.close();
    strict.close();
  }

  @Test
  void otherClientsAreServedWhileAHundredUploadsStallHalfWay() throws Exception {
    String token = mock.tokenFor(SeededUsers.JOHN_DOE);
    List<Socket> stalled = new ArrayList<>();
    try {
      for (int i = 0; i < 100; i++) {
        Socket socket = RawHttp.connect(mock);
        stalled.add(socket);
        send(socket, post(CLIENTS, token, 1000) + "{\"name\":\"sl");
      }
      TestClient api = new TestClient(mock.baseUrl());
      // A generous bound for a loaded machine: before the fix these waited for the stalled bodies
      // (minutes).
      CompletableFuture<Reply> list = CompletableFuture.supplyAsync(() -> api.get(CLIENTS, token));
      CompletableFuture<Reply> create =
          CompletableFuture.supplyAsync(
              () -> api.post(CLIENTS, token, "{\"name\":\"Served beside stalled uploads\"}"));
      assertThat(list.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
      assertThat(create.get(10, TimeUnit.SECONDS).status()).isEqualTo(201);
      // The stalled connections are still open: what was served, was served beside them.
      for (Socket socket : stalled) {
        send(socket, "o");
      }
    } finally {
      for (Socket socket : stalled) {
        socket.close();
      }
    }
  }

  @Test
  void aBodyOverTheLimitIsRefusedWith413BeforeItIsRead() throws IOException {
    String token = strict.tokenFor(SeededUsers.JOHN_DOE);
    try (Socket socket = RawHttp.connect(strict)) {
      // Only the headers: the announced size alone is enough to refuse.
      send(socket, post(CLIENTS, token, 1001));
      String response = RawHttp.readAll(socket);
      assertThat(RawHttp.statusLine(response)).startsWith("HTTP/1.1 413 ");
      assertThat(response).contains("\"code\":\"PAYLOAD_TOO_LARGE\"").contains("1000 bytes");
    }
  }

  @Test
  void aChunkedBodyOverTheLimitIsRefusedWith413() {
    String token = strict.tokenFor(SeededUsers.JOHN_DOE);
    String chunk = "x".repeat(600);
    String response =
        RawHttp.exchange(
            strict,
            "POST "
                + CLIENTS
                + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer "
                + token
                + "\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n"
                + "258\r\n"
                + chunk
                + "\r\n258\r\n"
                + chunk
                + "\r\n0\r\n\r\n");
    assertThat(RawHttp.statusLine(response)).startsWith("HTTP/1.1 413 ");
    assertThat(response).contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
  }

  @Test
  void aBodyThatStopsArrivingIsAnswered408() throws IOException {
    String response = halfABody(strict, false);
    assertThat(RawHttp.statusLine(response)).startsWith("HTTP/1.1 408 ");
    assertThat(response).contains("\"code\":\"REQUEST_TIMEOUT\"");
  }

  @Test
  void aBodyCutShortIsAnswered400NotA500() throws IOException {
    String response = halfABody(mock, true);
    assertThat(RawHttp.statusLine(response)).startsWith("HTTP/1.1 400 ");
    assertThat(response).contains("\"code\":\"BAD_REQUEST\"");
  }

  /**
   * Sends a create with 8 of its 100 announced body bytes, maybe ends its side, and reads the
   * answer.
   */
  private static String halfABody(MockServer server, boolean endOutput) throws IOException {
    try (Socket socket = RawHttp.connect(server)) {
      send(socket, post(CLIENTS, server.tokenFor(SeededUsers.JOHN_DOE), 100) + "{\"name\":");
      if (endOutput) {
        socket.shutdownOutput();
      }
      return RawHttp.readAll(socket);
    }
  }

  @Test
  void anAbandonedUploadLeavesTheServerServing() throws IOException {
    String token = mock.tokenFor(SeededUsers.JOHN_DOE);
    for (int i = 0; i < 20; i++) {
      try (Socket socket = RawHttp.connect(mock)) {
        send(socket, post(CLIENTS, token, 100) + "{\"name\":");
      }
    }
    assertThat(new TestClient(mock.baseUrl()).get(CLIENTS, token).status()).isEqualTo(200);
  }

  @Test
  void anIdleConnectionIsClosed() throws IOException {
    try (Socket socket = RawHttp.connect(strict)) {
      // Nothing sent: the server closes the connection after its idle timeout, well within the read
      // timeout.
      assertThat(socket.getInputStream().read()).isEqualTo(-1);
    }
  }

  private static String post(String path, String token, int contentLength) {
    return "POST "
        + path
        + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
        + token
        + "\r\nContent-Type: application/json\r\nContent-Length: "
        + contentLength
        + "\r\n\r\n";
  }

  private static void send(Socket socket, String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }
}
