package io.compliancescorecard.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --log-requests} in a real process: every request gets one line on both the fast path and
 * WireMock's (chaos) path, and nothing the process prints contains a secret the requests carried.
 */
class RequestLogTest {

  private static final String WRONG_CLIENT_SECRET = "cs-SENTINEL-client-secret";
  private static final String WRONG_PASSWORD = "pw-SENTINEL-password";
  private static final String API_KEY = "ak-SENTINEL-api-key";
  private static final String API_SECRET = "as-SENTINEL-api-secret";
  private static final String WEBHOOK_SECRET = "whsec_SENTINEL";

  @TempDir Path dir;

  @Test
  void everyRequestIsLoggedOnBothPathsAndNoSecretIsPrinted() throws Exception {
    List<String> issued;
    String log;
    String printed;
    try (MockProcess mock = MockProcess.start(dir, "--log-requests")) {
      TestClient api = new TestClient(mock.baseUrl()).unchecked();

      String fast = everySecretOnce(api);
      assertThat(
              api.send("PUT", "/_mock/chaos", null, "[{\"path\":\"^/nowhere$\",\"latency_ms\":1}]")
                  .status())
          .isEqualTo(200);
      String wireMock = everySecretOnce(api);
      issued = List.of(fast, wireMock);
      mock.stop();
      log = mock.stderr();
      printed = mock.stdout();
    }

    assertThat(log).containsPattern("(?m)POST /oauth/token 200 [\\d.]+ms abc123$");
    assertThat(log).containsPattern("(?m)POST /oauth/token 403 [\\d.]+ms -$");
    assertThat(log)
        .containsPattern("(?m)GET /api/v3/companies/company123/clients 200 [\\d.]+ms abc123$");
    assertThat(log)
        .containsPattern(
            "(?m)POST /api/v3/companies/company123/clients/client456/api-keys 201 [\\d.]+ms abc123$");
    assertThat(log).containsPattern("(?m)POST /_mock/webhooks 201 [\\d.]+ms -$");
    // Each of the seven requests once per path: fourteen lines, plus the chaos rule's PUT.
    assertThat(Pattern.compile("(?m) [\\d.]+ms \\S+$").matcher(log).results().count())
        .isEqualTo(15);
    assertThat(
            Pattern.compile("(?m)GET /api/v3/auth/user 200 [\\d.]+ms abc123$")
                .matcher(log)
                .results()
                .count())
        .isEqualTo(2);
    for (String output : List.of(log, printed)) {
      assertThat(output)
          .doesNotContain(WRONG_CLIENT_SECRET)
          .doesNotContain(WRONG_PASSWORD)
          .doesNotContain(API_KEY)
          .doesNotContain(API_SECRET)
          .doesNotContain(WEBHOOK_SECRET)
          .doesNotContain(issued.get(0))
          .doesNotContain(issued.get(1))
          .doesNotContainIgnoringCase("bearer ")
          .doesNotContain("api_key")
          .doesNotContain("client_secret")
          .doesNotContain("search=");
    }
    // The ready line names the seeded logins on stdout; the log never does.
    assertThat(log)
        .doesNotContain(MockServer.CLIENT_SECRET)
        .doesNotContain(MockServer.USER_PASSWORD);
  }

  /** Sends one request carrying each kind of secret; returns the access token issued. */
  private static String everySecretOnce(TestClient api) {
    Reply login =
        api.post(
            "/oauth/token",
            null,
            "{\"grant_type\":\"client_credentials\",\"client_id\":\"mock-client\","
                + "\"client_secret\":\""
                + MockServer.CLIENT_SECRET
                + "\"}");
    assertThat(login.status()).isEqualTo(200);
    String token = login.json().get("access_token").asText();
    assertThat(
            api.send(
                    "POST",
                    "/oauth/token",
                    null,
                    "grant_type=client_credentials&client_id=mock-client"
                        + "&client_secret="
                        + WRONG_CLIENT_SECRET,
                    "Content-Type",
                    "application/x-www-form-urlencoded")
                .status())
        .isEqualTo(401);
    assertThat(
            api.post(
                    "/oauth/token",
                    null,
                    "{\"grant_type\":\"password\",\"client_id\":\"mock-client\","
                        + "\"username\":\""
                        + SeededUsers.JANE_SMITH
                        + "\",\"password\":\""
                        + WRONG_PASSWORD
                        + "\"}")
                .status())
        .isEqualTo(403);
    assertThat(api.get("/api/v3/auth/user", token).status()).isEqualTo(200);
    assertThat(
            api.get("/api/v3/companies/company123/clients?search=" + WRONG_PASSWORD, token)
                .status())
        .isEqualTo(200);
    assertThat(
            api.post(
                    "/api/v3/companies/company123/clients/client456/api-keys",
                    token,
                    "{\"type\":\"huntress\","
                        + "\"name\":\"Logged\",\"api_key\":\""
                        + API_KEY
                        + "\",\"api_secret\":\""
                        + API_SECRET
                        + "\"}")
                .status())
        .isEqualTo(201);
    assertThat(
            api.post(
                    "/_mock/webhooks",
                    null,
                    "{\"url\":\"http://127.0.0.1:9/hook\",\"secret\":\"" + WEBHOOK_SECRET + "\"}")
                .status())
        .isEqualTo(201);
    return token;
  }
}
