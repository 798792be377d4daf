package io.compliancescorecard.cli;

import static io.compliancescorecard.cli.MockLogins.JOHN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.compliancescorecard.mock.MockServer;
import io.compliancescorecard.mock.MockServerOptions;
import io.compliancescorecard.mock.junit.MockServerExtension;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** `auth login/status/token/logout` with stored credentials in a private config file. */
class AuthCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final MockServerExtension MOCK = new MockServerExtension(MockServerOptions.defaults());

  @TempDir Path home;

  private Path configFile() {
    return home.resolve("compliance-scorecard/config.json");
  }

  @Test
  void tokenLoginIsStoredPrivatelyUsedLaterAndRevokedByLogout() throws Exception {
    String token = MOCK.token(JOHN);
    CscRunner csc = new CscRunner(home);

    CscRunner.Result login =
        csc.stdin(token + "\n").run("auth", "login", "--with-token", "--base-url", MOCK.baseUrl());
    CscRunner.Result status = new CscRunner(home).run("auth", "status");
    CscRunner.Result list = new CscRunner(home).run("config", "list");
    CscRunner.Result logout = new CscRunner(home).run("auth", "logout");
    CscRunner.Result revoked =
        new CscRunner(home)
            .env("CSC_TOKEN", token)
            .run("auth", "status", "--base-url", MOCK.baseUrl());

    assertThat(login.exitCode).as(login.toString()).isZero();
    assertThat(login.out).isEmpty();
    assertThat(login.err).contains("John Doe").doesNotContain(token);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(configFile())))
        .isEqualTo("rw-------");
    assertThat(JSON.readTree(status.out).path("email").asText()).isEqualTo(JOHN);
    assertThat(list.out).doesNotContain(token).contains("********");
    assertThat(logout.exitCode).as(logout.toString()).isZero();
    assertThat(Files.readString(configFile())).doesNotContain(token).contains(MOCK.baseUrl());
    assertThat(revoked.exitCode).isEqualTo(3);
  }

  @Test
  void clientCredentialsLoginTakesTheSecretFromTheEnvironment() throws Exception {
    CscRunner.Result login =
        new CscRunner(home)
            .env("CSC_CLIENT_SECRET", MockServer.CLIENT_SECRET)
            .run(
                "auth",
                "login",
                "--base-url",
                MOCK.baseUrl(),
                "--domain",
                MOCK.baseUrl(),
                "--client-id",
                MockServer.CLIENT_ID);
    CscRunner.Result token = new CscRunner(home).run("auth", "token");
    CscRunner.Result clients =
        new CscRunner(home).run("clients", "list", "--company", "company123");

    assertThat(login.exitCode).as(login.toString()).isZero();
    assertThat(login.out + login.err).doesNotContain(MockServer.CLIENT_SECRET);
    assertThat(token.out.strip()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
    assertThat(JSON.readTree(clients.out).size()).isPositive();
  }

  @Test
  void aDomainRedirectingToAnotherPortGetsAClearErrorAndTheSecretIsNotSentThere() throws Exception {
    AtomicInteger elsewhereHits = new AtomicInteger();
    HttpServer elsewhere =
        server(
            exchange -> {
              elsewhereHits.incrementAndGet();
              exchange.sendResponseHeaders(500, -1);
            });
    HttpServer domain =
        server(
            exchange -> {
              exchange
                  .getResponseHeaders()
                  .add(
                      "Location",
                      "http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/oauth/token");
              exchange.sendResponseHeaders(307, -1);
            });
    String domainUrl = "http://127.0.0.1:" + domain.getAddress().getPort();
    try {
      CscRunner.Result login =
          new CscRunner(home)
              .env("CSC_CLIENT_SECRET", MockServer.CLIENT_SECRET)
              .run(
                  "auth",
                  "login",
                  "--base-url",
                  MOCK.baseUrl(),
                  "--domain",
                  domainUrl,
                  "--client-id",
                  MockServer.CLIENT_ID);

      assertThat(login.exitCode).as(login.toString()).isEqualTo(3);
      assertThat(login.err)
          .contains("Auth0 domain " + domainUrl)
          .contains("another origin")
          .doesNotContain(MockServer.CLIENT_SECRET);
      assertThat(elsewhereHits).hasValue(0);
      assertThat(Files.exists(configFile())).isFalse();
    } finally {
      domain.stop(0);
      elsewhere.stop(0);
    }
  }

  private static HttpServer server(com.sun.net.httpserver.HttpHandler handler) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            exchange.getRequestBody().readAllBytes();
            handler.handle(exchange);
          }
        });
    server.start();
    return server;
  }

  @Test
  void aRejectedLoginStoresNothing() {
    CscRunner.Result login =
        new CscRunner(home)
            .stdin("not-a-token")
            .run("auth", "login", "--with-token", "--base-url", MOCK.baseUrl());

    assertThat(login.exitCode).isEqualTo(3);
    assertThat(login.err).doesNotContain("not-a-token");
    assertThat(Files.exists(configFile())).isFalse();
  }

  @Test
  void loginWithoutATerminalOrStdinTokenIsAUsageError() {
    CscRunner.Result login = new CscRunner(home).run("auth", "login", "--base-url", MOCK.baseUrl());

    assertThat(login.exitCode).isEqualTo(2);
    assertThat(login.err).contains("no API token given");
  }
}
