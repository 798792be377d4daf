package io.compliancescorecard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.compliancescorecard.mock.MockServer;
import io.compliancescorecard.sdk.ratelimit.RateLimit;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ResilienceTest {

  @Test
  void everyCallSucceedsThroughInjectedFaultsAndTheRateLimitIsReported() {
    StringWriter text = new StringWriter();
    try (MockServer mock = new MockServer(Resilience.FLAKY_MOCK).start()) {

      Resilience.Outcome outcome =
          Resilience.run(ApiConnection.to(mock), 30, new PrintWriter(text, true));

      // Each call ends in exactly one 200; with 30% errors and 10% resets over 30 calls some
      // attempt failed
      // (all 30 first attempts succeeding has a chance of about 1 in a million).
      assertThat(outcome.statuses()).containsEntry(200, 30);
      assertThat(outcome.attempts()).isGreaterThan(30);
      assertThat(outcome.attempts() - 30)
          .isEqualTo(
              outcome.connectionFailures()
                  + outcome.statuses().entrySet().stream()
                      .filter(e -> e.getKey() != 200)
                      .mapToInt(e -> e.getValue())
                      .sum());
      assertThat(outcome.snapshot()).map(RateLimit::limit).contains(20);
      assertThat(text.toString()).contains("the SDK will retry", "rate limit: ", "call 30: ");
    }
  }
}
