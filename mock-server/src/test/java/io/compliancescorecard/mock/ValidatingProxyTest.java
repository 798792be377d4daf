package io.compliancescorecard.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.compliancescorecard.mock.FakeUpstream.Canned;
import io.compliancescorecard.mock.chaos.ChaosRule;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code --proxy-to}: answers pass through unchanged, and each way they break the spec is reported
 * once.
 */
class ValidatingProxyTest {

  private static final String COMPANY = "/api/v3/companies/company123";
  private static final String TOKEN = "upstream-token-0123456789";

  private static MockServer upstream;
  private static MockServer proxy;
  private static FakeUpstream fake;
  private static MockServer fakeProxy;

  @BeforeAll
  static void start() throws IOException {
    upstream =
        new MockServer(
                MockServerOptions.builder()
                    .chaos(
                        new ChaosRule(
                            Pattern.compile(".*/assessment-events$"),
                            1.0,
                            Duration.ZERO,
                            503,
                            null))
                    .build())
            .start();
    proxy =
        new MockServer(
                MockServerOptions.builder()
                    .proxyTo(URI.create(upstream.baseUrl()))
                    .proxyAuth0Domain(URI.create(upstream.baseUrl()))
                    .build())
            .start();
    fake =
        new FakeUpstream()
            // A field of the wrong type.
            .answer("GET", COMPANY, FakeUpstream.WRONG_TYPE)
            // A missing required field.
            .answer(
                "GET",
                "/api/v3/companies",
                Canned.json(
                    200,
                    FakeUpstream.RATE_LIMIT,
                    "{\"success\":true,\"data\":[{\"id\":\"company123\"}]}"))
            // A missing X-RateLimit-Remaining.
            .answer(
                "GET",
                "/api/v3/auth/user",
                Canned.json(
                    200,
                    withoutRemaining(),
                    "{\"success\":true,\"data\":{\"id\":\"abc123\",\"name\":\"John Doe\",\"email\":\"john@example.com\","
                        + "\"role\":{\"name\":\"msp_admin\"},\"company\":{\"id\":\"company123\",\"name\":\"Example MSP\"},"
                        + "\"permissions\":[]}}"))
            // A body that is not JSON.
            .answer(
                "GET",
                COMPANY + "/clients",
                Canned.json(200, FakeUpstream.RATE_LIMIT, "{\"success\": tru"))
            // Conforming, with spacing and characters a re-serialisation would change.
            .answer(
                "GET",
                COMPANY + "/clients/client456/policies",
                Canned.json(
                    200,
                    FakeUpstream.RATE_LIMIT,
                    "{ \"success\" : true,\n  \"data\" : [ ] , \"note\":\"caf\u00e9 \\u00e9\" }"));
    fakeProxy =
        new MockServer(MockServerOptions.builder().proxyTo(URI.create(fake.baseUrl())).build())
            .start();
  }

  private static Map<String, String> withoutRemaining() {
    Map<String, String> headers = new HashMap<>(FakeUpstream.RATE_LIMIT);
    headers.remove("X-RateLimit-Remaining");
    return headers;
  }

  @AfterAll
  static void stop() {
    fakeProxy.close();
    fake.close();
    proxy.close();
    upstream.close();
  }

  private static JsonNode violations(MockServer server) {
    return new TestClient(server.baseUrl()).unchecked().get("/_mock/violations", null).data();
  }

  private static List<String> lines(JsonNode violations) {
    List<String> lines = new ArrayList<>();
    violations
        .path("violations")
        .forEach(
            v ->
                lines.add(
                    v.path("operation").asText()
                        + " "
                        + v.path("status").asInt()
                        + " "
                        + v.path("in").asText()
                        + " "
                        + v.path("pointer").asText()
                        + " expected "
                        + v.path("expected").asText()
                        + ", got "
                        + v.path("actual").asText()));
    return lines;
  }

