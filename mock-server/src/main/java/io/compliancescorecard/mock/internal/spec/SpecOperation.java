package io.compliancescorecard.mock.internal.spec;

import io.compliancescorecard.mock.internal.http.ApiRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One operation of the spec, with what the mock enforces around it.
 *
 * @param method upper-case HTTP method
 * @param pathTemplate the spec's path, for example {@code /api/v3/companies/{companyId}}
 * @param operationId the spec's operationId, the key of its handler
 * @param permission the {@code x-permission} it needs, or null for any valid token
 * @param rateLimitCategory its {@code x-rate-limit-category}
 * @param hasRequestBody whether it takes a JSON body
 */
public record SpecOperation(
    String method, String pathTemplate, String operationId, String permission, String rateLimitCategory,
    boolean hasRequestBody) {

  /** Decoded path parameters when the raw {@code path} matches this operation's template, else null. */
  public Map<String, String> match(String path) {
    return matchTemplate(pathTemplate, path);
  }

  static Map<String, String> matchTemplate(String template, String path) {
    String[] want = template.split("/", -1);
    String[] got = path.split("/", -1);
    if (want.length != got.length) {
      return null;
    }
    Map<String, String> params = null;
    for (int i = 0; i < want.length; i++) {
      String segment = want[i];
      if (segment.startsWith("{") && segment.endsWith("}")) {
        if (got[i].isEmpty()) {
          return null;
        }
        if (params == null) {
          params = new LinkedHashMap<>(4);
        }
        params.put(segment.substring(1, segment.length() - 1), ApiRequest.decodeSegment(got[i]));
      } else if (!segment.equals(got[i])) {
        return null;
      }
    }
    return params == null ? Map.of() : params;
  }
}
