package io.compliancescorecard.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TraceJournalTest {

  private static final String CLIENTS = "/api/v3/companies/comp123/clients";

  private static String randomHex(int bytes) {
    byte[] random = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(random);
    return HexFormat.of().formatHex(random);
  }

  @ParameterizedTest
  @EnumSource(ServingPath.class)
  void eachRequestIsJournaledWithItsTraceContextAndFoundByTraceId(ServingPath path) {
    MockServer mock = path.server();
    TestClient api = path.client();
    String token = mock.tokenFor(SeededUsers.MARY_MAJOR);
    String traceId = randomHex(16);
    String first = "00-" + traceId + "-" + randomHex(8) + "-01";
    String second = "00-" + traceId + "-" + randomHex(8) + "-01";

    api.get(CLIENTS + "?status=ACTIVE&api_key=hunter2", token);
    api.send("GET", CLIENTS, token, null, "traceparent", first);
    api.send("GET", "/api/v3/companies/nowhere", token, null, "traceparent", second);

    JsonNode journal = api.get("/_mock/requests?trace_id=" + traceId, null).data();
    assertThat(journal).hasSize(2);
    assertThat(journal.get(0).get("method").asText()).isEqualTo("GET");
    assertThat(journal.get(0).get("path").asText()).isEqualTo(CLIENTS);
    assertThat(journal.get(0).get("status").asInt()).isEqualTo(200);
    assertThat(journal.get(0).get("traceparent").asText()).isEqualTo(first);
    assertThat(journal.get(0).get("trace_id").asText()).isEqualTo(traceId);
    assertThat(journal.get(0).get("parent_id").asText()).isEqualTo(first.substring(36, 52));
    assertThat(journal.get(1).get("status").asInt()).isEqualTo(404);
    assertThat(journal.get(1).get("traceparent").asText()).isEqualTo(second);
    String all = api.get("/_mock/requests", null).body();
    assertThat(all)
        .contains(CLIENTS)
        .doesNotContain("hunter2")
        .doesNotContain(token)
        .doesNotContain("/_mock/requests");
  }

  @ParameterizedTest
  @EnumSource(ServingPath.class)
  void aMalformedTraceContextIsJournaledAsNoneAndNeverEchoed(ServingPath path) {
    MockServer mock = path.server();
    TestClient api = path.client();
    String marker = "/api/v3/companies/" + randomHex(6);
    String forged = "00-" + randomHex(16) + "-" + randomHex(8) + "-01<script>";

    api.send("GET", marker, mock.tokenFor(SeededUsers.MARY_MAJOR), null, "traceparent", forged);

    JsonNode entry = null;
    for (JsonNode candidate : api.get("/_mock/requests", null).data()) {
      if (candidate.get("path").asText().equals(marker)) {
        entry = candidate;
      }
    }
    assertThat(entry).isNotNull();
    assertThat(entry.get("traceparent").isNull()).isTrue();
    assertThat(entry.get("trace_id").isNull()).isTrue();
    assertThat(api.get("/_mock/requests", null).body()).doesNotContain("<script>");
  }
}
