package io.compliancescorecard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.compliancescorecard.mock.MockServer;
import io.compliancescorecard.mock.MockServerOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LongRunningServiceTest {

  @Test
  void keepsWorkingWhileItsTokensExpireAndAreRenewed() throws InterruptedException {
    StringWriter text = new StringWriter();
    try (MockServer mock =
        new MockServer(MockServerOptions.builder().tokenLifetime(Duration.ofSeconds(2)).build())
            .start()) {

      LongRunningService.Summary summary =
          LongRunningService.run(
              ApiConnection.to(mock), Duration.ofMillis(300), 10, new PrintWriter(text, true));

      // 10 polls 300 ms apart outlive a 2 s token: the service needed a new one, got it before the
      // old one
      // expired (no 401 to recover from) and never failed.
      assertThat(summary.failures()).isZero();
      assertThat(summary.tokens()).isGreaterThanOrEqualTo(2);
      assertThat(summary.rejectedTokens()).isZero();
      assertThat(text.toString())
          .contains("poll 10: ", "using access token #2")
          .doesNotContain("failed");
    }
  }
}
