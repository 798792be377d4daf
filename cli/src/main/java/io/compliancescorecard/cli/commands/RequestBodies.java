package io.compliancescorecard.cli.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.compliancescorecard.cli.CliContext;
import io.compliancescorecard.cli.error.CliException;
import io.compliancescorecard.cli.output.JsonData;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds a create request from `--from-file` JSON and flags (flags win), refusing fields the
 * request does not have: the SDK's models ignore unknown properties, which would silently drop a
 * misspelt field.
 */
final class RequestBodies {

  private RequestBodies() {}

  static <T> T build(CliContext context, String fromFile, ObjectNode flagFields, Class<T> type) {
    ObjectNode body = JsonData.MAPPER.createObjectNode();
    if (fromFile != null) {
      String text = context.input().text("request body", fromFile);
      JsonNode parsed;
      try {
        parsed = JsonData.MAPPER.readTree(text);
      } catch (JsonProcessingException e) {
        throw CliException.usage("--from-file is not valid JSON: " + e.getOriginalMessage());
      }
      if (!parsed.isObject()) {
        throw CliException.usage("--from-file must hold one JSON object");
      }
      body.setAll((ObjectNode) parsed);
    }
    flagFields
        .properties()
        .forEach(
            field -> {
              if (!field.getValue().isNull()) {
                body.set(field.getKey(), field.getValue());
              }
            });
    Set<String> known = new TreeSet<>();
    JsonData.MAPPER.valueToTree(newInstance(type)).fieldNames().forEachRemaining(known::add);
    List<String> unknown = new ArrayList<>();
    body.fieldNames()
        .forEachRemaining(
            name -> {
              if (!known.contains(name)) {
                unknown.add(name);
              }
            });
    if (!unknown.isEmpty()) {
      throw CliException.usage("unknown field(s) " + unknown + "; known fields: " + known);
    }
    try {
      return JsonData.MAPPER.treeToValue(body, type);
    } catch (JsonProcessingException e) {
      throw CliException.usage("invalid request body: " + e.getOriginalMessage());
    }
  }

  private static Object newInstance(Class<?> type) {
    try {
      return type.getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("no default constructor on " + type, e);
    }
  }
}
