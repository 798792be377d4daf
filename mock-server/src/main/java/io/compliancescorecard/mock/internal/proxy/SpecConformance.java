package io.compliancescorecard.mock.internal.proxy;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import io.compliancescorecard.mock.internal.http.ApiRequest;
import io.compliancescorecard.mock.internal.http.Json;
import io.compliancescorecard.mock.internal.server.MockEngine;
import io.compliancescorecard.mock.internal.spec.ApiSpec;
import io.compliancescorecard.mock.internal.spec.SpecOperation;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an exchange against the spec with Atlassian's swagger-request-validator: the request's
 * parameters and body, and the response's status (documented for the operation), headers (every
 * header the spec documents for that status must be present, as the spec says every response
 * carries {@code X-RateLimit-*}), content type and body schema. An error status the operation does
 * not document is still checked against the error envelope (the documented {@code 500}'s). Each
 * finding becomes one {@link Violation}; the validator's own messages are never echoed with a
 * secret-looking field's value.
 */
final class SpecConformance {

  private static final Pattern PATH_PREFIX = Pattern.compile("^\\[Path '[^']*'\\]\\s*");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
  private static final Pattern ALLOWED_TYPES = Pattern.compile("allowed: \\[([^\\]]*)\\]");
  private static final Pattern INSTANCE_TYPE = Pattern.compile("Instance type \\(([a-z]+)\\)");
  private static final Pattern ENUM_VALUES = Pattern.compile("possible values: \\[([^\\]]*)\\]");
  private static final Pattern SECRET_NAME =
      Pattern.compile("(?i).*(secret|token|password|api_key|authorization).*");
  private static final int MAX_TEXT = 200;

  private final ApiSpec spec;
  private final CompletableFuture<OpenApiInteractionValidator> validator;

  /** Starts building the validator (the full spec parse) on a background thread. */
  SpecConformance(ApiSpec spec) {
    this.spec = spec;
    this.validator =
        CompletableFuture.supplyAsync(
            () ->
                OpenApiInteractionValidator.createFor(spec.openApi())
                    .withLevelResolver(
                        LevelResolver.create()
                            // The upstream decides who may call it; the proxy forwards the caller's
                            // token as it is.
                            .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                            // The spec lets response objects gain properties; clients must ignore
                            // unknown ones.
                            .withLevel(
                                "validation.response.body.schema.additionalProperties",
                                ValidationReport.Level.IGNORE)
                            .build())
                    .build(),
            MockEngine::daemon);
  }

  /** The operation {@code method path} is, or null. */
  SpecOperation operation(String method, String path) {
    for (SpecOperation op : spec.operations()) {
      if (op.method().equals(method) && op.match(path) != null) {
        return op;
      }
    }
    return null;
  }

  /** The name violations of {@code method path} are listed under. */
  static String operationName(SpecOperation op, String method, String path) {
    return op != null ? op.operationId() : method + " " + path;
  }

  /** The request's violations: parameters and body (the path itself when no operation has it). */
  List<Violation> checkRequest(ApiRequest request, String operation) {
    SimpleRequest.Builder builder = new SimpleRequest.Builder(request.method(), request.path());
    request.query().forEach(builder::withQueryParam);
    for (String name : ValidatingProxy.FORWARDED_HEADERS) {
      String value = request.header(name);
      if (value != null && !name.equals("Authorization")) {
        builder.withHeader(name, value);
      }
    }
    if (request.body().length > 0) {
      String type = request.header("Content-Type");
      builder.withContentType(type == null ? "application/json" : type).withBody(request.body());
    }
    ValidationReport report = validator.join().validateRequest(builder.build());
    return toViolations(report, operation, "request", 0, parse(request.body()), Set.of());
  }

  /** The response's violations. */
  List<Violation> checkResponse(
      String method,
      String path,
      String operation,
      int status,
      Map<String, List<String>> headers,
      byte[] body) {
    Operation documented = openApiOperation(method, path);
    Map<String, ApiResponse> responses =
        documented == null || documented.getResponses() == null
            ? Map.of()
            : documented.getResponses();
    List<Violation> found = new ArrayList<>();
    boolean known = responses.containsKey(Integer.toString(status));
    if (documented != null && !known) {
      found.add(
          new Violation(
              operation,
              "response",
              status,
              "status",
              "",
              "one of " + String.join(", ", responses.keySet()),
              Integer.toString(status)));
    }
    // An undocumented error is still held to the error envelope and headers every error carries.
    int checkedAs = known || status < 400 || !responses.containsKey("500") ? status : 500;
    if (documented == null || !known && checkedAs == status) {
      return found;
    }
    SimpleResponse.Builder response = new SimpleResponse.Builder(checkedAs);
    headers.forEach((name, values) -> response.withHeader(name, values));
    if (body.length > 0) {
      response.withBody(body);
    }
    ValidationReport report =
        validator.join().validateResponse(path, Request.Method.valueOf(method), response.build());
    Set<String> present = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    present.addAll(headers.keySet());
    ApiResponse definition = responses.get(Integer.toString(checkedAs));
    if (definition.getHeaders() != null) {
      definition.getHeaders().keySet().stream()
          .filter(name -> !present.contains(name))
          .forEach(
              name ->
                  found.add(
                      new Violation(
                          operation,
                          "response",
                          status,
                          "header",
                          "/" + name,
                          "present (documented for " + checkedAs + ")",
                          "missing")));
    }
    found.addAll(
        toViolations(report, operation, "response", status, parse(body), Set.of("status")));
    return found;
  }

  private Operation openApiOperation(String method, String path) {
    SpecOperation op = operation(method, path);
    if (op == null) {
      return null;
    }
    PathItem item = spec.openApi().getPaths().get(op.pathTemplate());
    return item == null ? null : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method));
  }

  private static JsonNode parse(byte[] body) {
    try {
      return body.length == 0 ? null : Json.MAPPER.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  /** One violation per finding: the validator's messages, de-duplicated, required names split. */
  private static List<Violation> toViolations(
      ValidationReport report,
      String operation,
      String direction,
      int status,
      JsonNode body,
      Set<String> skipped) {
    Map<String, Violation> found = new LinkedHashMap<>();
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() != ValidationReport.Level.ERROR) {
        continue;
      }
      String key = message.getKey();
      String in = where(key, message);
      if (skipped.contains(in) || key.endsWith(".status.unknown")) {
        continue;
      }
      String text = PATH_PREFIX.matcher(message.getMessage()).replaceFirst("");
      String pointer =
          message.getContext().flatMap(c -> c.getPointers()).map(p -> p.getInstance()).orElse("");
      if (in.equals("query") || in.equals("header") && !key.contains(".body.")) {
        String name =
            message
                .getContext()
                .flatMap(c -> c.getParameter())
                .map(p -> p.getName())
                .or(() -> find(QUOTED, text))
                .orElse("");
        pointer = "/" + name;
      }
      if (key.endsWith(".required") && in.equals("body")) {
        Matcher names = QUOTED.matcher(text.substring(Math.max(0, text.lastIndexOf('['))));
        boolean any = false;
        while (names.find()) {
          any = true;
          String at = pointer + "/" + names.group(1);
          found.putIfAbsent(
              in + at + key,
              new Violation(operation, direction, status, in, at, "present", "missing"));
        }
        if (any) {
          continue;
        }
      }
      String[] expectedActual = expectedAndActual(key, text, pointer, body);
      found.putIfAbsent(
          in + pointer + key,
          new Violation(
              operation, direction, status, in, pointer, expectedActual[0], expectedActual[1]));
    }
    return new ArrayList<>(found.values());
  }

  private static String where(String key, ValidationReport.Message message) {
    if (key.contains(".body.")
        || key.endsWith(".body.missing")
        || key.contains(".schema.")
            && message.getContext().flatMap(c -> c.getParameter()).isEmpty()) {
      return "body";
    }
    if (key.contains(".contentType.") || key.contains(".header.")) {
      return "header";
    }
    if (key.contains(".query.") || key.contains(".parameter.")) {
      return "query";
    }
    if (key.contains(".path.") || key.contains(".operation.")) {
      return "path";
    }
    return key.contains(".status.") ? "status" : "body";
  }

  private static String[] expectedAndActual(
      String key, String text, String pointer, JsonNode body) {
    String keyword = key.substring(key.lastIndexOf('.') + 1);
    boolean secret = SECRET_NAME.matcher(pointer).matches();
    String actual = secret ? "(hidden)" : shown(body, pointer);
    switch (keyword) {
      case "type":
        return new String[] {
          find(ALLOWED_TYPES, text).map(t -> t.replace("\"", "")).orElse(cut(text)),
          find(INSTANCE_TYPE, text).orElse(actual)
        };
      case "enum":
        return new String[] {
          find(ENUM_VALUES, text)
              .map(v -> "one of " + v.replace("\"", ""))
              .orElse("an allowed value"),
          actual
        };
      case "invalidJson":
        return new String[] {"JSON", "a body that does not parse"};
      case "missing":
        return key.contains(".body.")
            ? new String[] {"a body", "none"}
            : new String[] {"a path of the spec", "an undocumented path"};
      case "notAllowed":
        return new String[] {"a method the spec documents for this path", "an undocumented method"};
      default:
        return new String[] {secret ? "a valid value" : cut(text), actual};
    }
  }

  /** The value at {@code pointer}, short; {@code (n/a)} when it cannot be shown. */
  private static String shown(JsonNode body, String pointer) {
    if (body == null) {
      return "(n/a)";
    }
    JsonNode value = body.at(pointer.isEmpty() ? "" : pointer);
    if (value.isMissingNode()) {
      return "missing";
    }
    return value.isContainerNode()
        ? value.getNodeType().name().toLowerCase(Locale.ROOT)
        : cut(value.toString());
  }

  private static java.util.Optional<String> find(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
  }

  private static String cut(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "...";
  }
}
