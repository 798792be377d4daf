package io.compliancescorecard.mock.internal.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.compliancescorecard.mock.internal.ratelimit.RateLimit;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The API description the mock serves, read from the {@code compliance-scorecard-openapi} classpath
 * resource: its operations (with permission and rate-limit category), its rate-limit categories and
 * its examples. The spec is the single source of these facts; nothing here repeats them. These
 * facts come from a plain YAML read, which is fast; the full OpenAPI model the request validator
 * needs is parsed on demand ({@link #openApi()}), so a server can answer before that slower parse
 * is done.
 */
public final class ApiSpec {

  /** Where the openapi module packages the spec. */
  public static final String RESOURCE = "openapi/compliance-scorecard.yaml";

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final String yaml;
  private final JsonNode tree;
  private final List<SpecOperation> operations;
  private final Map<String, RateLimit> rateLimits;
  private final Map<String, SpecWebhook> webhooks;
  private OpenAPI openApi;

  private ApiSpec(String yaml) {
    this.yaml = yaml;
    try {
      this.tree = new YAMLMapper().readTree(yaml);
    } catch (IOException e) {
      throw new IllegalStateException("the packaged spec is not YAML", e);
    }
    this.operations = Collections.unmodifiableList(readOperations(tree));
    this.rateLimits = Collections.unmodifiableMap(readRateLimits(tree));
    this.webhooks = Collections.unmodifiableMap(readWebhooks(tree));
  }

  /**
   * The packaged spec, read once per JVM and shared: it is immutable, and its full OpenAPI model is
   * parsed once for every server. The first call reads it; a standalone start makes that call on a
   * second thread while it parses its command line.
   */
  public static ApiSpec packaged() {
    return Packaged.SPEC;
  }

  /**
   * Holds the packaged spec; the JVM initialises it once, on first use, and makes other threads
   * wait.
   */
  private static final class Packaged {
    static final ApiSpec SPEC = read();
  }

  private static ApiSpec read() {
    try (InputStream in = ApiSpec.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("classpath resource " + RESOURCE + " is missing");
      }
      return new ApiSpec(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The full OpenAPI model (parsed on first use, then kept), for the request validator. */
  public synchronized OpenAPI openApi() {
    if (openApi == null) {
      ParseOptions options = new ParseOptions();
      options.setResolve(true);
      options.setResolveFully(true);
      SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
      if (result.getOpenAPI() == null) {
        throw new IllegalStateException(
            "the packaged spec does not parse: " + result.getMessages());
      }
      openApi = result.getOpenAPI();
    }
    return openApi;
  }

  /** Every operation, in the spec's order. */
  public List<SpecOperation> operations() {
    return operations;
  }

  /** The default limit and window of each rate-limit category, by name. */
  public Map<String, RateLimit> rateLimits() {
    return rateLimits;
  }

  /** The webhook events of {@code x-webhooks}, by name, in the spec's order. */
  public Map<String, SpecWebhook> webhooks() {
    return webhooks;
  }

  /** The URL of the spec's first server, the hosted production API (also its Auth0 audience). */
  public String productionUrl() {
    String url = tree.path("servers").path(0).path("url").asText("");
    if (url.isEmpty()) {
      throw new IllegalStateException("the packaged spec names no server");
    }
    return url;
  }

  /** The example of a component schema (for example {@code PolicyWebhookEvent}). */
  public JsonNode schemaExample(String schemaName) {
    JsonNode example = tree.path("components").path("schemas").path(schemaName).path("example");
    if (example.isMissingNode()) {
      throw new IllegalArgumentException("schema " + schemaName + " has no example");
    }
    return example;
  }

  /**
   * Names of the properties the spec marks {@code writeOnly} (secrets such as {@code api_secret}).
   */
  public Set<String> writeOnlyProperties() {
    Set<String> names = new java.util.HashSet<>();
    tree.path("components")
        .path("schemas")
        .forEach(
            schema ->
                schema
                    .path("properties")
                    .properties()
                    .forEach(
                        p -> {
                          if (p.getValue().path("writeOnly").asBoolean(false)) {
                            names.add(p.getKey());
                          }
                        }));
    return Set.copyOf(names);
  }

  /** Whether some operation's path template matches {@code path}, for telling 405 from 404. */
  public boolean hasPath(String path) {
    for (SpecOperation op : operations) {
      if (SpecOperation.matchTemplate(op.pathTemplate(), path) != null) {
        return true;
      }
    }
    return false;
  }

  private static List<SpecOperation> readOperations(JsonNode tree) {
    List<SpecOperation> ops = new ArrayList<>();
    tree.path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        entry -> {
                          if (METHODS.contains(entry.getKey())) {
                            JsonNode op = entry.getValue();
                            ops.add(
                                new SpecOperation(
                                    entry.getKey().toUpperCase(Locale.ROOT),
                                    path.getKey(),
                                    op.path("operationId").asText(),
                                    textOrNull(op.get("x-permission")),
                                    textOrNull(op.get("x-rate-limit-category")),
                                    op.has("requestBody")));
                          }
                        }));
    return ops;
  }

  private static String textOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static Map<String, SpecWebhook> readWebhooks(JsonNode tree) {
    Map<String, SpecWebhook> events = new LinkedHashMap<>();
    tree.path("x-webhooks")
        .properties()
        .forEach(
            e -> {
              String ref =
                  e.getValue()
                      .path("post")
                      .path("requestBody")
                      .path("content")
                      .path("application/json")
                      .path("schema")
                      .path("$ref")
                      .asText();
              events.put(
                  e.getKey(), new SpecWebhook(e.getKey(), ref.substring(ref.lastIndexOf('/') + 1)));
            });
    return events;
  }

  private static Map<String, RateLimit> readRateLimits(JsonNode tree) {
    Map<String, RateLimit> limits = new LinkedHashMap<>();
    tree.path("x-rate-limit-categories")
        .properties()
        .forEach(
            e ->
                limits.put(
                    e.getKey(),
                    new RateLimit(
                        e.getValue().path("limit").asInt(),
                        Duration.ofSeconds(e.getValue().path("window-seconds").asLong()))));
    return limits;
  }
}
