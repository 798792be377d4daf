package io.compliancescorecard.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.compliancescorecard.mock.junit.MockServerExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RateLimitTest {

  /** Windows end when the test says so, not when a slow machine happens to take a second. */
  private static final MutableClock CLOCK = new MutableClock("2025-06-01T00:00:00Z");

  @RegisterExtension
  static final MockServerExtension MOCK =
      new MockServerExtension(
          MockServerOptions.builder()
              .clock(CLOCK)
              .rateLimit("general", 5, Duration.ofSeconds(30))
              .rateLimit("authentication", 3, Duration.ofHours(1))
              .build());

  private final TestClient api = new TestClient(MOCK.baseUrl());

  @Test
  void everyResponseCountsDownAndTheSpentBudgetAnswers429WithRetryAfter() {
    String token = MOCK.token();
    for (int i = 1; i <= 5; i++) {
      Reply ok = api.get("/api/v3/companies", token);
      assertThat(ok.status()).isEqualTo(200);
      assertThat(ok.header("X-RateLimit-Limit")).isEqualTo("5");
      assertThat(ok.header("X-RateLimit-Remaining")).isEqualTo(Integer.toString(5 - i));
      assertThat(Long.parseLong(ok.header("X-RateLimit-Reset")))
          .isEqualTo(CLOCK.instant().getEpochSecond() + 30);
    }
    Reply limited = api.get("/api/v3/companies", token);
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.errorCode()).isEqualTo("RATE_LIMITED");
    assertThat(limited.header("X-RateLimit-Remaining")).isEqualTo("0");
    assertThat(limited.header("Retry-After")).isEqualTo("30");
  }

  @Test
  void theBudgetComesBackWhenTheWindowEnds() {
    String token = MOCK.token();
    for (int i = 0; i < 6; i++) {
      api.get("/api/v3/companies", token);
    }
    assertThat(api.get("/api/v3/companies", token).status()).isEqualTo(429);
    CLOCK.set(CLOCK.instant().plusSeconds(29).toString());
    Reply stillLimited = api.get("/api/v3/companies", token);
    assertThat(stillLimited.status()).isEqualTo(429);
    assertThat(stillLimited.header("Retry-After")).isEqualTo("1");
    CLOCK.set(CLOCK.instant().plusSeconds(1).toString());
    Reply renewed = api.get("/api/v3/companies", token);
    assertThat(renewed.status()).isEqualTo(200);
    assertThat(renewed.header("X-RateLimit-Remaining")).isEqualTo("4");
  }

  @Test
  void budgetsArePerTokenAndPerCategory() {
    String spent = MOCK.token();
    for (int i = 0; i < 5; i++) {
      api.get("/api/v3/companies", spent);
    }
    assertThat(api.get("/api/v3/companies", spent).status()).isEqualTo(429);
    assertThat(api.get("/api/v3/companies", MOCK.token()).status()).isEqualTo(200);
    Reply auth = api.get("/api/v3/auth/user", spent);
    assertThat(auth.status()).isEqualTo(200);
    assertThat(auth.header("X-RateLimit-Limit")).isEqualTo("3");
    assertThat(auth.header("X-RateLimit-Remaining")).isEqualTo("2");
  }

  @Test
  void errorsCountAndCarryTheHeadersToo() {
    String token = MOCK.token(SeededUsers.JANE_SMITH);
    Reply forbidden = api.get("/api/v4/users", token);
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.header("X-RateLimit-Remaining")).isEqualTo("4");
    Reply notFound = api.get("/api/v3/companies/nope", token);
    assertThat(notFound.header("X-RateLimit-Remaining")).isEqualTo("3");
  }

  @Test
  void countsAreExactUnderConcurrency() throws Exception {
    String token = MOCK.token();
    // Spend the authentication budget (3 per hour) from 24 threads at once: exactly 3 get through.
    ExecutorService pool = Executors.newFixedThreadPool(24);
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 72; i++) {
        calls.add(() -> api.get("/api/v3/auth/user", token).status());
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : pool.invokeAll(calls)) {
        statuses.add(f.get());
      }
      assertThat(statuses).filteredOn(s -> s == 200).hasSize(3);
      assertThat(statuses).filteredOn(s -> s == 429).hasSize(69);
    } finally {
      pool.shutdownNow();
    }
  }
}
