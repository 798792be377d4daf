package io.compliancescorecard.sdk.internal;

import io.compliancescorecard.sdk.ratelimit.RateLimit;
import io.compliancescorecard.sdk.ratelimit.RateLimitCategory;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.Response;

/** Reads the rate-limit and {@code Retry-After} headers; tolerates absent or garbled values. */
public final class RateLimitHeaders {

  static final String LIMIT = "X-RateLimit-Limit";
  static final String REMAINING = "X-RateLimit-Remaining";
  static final String RESET = "X-RateLimit-Reset";
  static final String RETRY_AFTER = "Retry-After";

  private RateLimitHeaders() {}

  /**
   * @param response any API response
   * @return its snapshot, when all three headers are present and numeric
   */
  public static Optional<RateLimit> snapshot(Response response) {
    Headers headers = response.headers();
    Long limit = number(headers.get(LIMIT));
    Long remaining = number(headers.get(REMAINING));
    Long reset = number(headers.get(RESET));
    if (limit == null || remaining == null || reset == null) {
      return Optional.empty();
    }
    RateLimitCategory category = OperationCategories.of(response.request());
    return Optional.of(
        new RateLimit(
            category,
            (int) Math.min(Integer.MAX_VALUE, limit),
            (int) Math.min(Integer.MAX_VALUE, remaining),
            Instant.ofEpochSecond(reset)));
  }

  /**
   * When the server says the request may be repeated: {@code Retry-After} (seconds or an HTTP-date)
   * first, else {@code X-RateLimit-Reset} (Unix seconds).
   *
   * @param response a 429 or 503 response
   * @param now the current instant
   * @return the instant, when the server named one
   */
  public static Optional<Instant> retryAt(Response response, Instant now) {
    String retryAfterValue = response.header(RETRY_AFTER);
    Long retryAfter = number(retryAfterValue);
    if (retryAfter != null) {
      return Optional.of(now.plus(Duration.ofSeconds(Math.max(0, retryAfter))));
    }
    if (retryAfterValue != null) {
      try {
        // RFC 9110 also allows an HTTP-date.
        return Optional.of(
            ZonedDateTime.parse(retryAfterValue.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                .toInstant());
      } catch (DateTimeParseException e) {
        // Neither form: fall back to the reset header.
      }
    }
    Long reset = number(response.header(RESET));
    return reset == null ? Optional.empty() : Optional.of(Instant.ofEpochSecond(reset));
  }

  private static Long number(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
