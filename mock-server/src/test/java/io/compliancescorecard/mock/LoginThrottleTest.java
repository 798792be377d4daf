package io.compliancescorecard.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Auth0's brute-force protection on the password grant: 10 failures per user and address, then 429.
 */
class LoginThrottleTest {

  private static final String WRONG = "not-the-password";

  private static String login(String email, String password) {
    return "{\"grant_type\":\"password\",\"client_id\":\"mock-client\",\"username\":\""
        + email
        + "\",\"password\":\""
        + password
        + "\"}";
  }

  @Test
  void theEleventhLoginAfterTenFailuresIsBlockedEvenWithTheRightPasswordUntilTheBlockEnds() {
    MutableClock clock = new MutableClock("2026-12-01T10:00:00Z");
    try (MockServer mock =
        new MockServer(
                MockServerOptions.builder().clock(clock).loginBlock(Duration.ofMinutes(15)).build())
            .start()) {
      TestClient api = new TestClient(mock.baseUrl());
      for (int i = 1; i <= 10; i++) {
        assertThat(api.post("/oauth/token", null, login(SeededUsers.JOHN_DOE, WRONG)).status())
            .as("failure " + i)
            .isEqualTo(403);
      }

      Reply blocked =
          api.post("/oauth/token", null, login(SeededUsers.JOHN_DOE, MockServer.USER_PASSWORD));
      Reply otherUser =
          api.post("/oauth/token", null, login(SeededUsers.JANE_SMITH, MockServer.USER_PASSWORD));
      clock.set("2026-12-01T10:15:01Z");
      Reply afterBlock =
          api.post("/oauth/token", null, login(SeededUsers.JOHN_DOE, MockServer.USER_PASSWORD));

      assertThat(blocked.status()).isEqualTo(429);
      assertThat(blocked.json().get("error").asText()).isEqualTo("too_many_attempts");
      assertThat(blocked.json().get("error_description").asText()).contains("blocked");
      assertThat(blocked.body())
          .doesNotContain(MockServer.USER_PASSWORD)
          .doesNotContain("access_token");
      assertThat(otherUser.status()).isEqualTo(200);
      assertThat(afterBlock.status()).isEqualTo(200);
    }
  }

  @Test
  void aBlockIsPerAddressLiftedByResetAndASuccessClearsTheCount() throws IOException {
    try (MockServer mock =
        new MockServer(MockServerOptions.builder().maxLoginAttempts(3).build()).start()) {
      TestClient api = new TestClient(mock.baseUrl());
      api.post("/oauth/token", null, login(SeededUsers.JOHN_DOE, WRONG));
      api.post("/oauth/token", null, login(SeededUsers.JOHN_DOE, WRONG));
      assertThat(
              api.post("/oauth/token", null, login(SeededUsers.JOHN_DOE, MockServer.USER_PASSWORD))
                  .status())
          .isEqualTo(200);
      for (int i = 0; i < 3; i++) {
        assertThat(api.post("/oauth/token", null, login("JOHN@example.com", WRONG)).status())
            .isEqualTo(403);
      }
      assertThat(
              api.post("/oauth/token", null, login(SeededUsers.JOHN_DOE, MockServer.USER_PASSWORD))
                  .status())
          .isEqualTo(429);

      assertThat(
              statusFrom("127.0.0.2", mock, login(SeededUsers.JOHN_DOE, MockServer.USER_PASSWORD)))
          .isEqualTo(200);
      assertThat(api.post("/_mock/reset", null, null).status()).isEqualTo(200);
      assertThat(
              api.post("/oauth/token", null, login(SeededUsers.JOHN_DOE, MockServer.USER_PASSWORD))
                  .status())
          .isEqualTo(200);
    }
  }

  @Test
  void zeroAttemptsTurnsTheProtectionOff() {
    try (MockServer mock =
        new MockServer(MockServerOptions.builder().maxLoginAttempts(0).build()).start()) {
      TestClient api = new TestClient(mock.baseUrl());
      for (int i = 0; i < 12; i++) {
        assertThat(api.post("/oauth/token", null, login(SeededUsers.JOHN_DOE, WRONG)).status())
            .isEqualTo(403);
      }
      assertThat(
              api.post("/oauth/token", null, login(SeededUsers.JOHN_DOE, MockServer.USER_PASSWORD))
                  .status())
          .isEqualTo(200);
    }
  }

  /**
   * The status of a token request sent from another loopback address (the whole 127/8 is local).
   */
  private static int statusFrom(String localAddress, MockServer mock, String body)
      throws IOException {
    try (Socket socket =
        new Socket(
            InetAddress.getByName("127.0.0.1"),
            mock.port(),
            InetAddress.getByName(localAddress),
            0)) {
      socket.setSoTimeout(10_000);
      String request =
          "POST /oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
              + "Content-Type: application/json\r\nContent-Length: "
              + body.length()
              + "\r\n\r\n"
              + body;
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return Integer.parseInt(response.substring(9, 12));
    }
  }
}
