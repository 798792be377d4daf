package io.compliancescorecard.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.compliancescorecard.mock.chaos.ChaosFault;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MockServerCommandTest {

  private static final String HOOK = "http://127.0.0.1:9999/hook";

  @TempDir Path dir;

  private static MockServerOptions parse(String... args) {
    return parse(Map.of(), "", args);
  }

  private static MockServerOptions parse(Map<String, String> env, String stdin, String... args) {
    MockServerCommand command =
        new MockServerCommand(
            env::get, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    new CommandLine(command).parseArgs(args);
    return command.toOptions();
  }

  private static String webhookSecret(MockServerOptions options) {
    assertThat(options.webhooks()).hasSize(1);
    return options.webhooks().get(0).secret();
  }

  @Test
  void defaultsAreLoopbackPort8080AndTheSpecsLimits() {
    MockServerOptions options = parse();
    assertThat(options.port()).isEqualTo(8080);
    assertThat(options.bindAddress()).isEqualTo("127.0.0.1");
    assertThat(options.tokenLifetime()).isEqualTo(Duration.ofHours(24));
    assertThat(options.rateLimits()).isEmpty();
    assertThat(options.chaos()).isEmpty();
    assertThat(options.webhooks()).isEmpty();
    assertThat(options.verbose()).isFalse();
    assertThat(options.maxBodySize()).isEqualTo(1024 * 1024);
    assertThat(options.bodyTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(options.idleTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(options.idempotencyKeyLimit()).isEqualTo(10_000);
    assertThat(options.idempotencyKeyLifetime()).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void theLimitsOnClientsAreOptions() {
    MockServerOptions options =
        parse(
            "--max-body-size",
            "512KiB",
            "--body-timeout",
            "2s",
            "--idle-timeout",
            "5s",
            "--idempotency-keys",
            "50",
            "--idempotency-key-lifetime",
            "1h");
    assertThat(options.maxBodySize()).isEqualTo(512 * 1024);
    assertThat(options.bodyTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(options.idleTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(options.idempotencyKeyLimit()).isEqualTo(50);
    assertThat(options.idempotencyKeyLifetime()).isEqualTo(Duration.ofHours(1));
    assertThat(parse("--max-body-size", "2000").maxBodySize()).isEqualTo(2000);
    assertThat(parse("--max-body-size", "2m").maxBodySize()).isEqualTo(2 * 1024 * 1024);
  }

  @Test
  void trustOptionsReachTheServerOptionsAndBadHostsAreUsageErrors() {
    MockServerOptions options =
        parse(
            "--audience",
            "urn:a",
            "--audience",
            "https://b.example",
            "--allow-host",
            "mock.internal",
            "--max-login-attempts",
            "3",
            "--login-block",
            "1m");
    assertThat(options.audiences()).containsExactly("urn:a", "https://b.example");
    assertThat(options.allowedHosts()).containsExactly("mock.internal");
    assertThat(options.maxLoginAttempts()).isEqualTo(3);
    assertThat(options.loginBlock()).isEqualTo(Duration.ofMinutes(1));
    assertThat(parse().audiences()).isEmpty();
    assertThat(parse().maxLoginAttempts()).isEqualTo(10);
    assertThatThrownBy(() -> parse("--allow-host", "http://mock.internal:8080"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("without scheme or port");
  }

  @Test
  void everyOptionReachesTheServerOptions() {
    MockServerOptions options =
        parse(
            "--port",
            "0",
            "--bind",
            "0.0.0.0",
            "--token-lifetime",
            "30s",
            "--rate-limit",
            "general=10/5s",
            "--rate-limit",
            "authentication=2/1m",
            "--webhook-url",
            HOOK,
            "--webhook-attempts",
            "2",
            "--webhook-backoff",
            "250ms",
            "--chaos-path",
            "/api/.*",
            "--chaos-latency",
            "100ms",
            "--chaos-error-rate",
            "0.1",
            "--chaos-status",
            "502",
            "--chaos-retry-after",
            "3",
            "--chaos-fault-rate",
            "0.05",
            "--chaos-fault",
            "empty_response",
            "--log-requests");
    assertThat(options.port()).isZero();
    assertThat(options.bindAddress()).isEqualTo("0.0.0.0");
    assertThat(options.tokenLifetime()).isEqualTo(Duration.ofSeconds(30));
    assertThat(options.rateLimits().get("general").limit()).isEqualTo(10);
    assertThat(options.rateLimits().get("general").window()).isEqualTo(Duration.ofSeconds(5));
    assertThat(options.rateLimits().get("authentication").window())
        .isEqualTo(Duration.ofMinutes(1));
    assertThat(options.webhooks())
        .singleElement()
        .satisfies(w -> assertThat(w.url()).hasToString(HOOK));
    assertThat(options.webhookSettings().maxAttempts()).isEqualTo(2);
    assertThat(options.webhookSettings().initialBackoff()).isEqualTo(Duration.ofMillis(250));
    assertThat(options.chaos()).hasSize(3);
    assertThat(options.chaos().get(0).latency()).isEqualTo(Duration.ofMillis(100));
    assertThat(options.chaos().get(1).status()).isEqualTo(502);
    assertThat(options.chaos().get(1).retryAfterSeconds()).isEqualTo(3);
    assertThat(options.chaos().get(2).fault()).isEqualTo(ChaosFault.EMPTY_RESPONSE);
    assertThat(options.chaos())
        .allSatisfy(rule -> assertThat(rule.matches("/api/v3/companies")).isTrue());
    assertThat(options.verbose()).isTrue();
  }

  @Test
  void theWebhookSecretComesFromAFileStdinOrTheEnvironmentNeverFromAnArgument() throws IOException {
    Path file = Files.writeString(dir.resolve("secret"), "whsec_from_file\n");
    Map<String, String> env = Map.of(MockServerCommand.WEBHOOK_SECRET_ENV, "whsec_from_env");
    assertThat(webhookSecret(parse("--webhook-url", HOOK))).isEqualTo("whsec_mock");
    assertThat(webhookSecret(parse(env, "", "--webhook-url", HOOK))).isEqualTo("whsec_from_env");
    assertThat(
            webhookSecret(
                parse(env, "", "--webhook-url", HOOK, "--webhook-secret-file", file.toString())))
        .isEqualTo("whsec_from_file");
    assertThat(
            webhookSecret(
                parse(
                    env,
                    "whsec_from_stdin\n",
                    "--webhook-url",
                    HOOK,
                    "--webhook-secret-file",
                    "-")))
        .isEqualTo("whsec_from_stdin");

    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new MockServerCommand()).setErr(new PrintWriter(err));
    assertThat(cli.execute("--webhook-url", HOOK, "--webhook-secret", "whsec_arg", "--port", "0"))
        .isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString()).contains("Unknown option").contains("--webhook-secret");
  }

  @Test
  void anUnreadableOrEmptySecretFileIsAUsageErrorNamingTheFile() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty"), "\n");
    for (String file : new String[] {dir.resolve("missing").toString(), empty.toString()}) {
      StringWriter err = new StringWriter();
      CommandLine cli = new CommandLine(new MockServerCommand()).setErr(new PrintWriter(err));
      assertThat(cli.execute("--webhook-url", HOOK, "--webhook-secret-file", file, "--port", "0"))
          .isEqualTo(CommandLine.ExitCode.USAGE);
      assertThat(err.toString()).contains("webhook secret").contains(file).doesNotContain("\tat ");
    }
  }

  @Test
  void badValuesAreUsageErrorsNotStackTraces() {
    for (String[] args :
        new String[][] {
          {"--rate-limit", "general=lots"},
          {"--token-lifetime", "soon"},
          {"--chaos-fault-rate", "0.5", "--chaos-fault", "meteor"},
          {"--port", "99999"},
          {"--rate-limit", "uploads=1/1h", "--port", "0"}
        }) {
      StringWriter err = new StringWriter();
      CommandLine cli = new CommandLine(new MockServerCommand()).setErr(new PrintWriter(err));
      assertThat(cli.execute(args)).as(String.join(" ", args)).isNotZero();
      assertThat(err.toString()).isNotBlank().doesNotContain("\tat ");
    }
  }

  @Test
  void theReadyLineSaysWhereAndHowToLogInButNotTheWebhookSecret() {
    MockServerOptions options =
        parse(
            Map.of(MockServerCommand.WEBHOOK_SECRET_ENV, "whsec_never_shown"),
            "",
            "--port",
            "0",
            "--webhook-url",
            HOOK);
    try (MockServer server = new MockServer(options).start()) {
      String line = MockServerCommand.readyLine(server, options);
      assertThat(line)
          .doesNotContain("\n")
          .contains(server.baseUrl())
          .contains("mock-client/mock-secret")
          .contains("mock-password")
          .contains(SeededUsers.JOHN_DOE)
          .contains("/_mock/")
          .doesNotContain("whsec_never_shown");
      assertThat(options.webhooks())
          .allSatisfy(w -> assertThat(w.toString()).doesNotContain("whsec_never_shown"));
    }
  }

  @Test
  void aProxysReadyLineNamesTheUpstreamAndOffersNoSeededLogin() {
    MockServerOptions options = parse("--port", "0", "--proxy-to", "http://127.0.0.1:9");
    try (MockServer server = new MockServer(options).start()) {
      String line = MockServerCommand.readyLine(server, options);
      assertThat(line)
          .startsWith("Compliance Scorecard mock server ready at " + server.baseUrl() + " | ")
          .contains("proxying to http://127.0.0.1:9", "--proxy-auth0-domain", "/_mock/violations")
          .doesNotContain("mock-secret", "mock-password");
    }
  }

  @Test
  void proxyOptionsReachTheServerOptionsAndNeedAProxyTarget() {
    MockServerOptions options =
        parse(
            "--proxy-to",
            "https://api.example.com/",
            "--proxy-auth0-domain",
            "tenant.eu.auth0.com",
            "--proxy-connect-timeout",
            "2s",
            "--proxy-read-timeout",
            "9s",
            "--fail-on-violation",
            "--record",
            "rec.json",
            "--record-anonymize",
            "--report",
            "drift.json");
    assertThat(options.proxy().upstream()).hasToString("https://api.example.com");
    assertThat(options.proxy().auth0Domain()).hasToString("https://tenant.eu.auth0.com");
    assertThat(options.proxy().connectTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(options.proxy().readTimeout()).isEqualTo(Duration.ofSeconds(9));
    assertThat(options.proxy().failOnViolation()).isTrue();
    assertThat(options.proxy().record()).isEqualTo(Path.of("rec.json"));
    assertThat(options.proxy().anonymize()).isTrue();
    assertThat(options.proxy().report()).isEqualTo(Path.of("drift.json"));
    assertThat(parse().proxy()).isNull();
    assertThatThrownBy(() -> parse("--report", "drift.json"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("--proxy-to");
    assertThatThrownBy(() -> parse("--proxy-to", "ftp://api.example.com"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("http(s) URL");
    assertThatThrownBy(() -> parse("--proxy-to", "https://user:pw@api.example.com"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageNotContaining("pw@");
    assertThatThrownBy(() -> parse("--proxy-to", "https://api.example.com", "--data", "seed.json"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("--data");
  }
}
