package io.compliancescorecard.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Flattening of JSON objects into named cells, shared by the table and CSV writers. */
final class Columns {

  private Columns() {}

  /**
   * Every scalar leaf of the items as a dotted path (`role.name`), in order of first appearance.
   */
  static List<String> leafPaths(List<JsonNode> items) {
    Set<String> paths = new LinkedHashSet<>();
    for (JsonNode item : items) {
      collect("", item, paths);
    }
    return new ArrayList<>(paths);
  }

  private static void collect(String prefix, JsonNode node, Set<String> paths) {
    if (node.isObject() && node.size() > 0) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        collect(
            prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(),
            field.getValue(),
            paths);
      }
    } else if (!prefix.isEmpty()) {
      paths.add(prefix);
    }
  }

  /**
   * The cell text at a dotted path: text as is, arrays and objects as compact JSON, null as empty.
   */
  static String cell(JsonNode item, String path) {
    JsonNode node = item;
    for (String part : path.split("\\.")) {
      node = node.path(part);
    }
    if (node.isMissingNode() || node.isNull()) {
      return "";
    }
    return node.isValueNode() ? node.asText() : node.toString();
  }
}
