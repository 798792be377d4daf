package io.compliancescorecard.mock.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.compliancescorecard.mock.internal.auth.Principal;
import io.compliancescorecard.mock.internal.http.ApiRequest;
import java.util.Map;

/**
 * An authenticated, permitted and validated call of one operation.
 *
 * @param principal who calls
 * @param request the raw request (for query parameters)
 * @param pathParams the path template's parameters
 * @param body the parsed JSON body, or null for operations without one
 */
public record ApiCall(
    Principal principal, ApiRequest request, Map<String, String> pathParams, JsonNode body) {

  /** A path parameter. */
  public String path(String name) {
    return pathParams.get(name);
  }

  /** A query parameter, or null. */
  public String query(String name) {
    return request.queryParam(name);
  }

  /** A text field of the body, or null when absent or null. */
  public String field(String name) {
    JsonNode value = body == null ? null : body.get(name);
    return value == null || value.isNull() ? null : value.asText();
  }
}
