package io.compliancescorecard.mock.internal.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One incoming request, independent of WireMock: method, decoded path, query parameters, headers
 * and body.
 *
 * @param method upper-case HTTP method
 * @param path the path without the query string, as sent (still percent-encoded, so that an encoded
 *     slash stays inside its segment)
 * @param query query parameters in order, decoded
 * @param headers looks a header up by name (case-insensitive), null when absent
 * @param body the raw body, never null
 * @param clientAddress the client's IP address, or null for the mock's own rehearsal
 */
public record ApiRequest(
    String method,
    String path,
    Map<String, List<String>> query,
    Function<String, String> headers,
    byte[] body,
    String clientAddress) {

  /**
   * Splits a raw URL ({@code /path?a=1&b=2}) into a request.
   *
   * @throws ApiError 400 when the URL's percent-encoding is broken
   */
  public static ApiRequest of(
      String method,
      String url,
      Function<String, String> headers,
      byte[] body,
      String clientAddress) {
    int q = url.indexOf('?');
    String rawPath = q < 0 ? url : url.substring(0, q);
    Map<String, List<String>> query =
        q < 0 || q == url.length() - 1 ? Collections.emptyMap() : parseQuery(url.substring(q + 1));
    return new ApiRequest(
        method, rawPath, query, headers, body == null ? new byte[0] : body, clientAddress);
  }

  /** The header's value, or null. */
  public String header(String name) {
    return headers.apply(name);
  }

  /** The first value of a query parameter, or null. */
  public String queryParam(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static Map<String, List<String>> parseQuery(String raw) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq), true);
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
      query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return query;
  }

  /**
   * Decodes one path segment.
   *
   * @throws ApiError 400 when its percent-encoding is broken
   */
  public static String decodeSegment(String raw) {
    return decode(raw, false);
  }

  private static String decode(String raw, boolean plusIsSpace) {
    if (raw.indexOf('%') < 0 && (!plusIsSpace || raw.indexOf('+') < 0)) {
      return raw;
    }
    try {
      String escaped = plusIsSpace ? raw : raw.replace("+", "%2B");
      return URLDecoder.decode(escaped, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("The URL is not validly percent-encoded.");
    }
  }
}
