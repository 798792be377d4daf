package io.compliancescorecard.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table of malformed requests: each gets its documented 4xx envelope, never a 500, an HTML page
 * or a stack trace in the server's output, on both {@link ServingPath}s.
 */
@ExtendWith(NoStackTraceInServerOutput.class)
class BadInputTest {

  private static final String CLIENTS = "/api/v3/companies/company123/clients";
  private static final String KEYS = "/api/v3/companies/company123/clients/client456/api-keys";
  private static final String HUGE = "x".repeat(500_000);

  static Stream<Arguments> badRequests() {
    return Stream.of(
        row("broken JSON", "POST", CLIENTS, "{\"name\":", 400, "BAD_REQUEST", null),
        row("empty body", "POST", CLIENTS, "", 400, "BAD_REQUEST", null),
        row(
            "trailing garbage",
            "POST",
            CLIENTS,
            "{\"name\":\"a\"} trailing",
            400,
            "BAD_REQUEST",
            null),
        row(
            "duplicate keys",
            "POST",
            CLIENTS,
            "{\"name\":\"a\",\"name\":\"b\"}",
            400,
            "BAD_REQUEST",
            null),
        row("array instead of object", "POST", CLIENTS, "[]", 422, "VALIDATION_ERROR", "body"),
        row(
            "string instead of object",
            "POST",
            CLIENTS,
            "\"name\"",
            422,
            "VALIDATION_ERROR",
            "body"),
        row(
            "missing required field",
            "POST",
            CLIENTS,
            "{\"city\":\"Paris\"}",
            422,
            "VALIDATION_ERROR",
            "name"),
        row(
            "null required field",
            "POST",
            CLIENTS,
            "{\"name\":null}",
            422,
            "VALIDATION_ERROR",
            "name"),
        row("wrong type", "POST", CLIENTS, "{\"name\":42}", 422, "VALIDATION_ERROR", "name"),
        row(
            "number as string",
            "POST",
            CLIENTS,
            "{\"name\":\"a\",\"employee_count\":\"many\"}",
            422,
            "VALIDATION_ERROR",
            "employee_count"),
        row(
            "negative count",
            "POST",
            CLIENTS,
            "{\"name\":\"a\",\"employee_count\":-1}",
            422,
            "VALIDATION_ERROR",
            "employee_count"),
        row(
            "unknown field",
            "POST",
            CLIENTS,
            "{\"name\":\"a\",\"admin\":true}",
            422,
            "VALIDATION_ERROR",
            "admin"),
        row(
            "bad country code",
            "POST",
            CLIENTS,
            "{\"name\":\"a\",\"country\":\"usa\"}",
            422,
            "VALIDATION_ERROR",
            "country"),
        row("empty name", "POST", CLIENTS, "{\"name\":\"\"}", 422, "VALIDATION_ERROR", "name"),
        row(
            "huge string",
            "POST",
            CLIENTS,
            "{\"name\":\"" + HUGE + "\"}",
            422,
            "VALIDATION_ERROR",
            "name"),
        row(
            "bad URL in api key",
            "POST",
            KEYS,
            "{\"type\":\"t\",\"name\":\"n\",\"api_key\":\"k\",\"server_url\":\"not a url\"}",
            422,
            "VALIDATION_ERROR",
            "server_url"),
        row("page zero", "GET", "/api/v4/users?page=0", null, 422, "VALIDATION_ERROR", "page"),
        row(
            "page not a number",
            "GET",
            "/api/v4/users?page=two",
            null,
            422,
            "VALIDATION_ERROR",
            "page"),
        row(
            "per_page over 100",
            "GET",
            "/api/v4/users?per_page=101",
            null,
            422,
            "VALIDATION_ERROR",
            "per_page"),
        row(
            "huge page",
            "GET",
            "/api/v4/users?page=99999999999999",
            null,
            422,
            "VALIDATION_ERROR",
            "page"),
        row(
            "unknown status",
            "GET",
            CLIENTS + "?status=deleted",
            null,
            422,
            "VALIDATION_ERROR",
            "status"),
        row(
            "overlong search",
            "GET",
            CLIENTS + "?search=" + "s".repeat(300),
            null,
            422,
            "VALIDATION_ERROR",
            "search"),
        row("unknown company id", "GET", "/api/v3/companies/nope", null, 404, "NOT_FOUND", null),
        row(
            "unknown client id",
            "GET",
            "/api/v3/companies/company123/clients/nope/policies",
            null,
            404,
            "NOT_FOUND",
            null),
        row(
            "encoded slash in id",
            "GET",
            "/api/v3/companies/company123%2Fclients",
            null,
            404,
            "NOT_FOUND",
            null),
        row("unknown path", "GET", "/api/v9/nothing", null, 404, "NOT_FOUND", null),
        row(
            "unknown sub-resource",
            "GET",
            "/api/v3/companies/company123/clients/client456/secrets",
            null,
            404,
            "NOT_FOUND",
            null),
        row("WireMock admin path", "GET", "/__admin/mappings", null, 404, "NOT_FOUND", null),
        row("root path", "GET", "/", null, 404, "NOT_FOUND", null),
        row(
            "wrong method on a list",
            "DELETE",
            "/api/v3/companies",
            null,
            405,
            "METHOD_NOT_ALLOWED",
            null),
        row(
            "wrong method on a create",
            "PUT",
            CLIENTS,
            "{\"name\":\"a\"}",
            405,
            "METHOD_NOT_ALLOWED",
            null),
        row(
            "GET on logout",
            "GET",
            "/api/v3/auth/logout-user",
            null,
            405,
            "METHOD_NOT_ALLOWED",
            null),
        row("admin: broken JSON", "POST", "/_mock/webhooks", "{", 400, "BAD_REQUEST", null),
        row("admin: unknown endpoint", "GET", "/_mock/nothing", null, 404, "NOT_FOUND", null),
        row(
            "admin: bad chaos rule",
            "PUT",
            "/_mock/chaos",
            "[{\"probability\":7,\"status\":503}]",
            422,
            "VALIDATION_ERROR",
            "rules.0"));
  }

