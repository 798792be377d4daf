package io.compliancescorecard.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Idempotency keys are scoped by what a create means, not how its URL is spelled, and held in
 * bounded memory.
 */
class IdempotencyKeysTest {

  private static final String CLIENTS = "/api/v3/companies/company123/clients";

  @Test
  void theSameKeyOnAnotherSpellingOfThePathIsAReplay() {
    MockServer mock = SharedMock.get();
    TestClient api = SharedMock.client();
    String john = mock.tokenFor(SeededUsers.JOHN_DOE);
    String key = UUID.randomUUID().toString();
    String body = "{\"name\":\"Spelled twice " + key + "\"}";

    Reply first = api.post(CLIENTS, john, body, "Idempotency-Key", key);
    // %63 is "c": the same company, so the same create.
    Reply second =
        api.post("/api/v3/companies/%63ompany123/clients", john, body, "Idempotency-Key", key);

    assertThat(first.status()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(second.data().get("id")).isEqualTo(first.data().get("id"));
    assertThat(api.get(CLIENTS + "?search=" + key, john).data()).hasSize(1);
  }

  @Test
  void theOldestKeysAreForgottenBeyondTheLimit() {
    try (MockServer mock =
        new MockServer(MockServerOptions.builder().idempotencyKeys(2, Duration.ofHours(1)).build())
            .start()) {
      TestClient api = new TestClient(mock.baseUrl());
      String john = mock.tokenFor(SeededUsers.JOHN_DOE);
      Reply a = create(api, john, "a");
      create(api, john, "b");
      create(api, john, "c");

      assertThat(create(api, john, "c").header("Idempotent-Replayed")).isEqualTo("true");
      Reply aAgain = create(api, john, "a");
      assertThat(aAgain.status()).isEqualTo(201);
      assertThat(aAgain.header("Idempotent-Replayed")).isNull();
      assertThat(aAgain.data().get("id")).isNotEqualTo(a.data().get("id"));
    }
  }

  @Test
  void aKeyIsForgottenAfterItsLifetime() {
    MutableClock clock = new MutableClock("2026-01-01T00:00:00Z");
    try (MockServer mock =
        new MockServer(
                MockServerOptions.builder()
                    .clock(clock)
                    .idempotencyKeys(100, Duration.ofMinutes(10))
                    .build())
            .start()) {
      TestClient api = new TestClient(mock.baseUrl());
      String john = mock.tokenFor(SeededUsers.JOHN_DOE);
      Reply first = create(api, john, "k");

      clock.set("2026-01-01T00:09:59Z");
      assertThat(create(api, john, "k").header("Idempotent-Replayed")).isEqualTo("true");
      clock.set("2026-01-01T00:10:00Z");
      Reply later = create(api, john, "k");
      assertThat(later.header("Idempotent-Replayed")).isNull();
      assertThat(later.data().get("id")).isNotEqualTo(first.data().get("id"));
    }
  }

  private static Reply create(TestClient api, String token, String key) {
    Reply reply =
        api.post(CLIENTS, token, "{\"name\":\"Keyed " + key + "\"}", "Idempotency-Key", key);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply;
  }
}
