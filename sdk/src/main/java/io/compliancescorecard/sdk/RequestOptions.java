package io.compliancescorecard.sdk;

import io.compliancescorecard.sdk.internal.IdempotencyKeyInterceptor;
import io.compliancescorecard.sdk.internal.RetryLimit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Options of one call, merged over the client's defaults (see {@link
 * ComplianceScorecardClient#withOptions}): a timeout for the whole call, the maximum number of
 * retries, extra headers and query parameters, and the idempotency key of a create. Immutable; made
 * with {@link #builder()}.
 *
 * <pre>{@code
 * client.companies().list(RequestOptions.builder().timeout(Duration.ofSeconds(2)).maxRetries(0).build());
 * }</pre>
 *
 * <p>Headers the SDK sets itself cannot be extra headers: {@code Authorization} (from the token
 * provider), {@code Idempotency-Key} (use {@link Builder#idempotencyKey}), {@code User-Agent} (use
 * the builder's {@code userAgentSuffix}), and {@code Content-Type}, {@code Content-Length} and
 * {@code Host} (from the request itself). Naming one is an {@link IllegalArgumentException}, never
 * a silent choice.
 */
public final class RequestOptions {

  private static final Set<String> OWNED_HEADERS =
      Set.of(
          "authorization",
          "idempotency-key",
          "user-agent",
          "content-type",
          "content-length",
          "host");
  private static final RequestOptions NONE = builder().build();

  private final Duration timeout;
  private final Integer maxRetries;
  private final Map<String, String> headers;
  private final Map<String, List<String>> queryParams;
  private final String idempotencyKey;

  private RequestOptions(Builder builder) {
    this.timeout = builder.timeout;
    this.maxRetries = builder.maxRetries;
    this.headers = Collections.unmodifiableMap(new TreeMap<>(builder.headers));
    Map<String, List<String>> query = new LinkedHashMap<>();
    builder.queryParams.forEach((name, values) -> query.put(name, List.copyOf(values)));
    this.queryParams = Collections.unmodifiableMap(query);
    this.idempotencyKey = builder.idempotencyKey;
  }

  /**
   * @return no options: every call as the client is configured
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * @return a builder with no options set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return a builder holding these options, to change some of them
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.timeout = timeout;
    builder.maxRetries = maxRetries;
    builder.headers.putAll(headers);
    queryParams.forEach((name, values) -> builder.queryParams.put(name, new ArrayList<>(values)));
    builder.idempotencyKey = idempotencyKey;
    return builder;
  }

  /**
   * @return the limit for the whole call, retries and waits included, if set
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * @return how many times a failed attempt may be repeated, if set
   */
  public OptionalInt maxRetries() {
    return maxRetries == null ? OptionalInt.empty() : OptionalInt.of(maxRetries);
  }

  /**
   * @return the extra headers, names in any case, sorted case-insensitively
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * @return the extra query parameters, each with its values in order
   */
  public Map<String, List<String>> queryParams() {
    return queryParams;
  }

  /**
   * @return the create's idempotency key, if set
   */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /**
   * @param defaults the options these override
   * @return these options where set, else the defaults'; headers and query parameters are united,
   *     these winning for a name both have
   */
  RequestOptions mergedOver(RequestOptions defaults) {
    if (defaults == NONE) {
      return this;
    }
    if (this == NONE) {
      return defaults;
    }
    Builder merged = defaults.toBuilder();
    if (timeout != null) {
      merged.timeout = timeout;
    }
    if (maxRetries != null) {
      merged.maxRetries = maxRetries;
    }
    merged.headers.putAll(headers);
    queryParams.forEach((name, values) -> merged.queryParams.put(name, new ArrayList<>(values)));
    if (idempotencyKey != null) {
      merged.idempotencyKey = idempotencyKey;
    }
    return merged.build();
  }

  /**
   * @param request a request the SDK built
   * @return the request with the extra headers and query parameters, the idempotency key and the
   *     retry limit
   * @throws IllegalArgumentException if an extra query parameter is one the call sends already, or
   *     an idempotency key is set on a request other than a POST
   */
  Request applyTo(Request request) {
    if (this == NONE) {
      return request;
    }
    Request.Builder changed = request.newBuilder();
    headers.forEach(changed::header);
    if (idempotencyKey != null) {
      if (!"POST".equals(request.method())) {
        throw new IllegalArgumentException(
            "an idempotency key belongs to a create (POST), not to "
                + request.method()
                + " "
                + request.url().encodedPath());
      }
      changed.header(IdempotencyKeyInterceptor.HEADER, idempotencyKey);
    }
    if (!queryParams.isEmpty()) {
      HttpUrl.Builder url = request.url().newBuilder();
      queryParams.forEach(
          (name, values) -> {
            if (request.url().queryParameter(name) != null) {
              throw new IllegalArgumentException(
                  "the query parameter '"
                      + name
                      + "' is set by the call itself: "
                      + "use the operation's parameters for it");
            }
            values.forEach(value -> url.addQueryParameter(name, value));
          });
      changed.url(url.build());
    }
    if (maxRetries != null) {
      changed.tag(RetryLimit.class, new RetryLimit(maxRetries));
    }
    return changed.build();
  }

  /** Names only: header and query values may be secrets. */
  @Override
  public String toString() {
    return "RequestOptions{timeout="
        + timeout
        + ", maxRetries="
        + maxRetries
        + ", headers="
        + headers.keySet()
        + ", queryParams="
        + queryParams.keySet()
        + ", idempotencyKey="
        + (idempotencyKey == null ? "none" : "set")
        + "}";
  }

  /** Builds {@link RequestOptions}; every option is unset until given. */
  public static final class Builder {
    private Duration timeout;
    private Integer maxRetries;
    private final TreeMap<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, List<String>> queryParams = new LinkedHashMap<>();
    private String idempotencyKey;

    private Builder() {}

    /**
     * @param timeout the limit for the whole call, retries and waits included; it replaces the
     *     client's {@code callTimeout} for this call
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("a timeout must be positive");
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * @param maxRetries how many times a failed attempt may be repeated (0: never), by the retry
     *     policy's rules and backoff
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must not be negative");
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * @param name a header name the SDK does not set itself
     * @param value its value; it replaces an earlier value of the same name (in any case)
     * @return this builder
     * @throws IllegalArgumentException if the SDK owns the header, or the name or value has a
     *     character HTTP does not allow (the message never shows the value)
     */
    public Builder header(String name, String value) {
      checkExtraHeader(name, value);
      headers.put(name, value);
      return this;
    }

    /**
     * The one rule for a header a caller adds, to options or to a {@link RawRequest}: a valid name,
     * not one the SDK sets itself, a printable value.
     */
    static void checkExtraHeader(String name, String value) {
      Objects.requireNonNull(value, "value");
      if (name == null
          || name.isEmpty()
          || !name.chars().allMatch(c -> c > 32 && c < 127 && c != ':')) {
        throw new IllegalArgumentException("not a header name: '" + name + "'");
      }
      if (OWNED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "the SDK sets the header '"
                + name
                + "' itself"
                + ownedHeaderHint(name.toLowerCase(Locale.ROOT)));
      }
      // OkHttp would refuse the same characters later, with the value in its message.
      if (!value.chars().allMatch(c -> c == '\t' || (c >= 32 && c < 127))) {
        throw new IllegalArgumentException(
            "the value of the header '" + name + "' has a character other than printable ASCII");
      }
    }

    private static String ownedHeaderHint(String owned) {
      switch (owned) {
        case "authorization":
          return ": tokens come from the client's TokenProvider";
        case "idempotency-key":
          return ": use idempotencyKey(...)";
        case "user-agent":
          return ": use the client builder's userAgentSuffix(...)";
        default:
          return "";
      }
    }

    /**
     * @param name a query parameter the operation does not send itself
     * @param value one value; repeating the name adds another
     * @return this builder
     */
    public Builder queryParam(String name, String value) {
      if (name == null || name.isEmpty()) {
        throw new IllegalArgumentException("a query parameter needs a name");
      }
      queryParams
          .computeIfAbsent(name, n -> new ArrayList<>())
          .add(Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sends {@code key} as the {@code Idempotency-Key} of a create, for example to repeat it safely
     * from a job that restarted: a repeated key replays the first response where the server honours
     * it. Without it, each create gets a random key (the same across its retries).
     *
     * @param key up to 255 characters; a UUID is recommended
     * @return this builder
     */
    public Builder idempotencyKey(String key) {
      if (key == null || key.isBlank() || key.length() > 255) {
        throw new IllegalArgumentException("an idempotency key has 1 to 255 characters");
      }
      this.idempotencyKey = key;
      return this;
    }

    /**
     * @return the options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
