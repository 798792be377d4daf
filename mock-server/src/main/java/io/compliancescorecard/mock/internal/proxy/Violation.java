package io.compliancescorecard.mock.internal.proxy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.compliancescorecard.mock.internal.http.Json;

/**
 * One difference between what passed through the proxy and the spec.
 *
 * @param operation the spec's operationId, or {@code METHOD path} when no operation matches
 * @param direction {@code request} (the caller's request) or {@code response} (the upstream's
 *     answer)
 * @param status the upstream's status (0 for a request violation)
 * @param in {@code status}, {@code header}, {@code body}, {@code path} or {@code query}
 * @param pointer where: a JSON pointer into the body, or {@code /<name>} of a header or parameter
 * @param expected what the spec says
 * @param actual what came; a secret-looking field's value is never shown
 */
public record Violation(
    String operation,
    String direction,
    int status,
    String in,
    String pointer,
    String expected,
    String actual) {

  /** Whether the upstream's answer (not the caller's request) broke the spec: drift. */
  public boolean drift() {
    return "response".equals(direction);
  }

  /**
   * The key violations are grouped and counted by in the report: array indices become {@code *}.
   */
  String groupKey() {
    return direction
        + " "
        + status
        + " "
        + in
        + " "
        + pointer.replaceAll("/\\d+(?=/|$)", "/*")
        + " "
        + expected;
  }

  /** {@code listClients response 200 body /data/0/employee_count: expected integer, got string}. */
  String logLine() {
    return operation
        + " "
        + direction
        + " "
        + (status == 0 ? "-" : Integer.toString(status))
        + " "
        + in
        + " "
        + (pointer.isEmpty() ? "/" : pointer)
        + ": expected "
        + expected
        + ", got "
        + actual;
  }

  ObjectNode toJson() {
    ObjectNode node = Json.object();
    node.put("operation", operation);
    node.put("direction", direction);
    if (status != 0) {
      node.put("status", status);
    }
    node.put("in", in);
    node.put("pointer", pointer);
    node.put("expected", expected);
    node.put("actual", actual);
    return node;
  }
}
