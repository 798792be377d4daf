package io.compliancescorecard.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A web page the developer opens must not drive the mock: not by DNS rebinding (its own name,
 * resolving to 127.0.0.1, arrives as {@code Host}), nor by a cross-origin POST that needs no
 * preflight.
 */
class HostAndOriginTest {

  /** Sends a raw request, since HTTP clients do not let a caller choose the {@code Host} header. */
  private static String raw(MockServer mock, String method, String path, String host, String body)
      throws IOException {
    try (Socket socket = new Socket("127.0.0.1", mock.port())) {
      socket.setSoTimeout(10_000);
      String request =
          method
              + " "
              + path
              + " HTTP/1.1\r\nHost: "
              + host
              + "\r\nConnection: close\r\n"
              + (body == null
                  ? ""
                  : "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n")
              + "\r\n"
              + (body == null ? "" : body);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String status(String response) {
    return response.substring(0, response.indexOf('\r'));
  }

  @Test
  void aRequestNamingAnotherHostIsRefusedWith421() throws IOException {
    MockServer mock = SharedMock.get();
    String port = ":" + mock.port();

    String token =
        raw(
            mock,
            "POST",
            "/_mock/tokens",
            "rebound.attacker.example" + port,
            "{\"user\":\"admin001\"}");
    String api = raw(mock, "GET", "/api/v3/auth/user", "rebound.attacker.example" + port, null);
    String login =
        raw(
            mock,
            "POST",
            "/oauth/token",
            "evil.example",
            "{\"grant_type\":\"client_credentials\"}");

    assertThat(status(token)).isEqualTo("HTTP/1.1 421 Misdirected Request");
    assertThat(token).contains("\"MISDIRECTED_REQUEST\"").doesNotContain("access_token");
    assertThat(status(api)).startsWith("HTTP/1.1 421");
    assertThat(status(login)).startsWith("HTTP/1.1 421");
    for (String own :
        new String[] {"127.0.0.1" + port, "localhost" + port, "LOCALHOST", "[::1]" + port}) {
      assertThat(status(raw(mock, "GET", "/_mock/health", own, null)))
          .as(own)
          .isEqualTo("HTTP/1.1 200 OK");
    }
  }

  @Test
  void anAllowedHostIsAnsweredAndServedAsAnAudience() throws IOException {
    try (MockServer mock =
        new MockServer(MockServerOptions.builder().allowedHost("mock.internal").build()).start()) {
      String host = "mock.internal:" + mock.port();

      String login =
          raw(
              mock,
              "POST",
              "/oauth/token",
              host,
              "{\"grant_type\":\"client_credentials\","
                  + "\"client_id\":\"mock-client\",\"client_secret\":\"mock-secret\",\"audience\":\"http://"
                  + host
                  + "\"}");

      assertThat(status(login)).isEqualTo("HTTP/1.1 200 OK");
      assertThat(status(raw(mock, "GET", "/_mock/health", "other.internal", null)))
          .startsWith("HTTP/1.1 421");
    }
  }

  @Test
  void theAdminApiRefusesForeignOriginsAndBodiesThatAreNotJson() {
    TestClient api = SharedMock.client();
    String hook = "{\"url\":\"http://127.0.0.1:9/hook\",\"secret\":\"whsec_x\"}";
    int before = api.get("/_mock/webhooks", null).data().size();

    Reply foreignReset = api.post("/_mock/reset", null, null, "Origin", "http://evil.example");
    Reply foreignRead = api.get("/_mock/webhooks/deliveries", null);
    Reply nullOrigin = api.post("/_mock/tokens", null, "{\"user\":\"admin001\"}", "Origin", "null");
    Reply plainText = api.post("/_mock/webhooks", null, hook, "Content-Type", "text/plain");
    Reply form =
        api.post("/_mock/reset", null, "a=b", "Content-Type", "application/x-www-form-urlencoded");
    Reply ownOrigin =
        api.post(
            "/_mock/tokens", null, "{\"user\":\"abc123\"}", "Origin", SharedMock.get().baseUrl());
    Reply noBody = api.post("/_mock/reset", null, null);

    assertThat(foreignReset.status()).isEqualTo(403);
    assertThat(foreignRead.status()).isEqualTo(200);
    assertThat(
            api.send(
                    "GET",
                    "/_mock/webhooks/deliveries",
                    null,
                    null,
                    "Origin",
                    "http://evil.example")
                .status())
        .isEqualTo(403);
    assertThat(nullOrigin.status()).isEqualTo(403);
    assertThat(nullOrigin.body()).doesNotContain("access_token");
    assertThat(plainText.status()).isEqualTo(415);
    assertThat(form.status()).isEqualTo(415);
    assertThat(api.get("/_mock/webhooks", null).data().size()).isEqualTo(before);
    assertThat(ownOrigin.status()).isEqualTo(200);
    assertThat(noBody.status()).isEqualTo(200);
  }
}
