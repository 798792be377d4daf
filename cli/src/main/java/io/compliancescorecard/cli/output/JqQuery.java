package io.compliancescorecard.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.compliancescorecard.cli.error.CliException;
import java.util.ArrayList;
import java.util.List;
import net.thisptr.jackson.jq.BuiltinFunctionLoader;
import net.thisptr.jackson.jq.JsonQuery;
import net.thisptr.jackson.jq.Scope;
import net.thisptr.jackson.jq.Versions;

/** A `--query` jq expression, compiled once, evaluated with jackson-jq's jq 1.6 built-ins. */
final class JqQuery {

  private final JsonQuery query;
  private final Scope scope;

  JqQuery(String expression) {
    try {
      this.query = JsonQuery.compile(expression, Versions.JQ_1_6);
    } catch (JsonProcessingException | RuntimeException e) {
      throw CliException.usage(
          "invalid --query '" + expression + "': " + firstLine(e.getMessage()));
    }
    this.scope = Scope.newEmptyScope();
    BuiltinFunctionLoader.getInstance().loadFunctions(Versions.JQ_1_6, scope);
  }

  List<JsonNode> apply(JsonNode input) {
    List<JsonNode> results = new ArrayList<>();
    try {
      query.apply(Scope.newChildScope(scope), input, results::add);
    } catch (JsonProcessingException | RuntimeException e) {
      throw CliException.usage("--query failed: " + firstLine(e.getMessage()));
    }
    return results;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "invalid expression";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
