package io.compliancescorecard.cli;

import static io.compliancescorecard.cli.MockLogins.JOHN;
import static io.compliancescorecard.cli.MockLogins.SUPER_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.compliancescorecard.mock.MockServerOptions;
import io.compliancescorecard.mock.junit.MockServerExtension;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** `csc api`: raw requests, fields, pagination, and the token never leaving the API host. */
class RawApiCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final MockServerExtension MOCK = new MockServerExtension(MockServerOptions.defaults());

  @TempDir Path home;

  @Test
  void getPrintsTheResponseBodyWithFieldsAsQuery() throws Exception {
    CscRunner.Result result =
        MockLogins.csc(MOCK, home, JOHN)
            .run("api", "get", "/api/v3/companies/company123/clients", "-f", "search=globex");

    JsonNode body = JSON.readTree(result.out);
    assertThat(body.path("success").asBoolean()).isTrue();
    assertThat(body.path("data").size()).isEqualTo(1);
  }

  @Test
  void postSendsFieldsAsJsonAndErrorsMapToExitCodes() throws Exception {
    CscRunner csc = MockLogins.csc(MOCK, home, JOHN);

    CscRunner.Result created =
        csc.run(
            "api",
            "POST",
            "/api/v3/companies/company123/clients",
            "-f",
            "name=Raw Client",
            "-F",
            "employee_count=40");
    CscRunner.Result invalid =
        csc.run("api", "POST", "/api/v3/companies/company123/clients", "-F", "name=5");
    CscRunner.Result missing = csc.run("api", "GET", "/api/v3/nothing-here");

    assertThat(JSON.readTree(created.out).path("data").path("employee_count").asInt())
        .isEqualTo(40);
    assertThat(invalid.exitCode).isEqualTo(6);
    assertThat(invalid.err).contains("VALIDATION_ERROR");
    assertThat(missing.exitCode).isEqualTo(5);
  }

  @Test
  void paginateCollectsEveryPageOfAV4List() {
    CscRunner.Result result =
        MockLogins.csc(MOCK, home, SUPER_ADMIN)
            .run("api", "GET", "/api/v4/users?per_page=20", "--paginate", "--query", "length");

    assertThat(result.out).as(result.toString()).isEqualTo("45\n");
  }

  @Test
  void aFullUrlOnAnotherHostGetsNoToken() throws Exception {
    AtomicReference<String> authorization = new AtomicReference<>("unset");
    HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    other.createContext(
        "/",
        exchange -> {
          authorization.set(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
          byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    other.start();
    try {
      String url = "http://127.0.0.1:" + other.getAddress().getPort() + "/api/v3/auth/user";
      CscRunner.Result result = MockLogins.csc(MOCK, home, JOHN).run("api", "GET", url);

      assertThat(result.exitCode).as(result.toString()).isZero();
      assertThat(authorization.get()).isEqualTo("null");
      assertThat(result.err).contains("sending no credentials");
    } finally {
      other.stop(0);
    }
  }

  @Test
  void aFullUrlOnTheApiHostIsAuthenticated() throws Exception {
    CscRunner.Result result =
        MockLogins.csc(MOCK, home, JOHN).run("api", "GET", MOCK.baseUrl() + "/api/v3/auth/user");

    assertThat(JSON.readTree(result.out).path("data").path("email").asText()).isEqualTo(JOHN);
  }

  @Test
  void aFullUrlOnAnotherHostNeedsNoLoginAndGoesOutAsCsc() throws Exception {
    try (RecordingServer other = new RecordingServer(201, "{\"id\":\"x1\"}")) {
      CscRunner.Result result =
          new CscRunner(home)
              .run(
                  "api", "POST", other.baseUrl() + "/hooks", "-f", "name=Initech", "-F", "size=40");

      assertThat(result.exitCode).as(result.toString()).isZero();
      assertThat(JSON.readTree(result.out).path("id").asText()).isEqualTo("x1");
      RecordingServer.Received request = other.received().get(0);
      assertThat(request.pathAndQuery).isEqualTo("/hooks");
      assertThat(JSON.readTree(request.body))
          .isEqualTo(JSON.readTree("{\"name\":\"Initech\",\"size\":40}"));
      assertThat(request.header("Content-Type")).startsWith("application/json");
      assertThat(request.header("Accept")).isEqualTo("application/json");
      assertThat(request.header("User-Agent")).contains("csc/");
      assertThat(request.header("Authorization")).isNull();
    }
  }

  @Test
  void anErrorStatusFromAnotherHostMapsToItsExitCode() throws Exception {
    try (RecordingServer other =
        new RecordingServer(
            404,
            "{\"success\":false,\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"no such hook\"}}")) {
      CscRunner.Result result =
          MockLogins.csc(MOCK, home, JOHN)
              .run("api", "GET", other.baseUrl() + "/hooks?api_key=hunter2", "-f", "page=2");

      assertThat(result.exitCode).as(result.toString()).isEqualTo(5);
      assertThat(result.err)
          .contains("NOT_FOUND: no such hook")
          .contains("[HTTP 404, GET " + other.baseUrl() + "/hooks]")
          .doesNotContain("hunter2");
      assertThat(other.received().get(0).pathAndQuery).isEqualTo("/hooks?api_key=hunter2&page=2");
    }
  }
}
