package io.compliancescorecard.cli.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.compliancescorecard.cli.ApiSession;
import io.compliancescorecard.cli.CliContext;
import io.compliancescorecard.cli.error.ApiErrors;
import io.compliancescorecard.cli.error.CliException;
import io.compliancescorecard.cli.output.JsonData;
import io.compliancescorecard.sdk.ApiResponse;
import io.compliancescorecard.sdk.ComplianceScorecardClient;
import io.compliancescorecard.sdk.RawRequest;
import io.compliancescorecard.sdk.auth.SameOrigin;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `csc api METHOD PATH`: any request, as `gh api` does. The response body is printed as it came.
 * The token goes only to the configured API: a full URL naming another host is requested without
 * it.
 */
@Command(
    name = "api",
    description = {
      "Send a raw request to the API and print the response body.",
      "GET and DELETE fields become query parameters, other methods' fields a JSON body.",
      "Examples: csc api GET /api/v3/companies",
      "          csc api GET /api/v4/users --paginate --query '.[].email'",
      "          csc api POST /api/v3/companies/company123/clients -f name=Initech -F employee_count=40"
    })
final class ApiCommand extends BaseCommand {

  @Parameters(index = "0", paramLabel = "METHOD", description = "GET, POST, PUT, PATCH or DELETE.")
  String method;

  @Parameters(
      index = "1",
      paramLabel = "PATH",
      description = "Path with optional query, e.g. /api/v3/companies," + " or a full URL.")
  String path;

  @Option(
      names = {"-f", "--field"},
      paramLabel = "KEY=VALUE",
      description = "A string field. Repeatable.")
  List<String> stringFields = new ArrayList<>();

  @Option(
      names = {"-F", "--typed-field"},
      paramLabel = "KEY=VALUE",
      description =
          "A field whose value is JSON when it parses as such (numbers, true, false, null). Repeatable.")
  List<String> typedFields = new ArrayList<>();

  @Option(
      names = "--input",
      paramLabel = "FILE",
      description = "Request body from FILE; - reads stdin.")
  String input;

  @Option(
      names = "--paginate",
      description = "Follow page=2, 3, ... of a v4 list and print all data as one array.")
  boolean paginate;

  @Override
  void run(CliContext context) throws Exception {
    String verb = method.toUpperCase(Locale.ROOT);
    if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(verb)) {
      throw CliException.usage("unsupported method '" + method + "'");
    }
    Map<String, JsonNode> fields = fields();
    if (input != null && !fields.isEmpty()) {
      throw CliException.usage("use fields or --input, not both");
    }
    if (paginate && !verb.equals("GET")) {
      throw CliException.usage("--paginate works with GET only");
    }
    ApiSession session = context.session();
    boolean absolute = path.startsWith("http://") || path.startsWith("https://");
    String target = absolute || path.startsWith("/") ? path : "/" + path;
    ComplianceScorecardClient client;
    if (absolute && !SameOrigin.test(path, session.baseUrl())) {
      context
          .err()
          .println(
              "csc: "
                  + URI.create(path).getHost()
                  + " is not the configured API host; sending no credentials");
      client = session.http();
    } else {
      client = session.client();
    }
    String body = null;
    if (fieldsInQuery(verb)) {
      target = withQuery(target, fields);
    } else if (input != null) {
      body = context.input().text("request body", input);
    } else if (!fields.isEmpty()) {
      body = jsonBody(fields);
    }
    if (paginate) {
      context.printer().print(allPages(client, target), null);
      return;
    }
    printBody(context, request(client, verb, target, body).data(), null);
  }

  /** Sends one request through the SDK client: the token goes only to the API's origin. */
  private static ApiResponse<String> request(
      ComplianceScorecardClient client, String verb, String target, String body) {
    ApiResponse<String> response;
    try {
      response =
          client.rawRequest(
              RawRequest.of(verb, target).jsonBody(body).header("Accept", "application/json"));
    } catch (IllegalArgumentException e) {
      throw CliException.usage(e.getMessage());
    }
    if (response.status() >= 400) {
      throw ApiErrors.fromResponse(
          response.status(), response.data(), verb + " " + withoutQuery(target));
    }
    return response;
  }

  private static ArrayNode allPages(ComplianceScorecardClient client, String target)
      throws JsonProcessingException {
    ArrayNode all = JsonData.MAPPER.createArrayNode();
    for (int page = 1; ; page++) {
      String separator = target.contains("?") ? "&" : "?";
      JsonNode body =
          JsonData.MAPPER.readTree(
              request(client, "GET", target + separator + "page=" + page, null).data());
      JsonNode data = body.path("data");
      if (!data.isArray()) {
        throw CliException.usage("--paginate needs a list response with data and pagination");
      }
      all.addAll((ArrayNode) data);
      JsonNode pagination = body.path("pagination");
      if (data.isEmpty()
          || pagination.isMissingNode()
          || page >= pagination.path("last_page").asInt(page)) {
        return all;
      }
    }
  }

  private Map<String, JsonNode> fields() {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    stringFields.forEach(
        field -> fields.put(key(field), JsonData.MAPPER.getNodeFactory().textNode(value(field))));
    for (String field : typedFields) {
      JsonNode typed;
      try {
        typed = JsonData.MAPPER.readTree(value(field));
      } catch (JsonProcessingException e) {
        typed = null;
      }
      fields.put(
          key(field),
          typed == null || typed.isMissingNode()
              ? JsonData.MAPPER.getNodeFactory().textNode(value(field))
              : typed);
    }
    return fields;
  }

  /** GET and DELETE carry fields as query parameters, the other methods as a JSON body. */
  private static boolean fieldsInQuery(String verb) {
    return verb.equals("GET") || verb.equals("DELETE");
  }

  private static String jsonBody(Map<String, JsonNode> fields) {
    ObjectNode object = JsonData.MAPPER.createObjectNode();
    fields.forEach(object::set);
    return object.toString();
  }

  private static String key(String field) {
    int equals = field.indexOf('=');
    if (equals <= 0) {
      throw CliException.usage("field '" + field + "' is not KEY=VALUE");
    }
    return field.substring(0, equals);
  }

  private static String value(String field) {
    return field.substring(field.indexOf('=') + 1);
  }

  private static String withQuery(String target, Map<String, JsonNode> fields) {
    if (fields.isEmpty()) {
      return target;
    }
    StringBuilder query = new StringBuilder(target).append(target.contains("?") ? '&' : '?');
    fields.forEach(
        (key, value) ->
            query
                .append(encode(key))
                .append('=')
                .append(encode(value.isTextual() ? value.asText() : value.toString()))
                .append('&'));
    return query.substring(0, query.length() - 1);
  }

  /** A query may hold a key or a password: failures name the path only. */
  private static String withoutQuery(String target) {
    int query = target.indexOf('?');
    return query < 0 ? target : target.substring(0, query);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static void printBody(CliContext context, String body, List<String> columns) {
    if (body == null || body.isBlank()) {
      return;
    }
    JsonNode json;
    try {
      json = JsonData.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      context.out().println(body);
      return;
    }
    context.printer().print(json, columns);
  }
}
