package io.compliancescorecard.mock;

import static io.compliancescorecard.mock.JsonAssert.assertSameJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.compliancescorecard.mock.internal.http.Json;
import io.compliancescorecard.mock.internal.spec.SpecOperation;
import io.compliancescorecard.mock.junit.MockServerExtension;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks the spec: every operation has a handler that answers its documented success, and every
 * example of the spec (success bodies, request bodies, error envelopes, rate-limit headers) is what
 * the seeded mock answers. A new operation in the spec fails here until it has both a handler and a
 * call below.
 */
class SpecExamplesTest {

  private static final MutableClock CLOCK = new MutableClock("2025-03-01T12:00:00Z");

  @RegisterExtension
  static final MockServerExtension MOCK =
      new MockServerExtension(
          MockServerOptions.builder()
              .clock(CLOCK)
              .rateLimit("authentication", 3, Duration.ofHours(1))
              .build());

  /** Who calls each operation, on which path, to reproduce its example. */
  private static final Map<String, String[]> CALLS =
      Map.ofEntries(
          Map.entry("getCurrentUser", new String[] {SeededUsers.JOHN_DOE, "/api/v3/auth/user"}),
          Map.entry("logoutUser", new String[] {SeededUsers.JOHN_DOE, "/api/v3/auth/logout-user"}),
          Map.entry("listUsers", new String[] {SeededUsers.SUPER_ADMIN, "/api/v4/users"}),
          Map.entry("listCompanies", new String[] {SeededUsers.MARY_MAJOR, "/api/v3/companies"}),
          Map.entry(
              "getCompany", new String[] {SeededUsers.MARY_MAJOR, "/api/v3/companies/comp123"}),
          Map.entry(
              "listClients",
              new String[] {SeededUsers.MARY_MAJOR, "/api/v3/companies/comp123/clients"}),
          Map.entry(
              "createClient",
              new String[] {SeededUsers.MARY_MAJOR, "/api/v3/companies/comp123/clients"}),
          Map.entry(
              "listPolicies",
              new String[] {
                SeededUsers.JOHN_DOE, "/api/v3/companies/company123/clients/client456/policies"
              }),
          Map.entry(
              "createPolicy",
              new String[] {
                SeededUsers.JOHN_DOE, "/api/v3/companies/company123/clients/client456/policies"
              }),
          Map.entry(
              "listAssessmentEvents",
              new String[] {
                SeededUsers.JOHN_DOE,
                "/api/v3/companies/company123/clients/client456/assessment-events"
              }),
          Map.entry(
              "listAssessmentTemplates",
              new String[] {
                SeededUsers.JOHN_DOE,
                "/api/v3/companies/company123/clients/client456/assessment-templates"
              }),
          Map.entry(
              "listApiKeys",
              new String[] {
                SeededUsers.JOHN_DOE, "/api/v3/companies/company123/clients/client456/api-keys"
              }),
          Map.entry(
              "createApiKey",
              new String[] {
                SeededUsers.JOHN_DOE, "/api/v3/companies/company123/clients/client456/api-keys"
              }));

  private final TestClient api = new TestClient(MOCK.baseUrl());

  @Test
  void everyOperationOfTheSpecAnswersItsSuccessExample() {
    OpenAPI openApi = SpecResponses.spec().openApi();
    int reproduced = 0;
    for (SpecOperation op : SpecResponses.spec().operations()) {
      String[] call = CALLS.get(op.operationId());
      assertThat(call)
          .as("no example call for operation %s: add one", op.operationId())
          .isNotNull();
      Operation model =
          openApi
              .getPaths()
              .get(op.pathTemplate())
              .readOperationsMap()
              .get(io.swagger.v3.oas.models.PathItem.HttpMethod.valueOf(op.method()));
      String body = null;
      if (model.getRequestBody() != null) {
        body =
            Json.MAPPER
                .valueToTree(
                    model.getRequestBody().getContent().get("application/json").getExample())
                .toString();
      }
      Reply reply = api.send(op.method(), call[1], MOCK.token(call[0]), body);

      String status = reply.status() + "";
      assertThat(model.getResponses())
          .as("%s answered %s: %s", op.operationId(), status, reply.body())
          .containsKey(status);
      assertThat(reply.status()).as(op.operationId()).isBetween(200, 201);
      JsonNode example = exampleOf(model.getResponses().get(status));
      assertStartsWith(op.operationId(), example, reply.json());
      reproduced++;
    }
    assertThat(reproduced).isEqualTo(13);
  }

