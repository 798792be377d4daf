package io.compliancescorecard.sdk;

import io.compliancescorecard.sdk.ratelimit.RateLimit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A typed result with the metadata of the response it came from: status, headers and rate-limit
 * snapshot. Immutable.
 *
 * @param <T> the type of {@link #data()}
 */
public final class ApiResponse<T> {

  private final int status;
  private final Map<String, List<String>> headers;
  private final RateLimit rateLimit;
  private final T data;

  /**
   * @param status the HTTP status
   * @param headers the response headers, names in lower case
   * @param rateLimit the response's rate-limit snapshot, or null
   * @param data the typed result
   */
  public ApiResponse(int status, Map<String, List<String>> headers, RateLimit rateLimit, T data) {
    this.status = status;
    this.headers = Map.copyOf(headers);
    this.rateLimit = rateLimit;
    this.data = data;
  }

  /**
   * @return the HTTP status
   */
  public int status() {
    return status;
  }

  /**
   * @return every response header, names in lower case
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * @param name a header name, in any case
   * @return the header's first value, if present
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * @return the rate-limit snapshot the response carried, if any
   */
  public Optional<RateLimit> rateLimit() {
    return Optional.ofNullable(rateLimit);
  }

  /**
   * @return the typed result: the envelope's {@code data}, already unwrapped
   */
  public T data() {
    return data;
  }

  @Override
  public String toString() {
    return "ApiResponse{status="
        + status
        + ", rateLimit="
        + rateLimit
        + ", data="
        + Objects.toString(data)
        + "}";
  }
}
