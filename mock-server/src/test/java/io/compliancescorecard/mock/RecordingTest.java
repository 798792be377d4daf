package io.compliancescorecard.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --record}: what the proxy saw, served again offline by {@code --data}, without a secret.
 */
class RecordingTest {

  private static final String CLIENT456 = "/api/v3/companies/company123/clients/client456";

  @TempDir Path dir;

  @Test
  void aRecordingServesTheSameAnswersAndHoldsNoSecret() throws IOException {
    Path file = dir.resolve("recorded.json");
    String apiKey = "ck_live_9f8e7d6c5b4a";
    String apiSecret = "cs_live_1a2b3c4d5e6f";
    Map<String, String> answers = new LinkedHashMap<>();
    String upstreamToken;
    try (MockServer upstream = new MockServer(MockServerOptions.defaults()).start();
        MockServer proxy =
            new MockServer(
                    MockServerOptions.builder()
                        .proxyTo(URI.create(upstream.baseUrl()))
                        .record(file, false)
                        .build())
                .start()) {
      upstreamToken = upstream.tokenFor(SeededUsers.SUPER_ADMIN);
      TestClient client = new TestClient(proxy.baseUrl());
      Reply created =
          client.post(
              CLIENT456 + "/api-keys",
              upstreamToken,
              "{\"type\":\"connectwise\",\"name\":\"Recorded\","
                  + "\"api_key\":\""
                  + apiKey
                  + "\",\"api_secret\":\""
                  + apiSecret
                  + "\"}");
      assertThat(created.status()).isEqualTo(201);
      walk(client, upstreamToken, answers);
    }
    String recorded = Files.readString(file);
    assertThat(recorded)
        .doesNotContain(apiKey, apiSecret, upstreamToken, MockServer.CLIENT_SECRET)
        .contains("\"api_secret\" : \"REDACTED\"");

    try (MockServer replay =
        new MockServer(MockServerOptions.builder().dataFile(file).build()).start()) {
      String token = replay.tokenFor(SeededUsers.SUPER_ADMIN);
      TestClient client = new TestClient(replay.baseUrl());
      Map<String, String> replayed = new LinkedHashMap<>();
      walk(client, token, replayed);
      assertThat(replayed.keySet()).containsExactlyElementsOf(answers.keySet());
      answers.forEach((path, body) -> assertThat(replayed.get(path)).as(path).isEqualTo(body));
    }
    assertThat(answers).hasSizeGreaterThan(100);
  }

  @Test
  void anonymizedRecordingsHashEveryEmailConsistently() throws IOException {
    Path file = dir.resolve("anonymized.json");
    try (MockServer upstream = new MockServer(MockServerOptions.defaults()).start();
        MockServer proxy =
            new MockServer(
                    MockServerOptions.builder()
                        .proxyTo(URI.create(upstream.baseUrl()))
                        .record(file, true)
                        .build())
                .start()) {
      String token = upstream.tokenFor(SeededUsers.JOHN_DOE);
      TestClient client = new TestClient(proxy.baseUrl());
      assertThat(client.get("/api/v3/auth/user", token).status()).isEqualTo(200);
      assertThat(client.get("/api/v4/users?per_page=100", token).status()).isEqualTo(200);
      assertThat(client.get("/api/v3/companies", token).status()).isEqualTo(200);
    }
    String recorded = Files.readString(file);
    assertThat(recorded)
        .doesNotContain(SeededUsers.JOHN_DOE, "@example.com")
        .contains("@anonymized.invalid");
    try (MockServer replay =
        new MockServer(MockServerOptions.builder().dataFile(file).build()).start()) {
      JsonNode users =
          new TestClient(replay.baseUrl())
              .get("/api/v4/users?per_page=100", replay.tokenFor("abc123"))
              .data();
      assertThat(users)
          .isNotEmpty()
          .allSatisfy(u -> assertThat(u.path("email").asText()).endsWith("@anonymized.invalid"));
      // The same address hashes the same: the profile and the list agree.
      String john =
          new TestClient(replay.baseUrl())
              .get("/api/v3/auth/user", replay.tokenFor("abc123"))
              .data()
              .path("email")
              .asText();
      assertThat(users.findValuesAsText("email")).contains(john);
    }
  }

  /** Every GET a super admin can make, in order: path -> body. */
  private static void walk(TestClient client, String token, Map<String, String> answers) {
    get(client, token, "/api/v3/auth/user", answers);
    for (int page = 1; ; page++) {
      JsonNode users = get(client, token, "/api/v4/users?per_page=20&page=" + page, answers);
      if (page >= users.path("pagination").path("last_page").asInt()) {
        break;
      }
    }
    for (JsonNode company : get(client, token, "/api/v3/companies", answers).path("data")) {
      String companyPath = "/api/v3/companies/" + company.path("id").asText();
      get(client, token, companyPath, answers);
      for (JsonNode each : get(client, token, companyPath + "/clients", answers).path("data")) {
        String clientPath = companyPath + "/clients/" + each.path("id").asText();
        for (String sub :
            new String[] {
              "/policies", "/assessment-events", "/assessment-templates", "/api-keys"
            }) {
          get(client, token, clientPath + sub, answers);
        }
      }
    }
  }

  private static JsonNode get(
      TestClient client, String token, String path, Map<String, String> answers) {
    Reply reply = client.get(path, token);
    assertThat(reply.status()).as(path).isEqualTo(200);
    answers.put(path, reply.body());
    return reply.json();
  }
}
