package io.compliancescorecard.mock.internal.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestJournalTest {

  private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String VALID = "00-" + TRACE + "-00f067aa0ba902b7-01";

  private final RequestJournal journal =
      new RequestJournal(Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));

  @Test
  void theSpecsExampleTraceContextIsRead() {
    TraceParent parsed = TraceParent.parse(VALID);

    assertThat(parsed.traceId()).isEqualTo(TRACE);
    assertThat(parsed.parentId()).isEqualTo("00f067aa0ba902b7");
    assertThat(
            TraceParent.parse("cc-" + TRACE + "-00f067aa0ba902b7-01-what-the-future-adds").value())
        .isEqualTo("cc-" + TRACE + "-00f067aa0ba902b7-01");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "00-" + TRACE + "-00f067aa0ba902b7-1",
        "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
        "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
        "00-" + TRACE + "-0000000000000000-01",
        "ff-" + TRACE + "-00f067aa0ba902b7-01",
        "00-" + TRACE + "-00f067aa0ba902b7-01-extra",
        "00_" + TRACE + "-00f067aa0ba902b7-01"
      })
  void anythingElseIsNoTraceContext(String header) {
    assertThat(TraceParent.parse(header)).isNull();
  }

  @Test
  void theOldestEntriesGiveWayAndOrderIsKept() {
    for (int i = 0; i < RequestJournal.CAPACITY + 5; i++) {
      journal.record("GET", "/api/" + i, 200, null, i % 2 == 0 ? VALID : null);
    }

    JsonNode all = journal.toJson(null);
    assertThat(all).hasSize(RequestJournal.CAPACITY);
    assertThat(all.get(0).get("path").asText()).isEqualTo("/api/5");
    assertThat(all.get(RequestJournal.CAPACITY - 1).get("path").asText())
        .isEqualTo("/api/" + (RequestJournal.CAPACITY + 4));
    assertThat(journal.toJson(TRACE)).hasSize(RequestJournal.CAPACITY / 2);
    assertThat(all.get(0).get("time").asText()).isEqualTo("2026-01-02T03:04:05Z");
  }

  @Test
  void aFaultIsJournaledInsteadOfAStatusAndLongPathsAreCut() {
    journal.record("POST", "/x".repeat(1000), 0, "CONNECTION_RESET_BY_PEER", null);

    JsonNode entry = journal.toJson(null).get(0);
    assertThat(entry.get("fault").asText()).isEqualTo("CONNECTION_RESET_BY_PEER");
    assertThat(entry.has("status")).isFalse();
    assertThat(entry.get("path").asText()).hasSize(259);
    journal.clear();
    assertThat(journal.toJson(null)).isEmpty();
  }
}
