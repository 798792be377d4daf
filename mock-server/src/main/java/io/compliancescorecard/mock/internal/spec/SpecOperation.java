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
    String method,
    String pathTemplate,
    String operationId,
    String permission,
    String rateLimitCategory,
    boolean hasRequestBody) {

  /**
   * Decoded path parameters when the raw {@code path} matches this operation's template, else null.
   */
  public Map<String, String> match(String path) {
    return matchTemplate(pathTemplate, path);
  }

  /**
   * Compares segment by segment in place: the API's pipeline tries every operation in turn, so a
   * mismatch must cost no allocation.
   */
  static Map<String, String> matchTemplate(String template, String path) {
    Map<String, String> params = null;
    int t = 0;
    int p = 0;
    while (true) {
      int templateEnd = segmentEnd(template, t);
      int pathEnd = segmentEnd(path, p);
      if (templateEnd - t >= 2
          && template.charAt(t) == '{'
          && template.charAt(templateEnd - 1) == '}') {
        if (pathEnd == p) {
          return null;
        }
        if (params == null) {
          params = new LinkedHashMap<>(4);
        }
        params.put(
            template.substring(t + 1, templateEnd - 1),
            ApiRequest.decodeSegment(path.substring(p, pathEnd)));
      } else if (templateEnd - t != pathEnd - p
          || !template.regionMatches(t, path, p, templateEnd - t)) {
        return null;
      }
      boolean templateDone = templateEnd == template.length();
      boolean pathDone = pathEnd == path.length();
      if (templateDone || pathDone) {
        return templateDone && pathDone ? (params == null ? Map.of() : params) : null;
      }
      t = templateEnd + 1;
      p = pathEnd + 1;
    }
  }

  private static int segmentEnd(String s, int from) {
    int slash = s.indexOf('/', from);
    return slash < 0 ? s.length() : slash;
  }
}