  @Test
  void conformingAnswersPassThroughUnchangedWithNoViolation() {
    String token = upstream.tokenFor(SeededUsers.JOHN_DOE);
    TestClient direct = new TestClient(upstream.baseUrl()).unchecked();
    TestClient viaProxy = new TestClient(proxy.baseUrl()).unchecked();
    JsonNode start = violations(proxy);
    long before = start.path("total").asLong();
    for (String path :
        List.of(
            "/api/v3/auth/user",
            "/api/v4/users?per_page=5&page=2",
            "/api/v3/companies",
            COMPANY,
            COMPANY + "/clients?status=ACTIVE",
            COMPANY + "/clients/client456/policies",
            COMPANY + "/clients/client456/api-keys")) {
      Reply expected = direct.get(path, token);
      Reply got = viaProxy.get(path, token);
      assertThat(got.status()).as(path).isEqualTo(200);
      assertThat(got.body()).as(path).isEqualTo(expected.body());
      assertThat(got.header("X-RateLimit-Limit"))
          .as(path)
          .isEqualTo(expected.header("X-RateLimit-Limit"));
    }
    Reply created = viaProxy.post(COMPANY + "/clients", token, "{\"name\":\"Through the proxy\"}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(direct.get(COMPANY + "/clients", token).body()).contains("Through the proxy");
    Reply invalid = viaProxy.post(COMPANY + "/clients", token, "{\"name\":\"\"}");
    assertThat(invalid.status()).isEqualTo(422);

    JsonNode seen = violations(proxy);
    assertThat(seen.path("drift").asLong()).isEqualTo(start.path("drift").asLong());
    // The caller's own invalid request is listed, as the caller's, not as drift.
    assertThat(seen.path("total").asLong() - before).isEqualTo(1);
    assertThat(lines(seen))
        .anySatisfy(line -> assertThat(line).startsWith("createClient 0 body /name"));
  }

  @Test
  void anUndocumentedStatusIsOneViolationAndTheErrorIsHeldToTheEnvelope() {
    String token = upstream.tokenFor(SeededUsers.JOHN_DOE);
    String path = COMPANY + "/clients/client456/assessment-events";
    long before = violations(proxy).path("total").asLong();
    Reply reply = new TestClient(proxy.baseUrl()).unchecked().get(path, token);
    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.errorCode()).isEqualTo("SERVICE_UNAVAILABLE");
    JsonNode seen = violations(proxy);
    List<String> mine = lines(seen).subList((int) before, (int) seen.path("total").asLong());
    // The chaos answer is an envelope, so only its status and the headers every error carries
    // differ.
    assertThat(mine)
        .containsExactly(
            "listAssessmentEvents 503 status  expected one of 200, 401, 403, 404, 429, 500, got 503",
            "listAssessmentEvents 503 header /X-RateLimit-Limit expected present (documented for 500), got missing",
            "listAssessmentEvents 503 header /X-RateLimit-Remaining expected present (documented for 500), got missing",
            "listAssessmentEvents 503 header /X-RateLimit-Reset expected present (documented for 500), got missing");
  }

  @Test
  void eachBreakIsReportedOncePerRequestWithItsPointer() {
    TestClient client = new TestClient(fakeProxy.baseUrl()).unchecked();
    long before = violations(fakeProxy).path("total").asLong();
    List<String> expected =
        List.of(
            "getCompany 200 body /data/client_count expected integer, got string",
            "listCompanies 200 body /data/0/name expected present, got missing",
            "getCurrentUser 200 header /X-RateLimit-Remaining expected present (documented for 200), got missing",
            "listClients 200 body  expected JSON, got a body that does not parse");
    for (int round = 1; round <= 2; round++) {
      for (String path :
          List.of(COMPANY, "/api/v3/companies", "/api/v3/auth/user", COMPANY + "/clients")) {
        Reply reply = client.get(path, TOKEN);
        assertThat(reply.status()).as(path).isEqualTo(200);
      }
      // The malformed body reached the caller as it was.
      assertThat(client.get(COMPANY + "/policies-none", TOKEN).status()).isEqualTo(404);
      JsonNode seen = violations(fakeProxy);
      List<String> all = lines(seen);
      assertThat(
              all.subList((int) before, all.size()).stream()
                  .filter(l -> !l.startsWith("GET "))
                  .toList())
          .as("round " + round)
          .containsExactlyElementsOf(round == 1 ? expected : concat(expected, expected));
    }
    assertThat(client.get(COMPANY + "/clients", TOKEN).body()).isEqualTo("{\"success\": tru");
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Test
  void conformingBodiesPassByteForByte() {
    long before = violations(fakeProxy).path("drift").asLong();
    Reply reply =
        new TestClient(fakeProxy.baseUrl())
            .unchecked()
            .get(COMPANY + "/clients/client456/policies", TOKEN);
    assertThat(reply.body())
        .isEqualTo("{ \"success\" : true,\n  \"data\" : [ ] , \"note\":\"caf\u00e9 \\u00e9\" }");
    assertThat(reply.header("X-RateLimit-Remaining")).isEqualTo("999");
    assertThat(violations(fakeProxy).path("drift").asLong()).isEqualTo(before);
  }
}
