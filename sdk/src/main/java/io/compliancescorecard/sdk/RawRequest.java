package io.compliancescorecard.sdk;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A request the typed API does not cover, for {@link
 * ComplianceScorecardClient#rawRequest(RawRequest)}: it goes through the client's connection pool,
 * timeouts, retries, User-Agent and logging. Immutable; each method returns a changed copy.
 *
 * <pre>{@code
 * client.rawRequest(RawRequest.of("POST", "/_mock/webhooks/trigger")
 *     .jsonBody("{\"event\":\"policy.published\"}")
 *     .withoutCredentials());
 * }</pre>
 *
 * <p>The token goes only to the API's own origin ({@link
 * io.compliancescorecard.sdk.auth.SameOrigin}), and not even there after {@link
 * #withoutCredentials()}.
 */
public final class RawRequest {

  private final String method;
  private final String target;
  private final byte[] jsonBody;
  private final Map<String, String> headers;
  private final boolean credentials;

  private RawRequest(
      String method,
      String target,
      byte[] jsonBody,
      Map<String, String> headers,
      boolean credentials) {
    this.method = method;
    this.target = target;
    this.jsonBody = jsonBody;
    this.headers = headers;
    this.credentials = credentials;
  }

  /**
   * @param method an HTTP method, in any case, for example {@code get}
   * @param pathOrUrl a path relative to the client's base URL with an optional query, for example
   *     {@code /api/v4/users?page=2}, or an absolute {@code http} or {@code https} URL, which may
   *     name another host (sent without the token)
   * @return a request with no body and no extra header, carrying the token when it goes to the API
   */
  public static RawRequest of(String method, String pathOrUrl) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(pathOrUrl, "pathOrUrl");
    return new RawRequest(method.toUpperCase(Locale.ROOT), pathOrUrl, null, Map.of(), true);
  }

  /**
   * @param json the request body, sent as {@code application/json}; null for none
   * @return a copy with that body
   */
  public RawRequest jsonBody(String json) {
    return jsonBody(json == null ? null : json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @param json the request body's bytes, sent unchanged as {@code application/json} (for example a
   *     webhook delivery passed on); null for none
   * @return a copy with that body
   */
  public RawRequest jsonBody(byte[] json) {
    return new RawRequest(method, target, json == null ? null : json.clone(), headers, credentials);
  }

  /**
   * @param name a header name the SDK does not set itself, as for {@link
   *     RequestOptions.Builder#header}
   * @param value its value
   * @return a copy that also sends this header (replacing an earlier value of the same name)
   * @throws IllegalArgumentException for a header the SDK sets itself, or a malformed name or value
   */
  public RawRequest header(String name, String value) {
    RequestOptions.Builder.checkExtraHeader(name, value);
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new RawRequest(method, target, jsonBody, Map.copyOf(more), credentials);
  }

  /**
   * For endpoints that need no token, such as a mock server's admin API under {@code /_mock/}: the
   * token provider is not asked and nothing is sent in {@code Authorization}.
   *
   * @return a copy sent without credentials, even to the API's own origin
   */
  public RawRequest withoutCredentials() {
    return new RawRequest(method, target, jsonBody, headers, false);
  }

  String method() {
    return method;
  }

  String target() {
    return target;
  }

  byte[] body() {
    return jsonBody;
  }

  Map<String, String> headers() {
    return headers;
  }

  boolean credentials() {
    return credentials;
  }
}
