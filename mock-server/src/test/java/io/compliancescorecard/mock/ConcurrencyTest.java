package io.compliancescorecard.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.compliancescorecard.mock.internal.http.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

  private static final int CONNECTIONS = 1_000;

  private static final int CREATES = 1_000;
  private static final int THREADS = 32;

  @Test
  void aThousandConcurrentCreatesAreAllStoredWithUniqueIdsAndListed() throws Exception {
    MockServer mock = SharedMock.get();
    TestClient api = SharedMock.client();
    // A company of its own (comp789) so other tests' rows do not blur the count; a super_admin
    // calls.
    String path = "/api/v3/companies/comp789/clients";
    String token = mock.tokenFor(SeededUsers.SUPER_ADMIN);
    int before = api.get(path, token).data().size();
    String marker = "Concurrent-" + System.nanoTime();

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    // One token per thread: a single token's general budget (1000 an hour) would run out first.
    List<String> tokens = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      tokens.add(mock.tokenFor(SeededUsers.SUPER_ADMIN));
    }
    List<Callable<Reply>> creates = new ArrayList<>();
    for (int i = 0; i < CREATES; i++) {
      String body = "{\"name\":\"" + marker + "-" + i + "\"}";
      String caller = tokens.get(i % THREADS);
      creates.add(() -> api.post(path, caller, body));
    }
    Set<String> ids = new HashSet<>();
    try {
      for (Future<Reply> future : pool.invokeAll(creates)) {
        Reply reply = future.get();
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        ids.add(reply.data().get("id").asText());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(ids).hasSize(CREATES);
    JsonNode listed = api.get(path + "?search=" + marker, token).data();
    Set<String> listedIds = new HashSet<>();
    listed.forEach(c -> listedIds.add(c.get("id").asText()));
    assertThat(listedIds).isEqualTo(ids);
    assertThat(api.get(path, token).data().size()).isEqualTo(before + CREATES);
    assertThat(api.get("/api/v3/companies/comp789", token).data().get("client_count").asInt())
        .isEqualTo(before + CREATES);
  }

  /**
   * A thousand connections opened at once, each creating a client: with the JDK's default accept
   * backlog (50) some were reset. Non-blocking sockets from one thread, so every connect is in
   * flight together. Where the kernel drops a connection for a full backlog, the client's
   * retransmitted SYN often gets in a second later, so on Linux the test also reads the kernel's
   * count of such drops.
   */
  @Test
  void aThousandConnectionsOpenedAtOnceAllCreateTheirClient() throws IOException {
    try (MockServer mock =
        new MockServer(
                MockServerOptions.builder()
                    .rateLimit("general", 100_000, Duration.ofHours(1))
                    .build())
            .start()) {
      String token = mock.tokenFor(SeededUsers.SUPER_ADMIN);
      String path = "/api/v3/companies/comp789/clients";
      String marker = "Storm-" + System.nanoTime();
      long overflowsBefore = listenOverflows();
      List<Exchange> exchanges = new ArrayList<>();
      try (Selector selector = Selector.open()) {
        for (int i = 0; i < CONNECTIONS; i++) {
          String body = "{\"name\":\"" + marker + "-" + i + "\"}";
          Exchange exchange =
              new Exchange(
                  ("POST "
                          + path
                          + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                          + token
                          + "\r\nContent-Type: application/json\r\nContent-Length: "
                          + body.length()
                          + "\r\nConnection: close\r\n\r\n"
                          + body)
                      .getBytes(StandardCharsets.ISO_8859_1));
          SocketChannel channel = SocketChannel.open();
          channel.configureBlocking(false);
          channel.connect(new InetSocketAddress("127.0.0.1", mock.port()));
          channel.register(selector, SelectionKey.OP_CONNECT, exchange);
          exchanges.add(exchange);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int open = CONNECTIONS;
        while (open > 0 && System.nanoTime() < deadline) {
          selector.select(1000);
          for (SelectionKey key : selector.selectedKeys()) {
            if (((Exchange) key.attachment()).advance(key)) {
              open--;
            }
          }
          selector.selectedKeys().clear();
        }
        selector.keys().forEach(key -> closeQuietly(key.channel()));
      }
      if (overflowsBefore >= 0) {
        assertThat(listenOverflows() - overflowsBefore)
            .as("connections dropped for a full accept backlog")
            .isZero();
      }

      Set<String> ids = new HashSet<>();
      for (Exchange exchange : exchanges) {
        String response = exchange.response();
        assertThat(RawHttp.statusLine(response)).as(response).startsWith("HTTP/1.1 201 ");
        ids.add(
            Json.MAPPER
                .readTree(response.substring(response.indexOf("\r\n\r\n") + 4))
                .at("/data/id")
                .asText());
      }
      assertThat(ids).hasSize(CONNECTIONS);
      Set<String> listed = new HashSet<>();
      new TestClient(mock.baseUrl())
          .get(path + "?search=" + marker, token)
          .data()
          .forEach(c -> listed.add(c.get("id").asText()));
      assertThat(listed).isEqualTo(ids);
    }
  }

  /**
   * Linux's count of connections dropped because a listening socket's backlog was full, or -1
   * elsewhere.
   */
  private static long listenOverflows() throws IOException {
    Path netstat = Path.of("/proc/net/netstat");
    if (!Files.isReadable(netstat)) {
      return -1;
    }
    List<String> lines = Files.readAllLines(netstat);
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (lines.get(i).startsWith("TcpExt:")) {
        List<String> names = List.of(lines.get(i).split(" "));
        int column = names.indexOf("ListenOverflows");
        return column < 0 ? -1 : Long.parseLong(lines.get(i + 1).split(" ")[column]);
      }
    }
    return -1;
  }

  /**
   * One raw exchange on a non-blocking socket: connect, send the request, read until the server
   * closes.
   */
  private static final class Exchange {
    private final ByteBuffer request;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final ByteBuffer buffer = ByteBuffer.allocate(4096);
    private IOException failure;

    Exchange(byte[] request) {
      this.request = ByteBuffer.wrap(request);
    }

    /** Moves on as far as the socket allows; true once the exchange is over. */
    boolean advance(SelectionKey key) {
      SocketChannel channel = (SocketChannel) key.channel();
      try {
        if (key.isConnectable() && channel.finishConnect()) {
          key.interestOps(SelectionKey.OP_WRITE);
        }
        if (key.isValid() && key.isWritable()) {
          channel.write(request);
          if (!request.hasRemaining()) {
            key.interestOps(SelectionKey.OP_READ);
          }
        }
        if (key.isValid() && key.isReadable()) {
          int n;
          while ((n = channel.read(buffer)) > 0) {
            received.write(buffer.array(), 0, buffer.position());
            buffer.clear();
          }
          if (n < 0) {
            channel.close();
            return true;
          }
        }
        return false;
      } catch (IOException e) {
        failure = e;
        closeQuietly(channel);
        return true;
      }
    }

    String response() {
      return failure != null ? "failed: " + failure : received.toString(StandardCharsets.UTF_8);
    }
  }

  private static void closeQuietly(java.nio.channels.Channel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // Closing a failed socket: nothing more to learn from it.
    }
  }
}