  @Test
  void errorExamplesAreTheMockErrors() {
    String token = MOCK.token(SeededUsers.JOHN_DOE);
    String jane = MOCK.token(SeededUsers.JANE_SMITH);
    String clients = "/api/v3/companies/company123/clients";
    assertError("BadRequest", api.post(clients, token, "{\"name\":"));
    assertError("Unauthorized", api.get(clients, null));
    assertError("Forbidden", api.post(clients, jane, "{\"name\":\"x\"}"));
    assertError("NotFound", api.get("/api/v3/companies/comp123", token));
    Reply invalid = api.post(clients, token, "{}");
    JsonNode example =
        exampleOf(
            SpecResponses.spec().openApi().getComponents().getResponses().get("ValidationFailed"));
    assertThat(invalid.errorCode()).isEqualTo(example.at("/error/code").asText());
    assertThat(invalid.json().at("/error/message").asText())
        .isEqualTo(example.at("/error/message").asText());
    assertThat(invalid.json().at("/error/details/name/0").asText())
        .isEqualTo("The name field is required.");

    String spender = MOCK.token(SeededUsers.JOHN_DOE);
    for (int i = 0; i < 3; i++) {
      assertThat(api.get("/api/v3/auth/user", spender).status()).isEqualTo(200);
    }
    Reply limited = api.get("/api/v3/auth/user", spender);
    assertError("RateLimited", limited);
    assertThat(limited.header("Retry-After")).isNotNull();
  }

  @Test
  void serverErrorExampleIsWhatAnInjectedFailureAnswers() {
    Reply set =
        api.send("PUT", "/_mock/chaos", null, "[{\"path\":\"/api/v3/companies\",\"status\":500}]");
    assertThat(set.status()).isEqualTo(200);
    try {
      assertError("ServerError", api.get("/api/v3/companies", MOCK.token()));
    } finally {
      api.send("DELETE", "/_mock/chaos", null, null);
    }
  }

  @Test
  void rateLimitHeaderExamplesAreAFreshGeneralBudget() {
    Reply first = api.get("/api/v3/companies", MOCK.token());
    var headers = SpecResponses.spec().openApi().getComponents().getHeaders();
    assertThat(first.header("X-RateLimit-Limit"))
        .isEqualTo(headers.get("X-RateLimit-Limit").getExample().toString());
    assertThat(first.header("X-RateLimit-Remaining"))
        .isEqualTo(headers.get("X-RateLimit-Remaining").getExample().toString());
    assertThat(Long.parseLong(first.header("X-RateLimit-Reset")))
        .isEqualTo(CLOCK.instant().plus(Duration.ofHours(1)).getEpochSecond());
  }

  private void assertError(String component, Reply reply) {
    JsonNode example =
        exampleOf(SpecResponses.spec().openApi().getComponents().getResponses().get(component));
    assertSameJson(component, example, reply.json());
  }

  private static JsonNode exampleOf(ApiResponse response) {
    MediaType json = response.getContent().get("application/json");
    return Json.MAPPER.valueToTree(json.getExample());
  }

  /**
   * Objects must match exactly; a list must begin with the example's items (pages hold more rows).
   */
  private static void assertStartsWith(String what, JsonNode example, JsonNode actual) {
    assertThat(actual.isObject()).as(what).isTrue();
    Iterator<Map.Entry<String, JsonNode>> fields = example.properties().iterator();
    assertThat(actual.size()).as("%s fields: %s", what, actual).isEqualTo(example.size());
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode value = actual.get(field.getKey());
      if (field.getValue().isArray()) {
        ArrayNode prefix = Json.MAPPER.createArrayNode();
        for (int i = 0; i < field.getValue().size() && i < value.size(); i++) {
          prefix.add(value.get(i));
        }
        assertSameJson(what + "." + field.getKey(), field.getValue(), prefix);
      } else {
        assertSameJson(
            what + "." + field.getKey(),
            field.getValue(),
            value == null ? Json.MAPPER.nullNode() : value);
      }
    }
  }
}
