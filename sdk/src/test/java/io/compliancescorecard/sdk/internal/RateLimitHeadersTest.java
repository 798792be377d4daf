package io.compliancescorecard.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.compliancescorecard.sdk.ratelimit.RateLimit;
import io.compliancescorecard.sdk.ratelimit.RateLimitCategory;
import java.time.Instant;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class RateLimitHeadersTest {

  private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

  private static Response response(String path, String... headers) {
    Response.Builder builder =
        new Response.Builder()
            .request(new Request.Builder().url("http://127.0.0.1" + path).build())
            .protocol(Protocol.HTTP_1_1)
            .code(429)
            .message("Too Many Requests");
    for (int i = 0; i < headers.length; i += 2) {
      builder.addHeader(headers[i], headers[i + 1]);
    }
    return builder.build();
  }

  @Test
  void readsTheSnapshotAndItsCategoryFromThePath() {
    Response auth =
        response(
            "/api/v3/auth/user",
            "X-RateLimit-Limit",
            "100",
            "X-RateLimit-Remaining",
            "7",
            "X-RateLimit-Reset",
            "1740831300");

    assertThat(RateLimitHeaders.snapshot(auth))
        .contains(
            new RateLimit(
                RateLimitCategory.AUTHENTICATION, 100, 7, Instant.ofEpochSecond(1740831300)));
  }

  @Test
  void ignoresMissingOrGarbledHeaders() {
    assertThat(RateLimitHeaders.snapshot(response("/api/v3/companies", "X-RateLimit-Limit", "100")))
        .isEmpty();
    assertThat(
            RateLimitHeaders.snapshot(
                response(
                    "/api/v3/companies",
                    "X-RateLimit-Limit",
                    "lots",
                    "X-RateLimit-Remaining",
                    "7",
                    "X-RateLimit-Reset",
                    "1740831300")))
        .isEmpty();
    assertThat(RateLimitHeaders.retryAt(response("/x", "Retry-After", "soon"), NOW)).isEmpty();
  }

  @Test
  void retryAfterInSecondsOrAsAnHttpDateWinsOverTheReset() {
    String reset = String.valueOf(NOW.plusSeconds(600).getEpochSecond());

    assertThat(
            RateLimitHeaders.retryAt(
                response("/x", "Retry-After", "30", "X-RateLimit-Reset", reset), NOW))
        .contains(NOW.plusSeconds(30));
    assertThat(
            RateLimitHeaders.retryAt(
                response("/x", "Retry-After", "Sat, 01 Mar 2025 12:01:00 GMT"), NOW))
        .contains(NOW.plusSeconds(60));
    assertThat(RateLimitHeaders.retryAt(response("/x", "X-RateLimit-Reset", reset), NOW))
        .contains(NOW.plusSeconds(600));
  }
}