  private static Arguments row(
      String name, String method, String path, String body, int status, String code, String field) {
    return Arguments.of(name, method, path, body, status, code, field);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void getsItsDocumentedEnvelope(
      String name, String method, String path, String body, int status, String code, String field) {
    for (ServingPath serving : ServingPath.values()) {
      String token = serving.server().tokenFor(SeededUsers.JOHN_DOE);
      Reply reply = serving.client().send(method, path, token, body);
      assertEnvelope(serving, reply, status, code, field);
    }
  }

  private static void assertEnvelope(
      ServingPath serving, Reply reply, int status, String code, String field) {
    assertThat(reply.status())
        .as(
            serving
                + ": "
                + (reply.body().length() > 500 ? reply.body().substring(0, 500) : reply.body()))
        .isEqualTo(status);
    assertThat(reply.header("Content-Type")).startsWith("application/json");
    assertThat(reply.json().get("success").asBoolean()).isFalse();
    assertThat(reply.errorCode()).isEqualTo(code);
    assertThat(reply.json().at("/error/message").asText()).isNotBlank();
    assertThat(reply.body())
        .doesNotContain("Exception")
        .doesNotContain("<html")
        .doesNotContain("\tat ");
    assertThat(reply.body().length()).isLessThan(10_000);
    if (field != null) {
      assertThat(reply.json().at("/error/details").has(field))
          .as(reply.json().at("/error/details").toString())
          .isTrue();
    }
  }

  static Stream<Arguments> wordedMessages() {
    return Stream.of(
        Arguments.of(
            "POST", CLIENTS, "{\"name\":\"\"}", "name", "The name must be at least 1 character."),
        Arguments.of(
            "POST",
            CLIENTS,
            "{\"name\":\"" + "n".repeat(300) + "\"}",
            "name",
            "The name must not be greater than 255 characters."),
        Arguments.of("POST", CLIENTS, "{\"name\":42}", "name", "The name must be a string."),
        Arguments.of(
            "POST",
            CLIENTS,
            "{\"name\":\"a\",\"employee_count\":\"many\"}",
            "employee_count",
            "The employee_count must be an integer."),
        Arguments.of(
            "POST",
            CLIENTS,
            "{\"name\":\"a\",\"employee_count\":-1}",
            "employee_count",
            "The employee_count must be at least 0."),
        Arguments.of(
            "POST",
            CLIENTS,
            "{\"name\":\"a\",\"country\":\"usa\"}",
            "country",
            "The country format is invalid; it must match ^[A-Z]{2}$."),
        Arguments.of(
            "GET",
            CLIENTS + "?status=deleted",
            null,
            "status",
            "The selected status is invalid; it must be one of ACTIVE, INACTIVE."),
        Arguments.of(
            "GET",
            "/api/v4/users?per_page=101",
            null,
            "per_page",
            "The per_page must not be greater than 100."),
        Arguments.of(
            "GET", "/api/v4/users?page=two", null, "page", "The page must be an integer."));
  }

  /**
   * Field messages read like the API reference's ("The password must be at least 8 characters.").
   */
  @ParameterizedTest(name = "{4}")
  @MethodSource("wordedMessages")
  void validationMessagesUseTheApisWords(
      String method, String path, String body, String field, String message) {
    for (ServingPath serving : ServingPath.values()) {
      String token = serving.server().tokenFor(SeededUsers.JOHN_DOE);
      Reply reply = serving.client().send(method, path, token, body);

      assertThat(reply.status()).as(serving.name()).isEqualTo(422);
      assertThat(reply.json().at("/error/details/" + field + "/0").asText()).isEqualTo(message);
    }
  }

  static Stream<Arguments> unparseableRequests() {
    List<Arguments> requests =
        List.of(
            raw("broken escape in the query", line("GET " + CLIENTS + "?search=%zz HTTP/1.1")),
            raw("broken escape in a paged query", line("GET /api/v4/users?page=%zz HTTP/1.1")),
            raw(
                "broken escape in the path",
                line("GET /api/v3/companies/comp%zz/clients HTTP/1.1")),
            raw("NUL in the path", line("GET /api/v3/companies/%00/clients HTTP/1.1")),
            raw(
                "broken escape on WireMock's admin path",
                line("GET /__admin/mappings?x=%zz HTTP/1.1")),
            raw("unknown method", line("BREW /api/v3/companies HTTP/1.1")),
            raw("CONNECT", line("CONNECT example.com:443 HTTP/1.1")),
            raw("OPTIONS *", line("OPTIONS * HTTP/1.1")),
            raw("HTTP/0.9 request line", "GET /api/v3/companies\r\n\r\n"),
            raw(
                "bad chunk size",
                "POST "
                    + CLIENTS
                    + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"),
            raw(
                "unknown transfer coding",
                "POST "
                    + CLIENTS
                    + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Transfer-Encoding: rot13\r\n\r\n{}"),
            raw(
                "two content lengths",
                "POST "
                    + CLIENTS
                    + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\n"
                    + "Content-Length: 3\r\n\r\n{}"));
    return Stream.of(ServingPath.values())
        .flatMap(
            serving -> requests.stream().map(r -> Arguments.of(serving, r.get()[0], r.get()[1])));
  }

  private static Arguments raw(String name, String request) {
    return Arguments.of(name, request);
  }

  private static String line(String requestLine) {
    return requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n";
  }

  /**
   * Requests no well-behaved client can even send: Jetty and WireMock reject them before our code
   * runs.
   */
  @ParameterizedTest(name = "raw request on the {0}: {1}")
  @MethodSource("unparseableRequests")
  void unparseableRequestsStillGetAJsonEnvelope(ServingPath serving, String name, String request) {
    String response = RawHttp.exchange(serving.server(), request);
    assertThat(RawHttp.statusLine(response)).matches("HTTP/1.1 4\\d\\d .*");
    assertThat(response)
        .containsIgnoringCase("Content-Type: application/json")
        .contains("\"success\":false")
        .doesNotContain("<html")
        .doesNotContain("Exception")
        .doesNotContain("INTERNAL_ERROR");
  }

  @ParameterizedTest(name = "token endpoint: {0}")
  @MethodSource("badTokenRequests")
  void tokenEndpointAnswersInAuth0Shape(
      String name, String contentType, String body, int status, String error) {
    for (ServingPath serving : ServingPath.values()) {
      Reply reply =
          serving.client().send("POST", "/oauth/token", null, body, "Content-Type", contentType);
      assertThat(reply.status()).as(serving.name()).isEqualTo(status);
      assertThat(reply.json().get("error").asText()).isEqualTo(error);
      assertThat(reply.json().get("error_description").asText()).isNotBlank();
    }
  }

  static Stream<Arguments> badTokenRequests() {
    return Stream.of(
        Arguments.of("broken JSON", "application/json", "{", 400, "invalid_request"),
        Arguments.of(
            "no grant type",
            "application/json",
            "{\"client_id\":\"mock-client\"}",
            400,
            "invalid_request"),
        Arguments.of(
            "unknown client",
            "application/json",
            "{\"grant_type\":\"client_credentials\",\"client_id\":\"x\",\"client_secret\":\"y\"}",
            401,
            "access_denied"),
        Arguments.of(
            "unknown grant",
            "application/json",
            "{\"grant_type\":\"implicit\",\"client_id\":\"mock-client\"}",
            403,
            "unsupported_grant_type"),
        Arguments.of(
            "unknown user",
            "application/x-www-form-urlencoded",
            "grant_type=password&client_id=mock-client&username=nobody%40x.com&password=mock-password",
            403,
            "invalid_grant"));
  }
}
