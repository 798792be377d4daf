package io.compliancescorecard.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the packaged spec: it parses cleanly and every operation carries what the SDK, mock server
 * and CLI rely on.
 */
class SpecTest {

  private static final String RESOURCE = "openapi/compliance-scorecard.yaml";
  private static final List<String> RATE_LIMIT_HEADERS =
      List.of("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset");
  private static final Set<String> WEBHOOK_EVENTS =
      Set.of(
          "policy.created",
          "policy.updated",
          "policy.published",
          "policy.approved",
          "policy.rejected",
          "assessment.started",
          "assessment.completed",
          "assessment.scored",
          "assessment.failed");

  private static SwaggerParseResult parsed;
  private static OpenAPI api;

  @BeforeAll
  static void parse() throws IOException {
    String yaml;
    try (InputStream in = SpecTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      assertThat(in).as("spec packaged as classpath resource " + RESOURCE).isNotNull();
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    parsed = new OpenAPIV3Parser().readContents(yaml, null, options);
    api = parsed.getOpenAPI();
  }

  @Test
  void parsesWithoutErrorsOrWarnings() {
    assertThat(parsed.getMessages()).isEmpty();
    assertThat(api).isNotNull();
    assertThat(api.getOpenapi()).isEqualTo("3.0.3");
  }

  @Test
  void coversExactlyTheDocumentedOperations() {
    assertThat(operations().keySet())
        .containsExactlyInAnyOrder(
            "GET /api/v3/auth/user",
            "POST /api/v3/auth/logout-user",
            "GET /api/v4/users",
            "GET /api/v3/companies",
            "GET /api/v3/companies/{companyId}",
            "GET /api/v3/companies/{companyId}/clients",
            "POST /api/v3/companies/{companyId}/clients",
            "GET /api/v3/companies/{companyId}/clients/{clientId}/policies",
            "POST /api/v3/companies/{companyId}/clients/{clientId}/policies",
            "GET /api/v3/companies/{companyId}/clients/{clientId}/assessment-events",
            "GET /api/v3/companies/{companyId}/clients/{clientId}/assessment-templates",
            "GET /api/v3/companies/{companyId}/clients/{clientId}/api-keys",
            "POST /api/v3/companies/{companyId}/clients/{clientId}/api-keys");
  }

  @Test
  void operationIdsAreUnique() {
    List<String> ids = operations().values().stream().map(Operation::getOperationId).toList();
    assertThat(ids).doesNotContainNull().doesNotHaveDuplicates();
  }

  @Test
  void serversListTheThreeEnvironmentsProductionFirst() {
    assertThat(api.getServers())
        .extracting(s -> s.getUrl())
        .containsExactly(
            "https://go-api.compliancerisk.io",
            "https://staging-api.compliancerisk.io",
            "https://dev-api.compliancerisk.io");
  }

  @Test
  void everyOperationNeedsABearerToken() {
    assertThat(api.getComponents().getSecuritySchemes().get("bearerAuth").getBearerFormat())
        .isEqualTo("JWT");
    assertThat(api.getSecurity())
        .singleElement()
        .satisfies(r -> assertThat(r).containsKey("bearerAuth"));
    operations()
        .forEach(
            (key, op) -> assertThat(op.getSecurity()).as(key + " overrides security").isNull());
  }

  /**
   * The SDK and the mock server both take an operation's budget from here, and neither has a
   * default.
   */
  @TestFactory
  Stream<DynamicTest> everyOperationCountsAgainstADeclaredRateLimitCategory() {
    Map<String, Object> categories = rootExtension("x-rate-limit-categories");
    assertThat(categories).containsOnlyKeys("general", "authentication", "file-uploads", "reports");
    return operations().entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey(),
                    () ->
                        assertThat(extension(e.getValue(), "x-rate-limit-category"))
                            .as(e.getKey() + " x-rate-limit-category")
                            .isNotNull()
                            .isIn(categories.keySet())));
  }

  @TestFactory
  Stream<DynamicTest> everyOperationIsComplete() {
    return operations().entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey(),
                    () -> {
                      String key = e.getKey();
                      Operation op = e.getValue();
                      assertThat(op.getOperationId()).as(key + " operationId").isNotBlank();
                      assertThat(op.getTags()).as(key + " tags").hasSize(1);
                      assertThat(op.getSummary()).as(key + " summary").isNotBlank();
                      assertThat(op.getDescription()).as(key + " description").isNotBlank();

                      boolean authOperation = op.getTags().contains("Authentication");
                      Object permission = extension(op, "x-permission");
                      if (authOperation) {
                        assertThat(permission).as(key + " needs only a token").isNull();
                      } else {
                        assertThat(permission).as(key + " x-permission").isInstanceOf(String.class);
                      }

                      Set<String> expected = new HashSet<>(Set.of("401", "429", "500"));
                      if (permission != null) {
                        expected.add("403");
                      }
                      List<Parameter> params = parameters(key, op);
                      if (params.stream().anyMatch(p -> "path".equals(p.getIn()))) {
                        expected.add("404");
                      }
                      if (params.stream().anyMatch(p -> "query".equals(p.getIn()))) {
                        expected.add("422");
                      }
                      if (op.getRequestBody() != null) {
                        expected.add("400");
                        expected.add("422");
                        MediaType body = op.getRequestBody().getContent().get("application/json");
                        assertThat(op.getRequestBody().getRequired())
                            .as(key + " body required")
                            .isTrue();
                        assertThat(body.getExample()).as(key + " request example").isNotNull();
                        assertThat(params)
                            .as(key + " Idempotency-Key")
                            .anyMatch(
                                p ->
                                    "header".equals(p.getIn())
                                        && "Idempotency-Key".equals(p.getName()));
                      }
                      String success =
                          key.startsWith("POST") && op.getRequestBody() != null ? "201" : "200";
                      expected.add(success);
                      assertThat(op.getResponses().keySet())
                          .as(key + " responses")
                          .containsExactlyInAnyOrderElementsOf(expected);

                      for (Map.Entry<String, ApiResponse> response : op.getResponses().entrySet()) {
                        String where = key + " " + response.getKey();
                        ApiResponse r = resolve(response.getValue());
                        assertThat(r.getHeaders())
                            .as(where + " rate-limit headers")
                            .containsKeys(RATE_LIMIT_HEADERS.toArray(String[]::new));
                        MediaType json = r.getContent().get("application/json");
                        assertThat(json).as(where + " JSON body").isNotNull();
                        assertThat(json.getExample()).as(where + " example").isNotNull();
                        if (!response.getKey().startsWith("2")) {
                          assertThat(json.getSchema().get$ref())
                              .as(where + " error envelope")
                              .isEqualTo("#/components/schemas/ErrorResponse");
                        }
                      }
                      assertThat(resolve(op.getResponses().get("429")).getHeaders())
                          .as(key + " Retry-After")
                          .containsKey("Retry-After");
                    }));
  }

  @Test
  void usersListIsPagedWithDocumentedBounds() {
    Operation op = operations().get("GET /api/v4/users");
    Map<String, Parameter> byName = new LinkedHashMap<>();
    parameters("GET /api/v4/users", op).forEach(p -> byName.put(p.getName(), p));
    assertThat(byName).containsKeys("page", "per_page", "role", "company_id");
    Schema<?> perPage = byName.get("per_page").getSchema();
    assertThat(perPage.getMinimum()).isEqualByComparingTo("1");
    assertThat(perPage.getMaximum()).isEqualByComparingTo("100");
    assertThat(perPage.getDefault()).isEqualTo(15);
    assertThat(byName.get("page").getSchema().getMinimum()).isEqualByComparingTo("1");
    Schema<?> page = schema("UserPage");
    assertThat(page.getRequired()).contains("success", "data", "pagination");
  }

  @Test
  void secretsAreWriteOnlyAndNeverInAResponseSchema() {
    Schema<?> create = schema("ApiKeyCreateRequest");
    for (String secret : List.of("api_key", "api_secret")) {
      assertThat(property(create, secret).getWriteOnly()).as(secret + " writeOnly").isTrue();
      // format password makes generated models print the value as "*" in toString().
      assertThat(property(create, secret).getFormat()).as(secret + " format").isEqualTo("password");
    }
    for (Map.Entry<String, Schema<?>> entry : schemas().entrySet()) {
      if (entry.getKey().endsWith("Request")) {
        continue;
      }
      Map<String, ?> props = entry.getValue().getProperties();
      if (props != null) {
        assertThat(props)
            .as(entry.getKey())
            .doesNotContainKeys("api_key", "api_secret", "client_secret", "password");
      }
    }
  }

  @Test
  void errorEnvelopeHasCodeMessageAndFieldDetails() {
    Schema<?> envelope = schema("ErrorResponse");
    assertThat(envelope.getRequired()).containsExactlyInAnyOrder("success", "error");
    Schema<?> error = schema("ApiError");
    assertThat(error.getRequired()).containsExactlyInAnyOrder("code", "message");
    Schema<?> details = property(error, "details");
    assertThat(details.getAdditionalProperties()).isInstanceOf(Schema.class);
    assertThat(((Schema<?>) details.getAdditionalProperties()).getType()).isEqualTo("array");
  }

  @Test
  void requestBodiesRejectUnknownFieldsButResponsesAllowThem() {
    for (Map.Entry<String, Schema<?>> entry : schemas().entrySet()) {
      Object additional = entry.getValue().getAdditionalProperties();
      if (entry.getKey().endsWith("CreateRequest")) {
        assertThat(additional).as(entry.getKey()).isEqualTo(Boolean.FALSE);
      } else if (!"ApiError".equals(entry.getKey())) {
        assertThat(additional).as(entry.getKey() + " stays open for new properties").isNull();
      }
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void webhooksNameTheNineEventsAndTheirPayloadSchemas() {
    Map<String, Object> webhooks = rootExtension("x-webhooks");
    assertThat(webhooks.keySet()).containsExactlyInAnyOrderElementsOf(WEBHOOK_EVENTS);
    webhooks.forEach(
        (event, value) -> {
          Map<String, Object> post =
              (Map<String, Object>) ((Map<String, Object>) value).get("post");
          Map<String, Object> body = (Map<String, Object>) post.get("requestBody");
          Map<String, Object> json =
              (Map<String, Object>)
                  ((Map<String, Object>) body.get("content")).get("application/json");
          String payload =
              name(String.valueOf(((Map<String, Object>) json.get("schema")).get("$ref")));
          String kind = event.startsWith("policy.") ? "Policy" : "Assessment";
          assertThat(payload).as(event + " payload").isEqualTo(kind + "WebhookEvent");
          Schema<?> schema = schema(payload);
          assertThat(schema.getRequired()).containsExactlyInAnyOrder("event", "timestamp", "data");
          assertThat(property(schema, "data").get$ref())
              .isEqualTo("#/components/schemas/" + kind + "EventData");
          assertThat(schema.getExample()).as(payload + " example").isNotNull();
        });
    assertThat(schema("WebhookEventType").getEnum())
        .map(String::valueOf)
        .containsExactlyInAnyOrderElementsOf(WEBHOOK_EVENTS);
  }

  @Test
  void webhookSignatureTestVectorIsCompleteAndIsTheHeaderExample() {
    Map<String, Object> vector = rootExtension("x-webhook-signature-test-vector");
    assertThat(vector).containsOnlyKeys("secret", "timestamp", "body", "header");
    assertThat(vector.get("header"))
        .asString()
        .matches("t=" + vector.get("timestamp") + ",v1=[0-9a-f]{64}");
    assertThat(api.getComponents().getParameters().get("ScorecardSignature").getExample())
        .isEqualTo(vector.get("header"));
    assertThat(api.getInfo().getDescription()).contains("x-webhook-signature-test-vector");
  }

  @Test
  void descriptionCarriesTheRolePermissionMatrix() {
    String description = api.getInfo().getDescription();
    List<String> permissions = new ArrayList<>();
    operations()
        .values()
        .forEach(
            op -> {
              Object permission = extension(op, "x-permission");
              if (permission != null) {
                permissions.add(permission.toString());
              }
            });
    assertThat(description).contains("| permission | super_admin | msp_admin | company_user |");
    for (String permission : permissions) {
      assertThat(description)
          .as("matrix row for " + permission)
          .containsPattern("\\| " + permission + " \\| (yes|no) \\|");
    }
  }

  private static Map<String, Operation> operations() {
    Map<String, Operation> ops = new LinkedHashMap<>();
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap().forEach((method, op) -> ops.put(method + " " + path, op)));
    return ops;
  }

  /** The operation's parameters together with those declared on its path. */
  private static List<Parameter> parameters(String key, Operation op) {
    PathItem item = api.getPaths().get(key.substring(key.indexOf(' ') + 1));
    List<Parameter> all = new ArrayList<>();
    if (item.getParameters() != null) {
      all.addAll(item.getParameters());
    }
    if (op.getParameters() != null) {
      all.addAll(op.getParameters());
    }
    return all.stream().map(SpecTest::resolve).toList();
  }

  private static Parameter resolve(Parameter parameter) {
    return parameter.get$ref() == null
        ? parameter
        : api.getComponents().getParameters().get(name(parameter.get$ref()));
  }

  private static ApiResponse resolve(ApiResponse response) {
    return response.get$ref() == null
        ? response
        : api.getComponents().getResponses().get(name(response.get$ref()));
  }

  private static String name(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  private static Object extension(Operation op, String name) {
    return op.getExtensions() == null ? null : op.getExtensions().get(name);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> rootExtension(String name) {
    Object value = api.getExtensions().get(name);
    assertThat(value).as(name).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  /** swagger-models types the component map with raw {@code Schema}. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Map<String, Schema<?>> schemas() {
    return (Map) api.getComponents().getSchemas();
  }

  private static Schema<?> schema(String name) {
    Schema<?> schema = schemas().get(name);
    assertThat(schema).as("schema " + name).isNotNull();
    return schema;
  }

  private static Schema<?> property(Schema<?> schema, String name) {
    Schema<?> property = schema.getProperties().get(name);
    assertThat(property).as("property " + name).isNotNull();
    return property;
  }
}
