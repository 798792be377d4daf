package io.compliancescorecard.mock;

import io.compliancescorecard.mock.chaos.ChaosFault;
import io.compliancescorecard.mock.chaos.ChaosRule;
import io.compliancescorecard.mock.internal.proxy.ProxySettings;
import io.compliancescorecard.mock.internal.proxy.ViolationLog;
import io.compliancescorecard.mock.internal.server.MockEngine;
import io.compliancescorecard.mock.internal.spec.ApiSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Runs the mock server in the foreground until interrupted: the standalone jar's {@code main}, and
 * the command the CLI mounts as {@code csc mock}. {@link #toOptions()} turns the parsed flags into
 * {@link MockServerOptions} for callers that start the server themselves.
 */
@Command(
    name = "mock",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Run the Compliance Scorecard mock server (the whole API, stateful, on WireMock).")
public final class MockServerCommand implements Callable<Integer> {

  /**
   * The environment variable holding the webhook signing secret, as for {@code csc webhooks
   * listen}.
   */
  public static final String WEBHOOK_SECRET_ENV = "CSC_WEBHOOK_SECRET";

  /** The exit status of a proxy that saw an upstream answer break the spec. */
  public static final int DRIFT_EXIT_CODE = 1;

  private static final String DEFAULT_WEBHOOK_SECRET = "whsec_mock";
  private static final Pattern RATE_LIMIT = Pattern.compile("([a-z-]+)=(\\d+)/(\\S+)");

  private final Function<String, String> environment;
  private final InputStream stdin;

  @Spec private CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "Port to listen on; 0 picks a free one (default: 8080).")
  int port = 8080;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      description = "Address to listen on (default: 127.0.0.1).")
  String bindAddress = "127.0.0.1";

  @Option(
      names = "--data",
      paramLabel = "FILE",
      description = "Serve this data file (the seed's JSON shape) instead of the packaged seed.")
  Path dataFile;

  @Option(
      names = "--token-lifetime",
      paramLabel = "DURATION",
      description = "Token lifetime, e.g. 30s, 15m, 24h (default: 24h).")
  String tokenLifetime = "24h";

  @Option(
      names = "--rate-limit",
      paramLabel = "CATEGORY=LIMIT/WINDOW",
      description =
          "Replace a category's budget, e.g. general=1000/1h, authentication=5/10s. Repeatable.")
  List<String> rateLimits = new ArrayList<>();

  @Option(
      names = "--webhook-url",
      paramLabel = "URL",
      description = "Subscribe this URL to every webhook event at start.")
  URI webhookUrl;

  // The secret never comes as an argument: shells keep those in history and ps shows them.
  @Option(
      names = "--webhook-secret-file",
      paramLabel = "FILE",
      description =
          "File holding the signing secret of --webhook-url; - reads it from stdin"
              + " (default: $"
              + WEBHOOK_SECRET_ENV
              + ", else "
              + DEFAULT_WEBHOOK_SECRET
              + ").")
  String webhookSecretFile;

  @Option(
      names = "--webhook-attempts",
      paramLabel = "N",
      description = "Attempts per delivery (default: 5).")
  int webhookAttempts = 5;

  @Option(
      names = "--webhook-backoff",
      paramLabel = "DURATION",
      description = "Wait before the second attempt, doubling after (default: 1s).")
  String webhookBackoff = "1s";

  @Option(
      names = "--chaos-path",
      paramLabel = "REGEX",
      description = "Limit the chaos options below to paths matching this regex.")
  String chaosPath;

  @Option(
      names = "--chaos-latency",
      paramLabel = "DURATION",
      description = "Add this latency to every (matching) request.")
  String chaosLatency;

  @Option(
      names = "--chaos-error-rate",
      paramLabel = "SHARE",
      description = "Share (0-1) of requests answered with --chaos-status.")
  double chaosErrorRate;

  @Option(
      names = "--chaos-status",
      paramLabel = "STATUS",
      description = "Status of injected errors (default: 503).")
  int chaosStatus = 503;

  @Option(
      names = "--chaos-retry-after",
      paramLabel = "SECONDS",
      description = "Retry-After header of injected errors (default: none).")
  Integer chaosRetryAfter;

  @Option(
      names = "--chaos-fault-rate",
      paramLabel = "SHARE",
      description = "Share (0-1) of requests whose connection gets --chaos-fault.")
  double chaosFaultRate;

  @Option(
      names = "--chaos-fault",
      paramLabel = "FAULT",
      description =
          "CONNECTION_RESET_BY_PEER, EMPTY_RESPONSE, MALFORMED_RESPONSE_CHUNK or RANDOM_DATA_THEN_CLOSE (default: CONNECTION_RESET_BY_PEER).")
  String chaosFault = ChaosFault.CONNECTION_RESET_BY_PEER.name();

  // Not -v/--verbose: csc mounts this command as `csc mock`, and csc's global -v/--verbose would
  // clash.
  @Option(names = "--log-requests", description = "Log every request (costs throughput).")
  boolean logRequests;

  // Trust: for which API tokens are, and which host names the server answers to.
  @Option(
      names = "--audience",
      paramLabel = "URL",
      description =
          "Serve tokens for this audience (repeatable; default: the mock's own base URL and the hosted API's).")
  List<String> audiences = new ArrayList<>();

  @Option(
      names = "--allow-host",
      paramLabel = "NAME",
      description =
          "Also answer requests for this host name (repeatable; default: the bind address, and localhost on loopback).")
  List<String> allowedHosts = new ArrayList<>();

  @Option(
      names = "--max-login-attempts",
      paramLabel = "N",
      description =
          "Failed password logins per user and address before Auth0's 429 too_many_attempts; 0 = off (default: 10).")
  int maxLoginAttempts = 10;

  @Option(
      names = "--login-block",
      paramLabel = "DURATION",
      description = "How long such a block lasts; POST /_mock/reset lifts it (default: 30d).")
  String loginBlock = "30d";

  // Limits against slow, broken and hostile clients.
  @Option(
      names = "--max-body-size",
      paramLabel = "SIZE",
      description =
          "Largest request body accepted, e.g. 1MiB, 512KiB, 2000 (bytes); larger ones get 413 (default: 1MiB).")
  String maxBodySize = "1MiB";

  @Option(
      names = "--body-timeout",
      paramLabel = "DURATION",
      description = "Time a request body may take to arrive; slower ones get 408 (default: 10s).")
  String bodyTimeout = "10s";

  @Option(
      names = "--idle-timeout",
      paramLabel = "DURATION",
      description = "Time a connection may stay silent before it is closed (default: 30s).")
  String idleTimeout = "30s";

  @Option(
      names = "--idempotency-keys",
      paramLabel = "N",
      description =
          "Idempotency keys remembered at most; the oldest are forgotten first (default: 10000).")
  int idempotencyKeys = 10_000;

  @Option(
      names = "--idempotency-key-lifetime",
      paramLabel = "DURATION",
      description = "How long an idempotency key is remembered (default: 24h).")
  String idempotencyKeyLifetime = "24h";

  // The validating proxy, recording and drift report.
  @Option(
      names = "--proxy-to",
      paramLabel = "URL",
      description =
          "Forward every API request to this API and check requests and answers against the spec.")
  URI proxyTo;

  @Option(
      names = "--proxy-auth0-domain",
      paramLabel = "DOMAIN",
      description =
          "Forward /oauth/token to this Auth0 domain (default: token requests are refused).")
  URI proxyAuth0Domain;

  @Option(
      names = "--proxy-connect-timeout",
      paramLabel = "DURATION",
      description = "Longest wait for a connection to the upstream (default: 5s).")
  String proxyConnectTimeout = "5s";

  @Option(
      names = "--proxy-read-timeout",
      paramLabel = "DURATION",
      description = "Longest wait for the upstream's whole answer; then 504 (default: 30s).")
  String proxyReadTimeout = "30s";

  @Option(
      names = "--fail-on-violation",
      description = "Answer 502 instead of an upstream answer that breaks the spec.")
  boolean failOnViolation;

  @Option(
      names = "--record",
      paramLabel = "FILE",
      description = "At exit, write what the proxy saw as a --data file, every secret replaced.")
  Path record;

  @Option(
      names = "--record-anonymize",
      description = "Hash the email addresses in the --record file.")
  boolean recordAnonymize;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description =
          "At exit, write every violation grouped by operation with counts (JSON); exit 1 on drift.")
  Path report;

  /** A command reading the process's environment and standard input. */
  public MockServerCommand() {
    this(System::getenv, System.in);
  }

  MockServerCommand(Function<String, String> environment, InputStream stdin) {
    this.environment = environment;
    this.stdin = stdin;
  }

  /**
   * Runs the standalone server: {@code java -jar compliance-scorecard-mock-server.jar --port 8080}.
   *
   * @param args the command line's flags (see {@code --help})
   */
  public static void main(String[] args) {
    // The spec's YAML is read on a second core while picocli parses the command line.
    MockEngine.daemon(ApiSpec::packaged);
    // Standalone only: Jetty's start-up chatter would bury the ready line. --log-requests shows it
    // again.
    boolean logRequests = java.util.Arrays.asList(args).contains("--log-requests");
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", logRequests ? "info" : "warn");
    }
    System.exit(new CommandLine(new MockServerCommand()).execute(args));
  }

  /**
   * @return the options the flags describe
   * @throws CommandLine.ParameterException when a flag's value is invalid
   */
  public MockServerOptions toOptions() {
    try {
      MockServerOptions.Builder builder =
          MockServerOptions.builder()
              .port(port)
              .bindAddress(bindAddress)
              .dataFile(dataFile)
              .tokenLifetime(Durations.parse(tokenLifetime))
              .webhookAttempts(webhookAttempts)
              .webhookBackoff(Durations.parse(webhookBackoff))
              .verbose(logRequests)
              .maxBodySize(ByteSizes.parse(maxBodySize))
              .bodyTimeout(Durations.parse(bodyTimeout))
              .idleTimeout(Durations.parse(idleTimeout))
              .idempotencyKeys(idempotencyKeys, Durations.parse(idempotencyKeyLifetime));
      for (String limit : rateLimits) {
        Matcher m = RATE_LIMIT.matcher(limit.trim());
        if (!m.matches()) {
          throw new IllegalArgumentException(
              "--rate-limit wants CATEGORY=LIMIT/WINDOW, e.g. general=1000/1h; got " + limit);
        }
        builder.rateLimit(m.group(1), Integer.parseInt(m.group(2)), Durations.parse(m.group(3)));
      }
      audiences.forEach(builder::audience);
      allowedHosts.forEach(builder::allowedHost);
      builder.maxLoginAttempts(maxLoginAttempts).loginBlock(Durations.parse(loginBlock));
      proxyOptions(builder);
      if (webhookUrl != null) {
        builder.webhook(webhookUrl, webhookSecret());
      }
      Pattern path = chaosPath == null ? null : Pattern.compile(chaosPath);
      if (chaosLatency != null) {
        builder.chaos(new ChaosRule(path, 1.0, Durations.parse(chaosLatency), null, null));
      }
      if (chaosErrorRate > 0) {
        builder.chaos(
            new ChaosRule(path, chaosErrorRate, Duration.ZERO, chaosStatus, null, chaosRetryAfter));
      }
      if (chaosFaultRate > 0) {
        builder.chaos(
            new ChaosRule(path, chaosFaultRate, Duration.ZERO, null, ChaosFault.parse(chaosFault)));
      }
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private void proxyOptions(MockServerOptions.Builder builder) {
    if (proxyTo != null) {
      builder
          .proxyTo(proxyTo)
          .proxyTimeouts(Durations.parse(proxyConnectTimeout), Durations.parse(proxyReadTimeout));
    }
    if (proxyAuth0Domain != null) {
      builder.proxyAuth0Domain(proxyAuth0Domain);
    }
    if (record != null) {
      builder.record(record, recordAnonymize);
    } else if (recordAnonymize) {
      throw new IllegalArgumentException("--record-anonymize needs --record FILE");
    }
    if (report != null) {
      builder.report(report);
    }
    builder.failOnViolation(failOnViolation);
  }

  /** The signing secret from --webhook-secret-file, else the environment, else the default. */
  private String webhookSecret() {
    if (webhookSecretFile == null) {
      String fromEnv = environment.apply(WEBHOOK_SECRET_ENV);
      return fromEnv == null || fromEnv.isBlank() ? DEFAULT_WEBHOOK_SECRET : fromEnv.trim();
    }
    String source = webhookSecretFile.equals("-") ? "stdin" : webhookSecretFile;
    String secret;
    try {
      secret =
          webhookSecretFile.equals("-")
              ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
              : Files.readString(Path.of(webhookSecretFile), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read the webhook secret from " + source + ": " + e.getClass().getSimpleName());
    }
    if (secret.isBlank()) {
      throw new IllegalArgumentException("the webhook secret in " + source + " is empty");
    }
    return secret.trim();
  }

  @Override
  public Integer call() throws InterruptedException {
    MockServerOptions options = toOptions();
    MockServer server;
    try {
      server = new MockServer(options).start();
    } catch (IllegalStateException | IllegalArgumentException e) {
      spec.commandLine().getErr().println("mock server did not start: " + e.getMessage());
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    PrintWriter err = spec.commandLine().getErr();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                  if (options.proxy() != null) {
                    // The process ends by a signal, whose exit status would hide the verdict: this
                    // one states it.
                    Runtime.getRuntime().halt(proxyVerdict(server.violations(), options, err));
                  }
                },
                "mock-shutdown"));
    PrintWriter out = spec.commandLine().getOut();
    out.println(readyLine(server, options));
    out.flush();
    stopped.await();
    return 0;
  }

  /**
   * Prints the proxy's one-line summary (and where the report and recording went) and returns the
   * exit status: {@value #DRIFT_EXIT_CODE} when an upstream answer broke the spec, else 0.
   */
  static int proxyVerdict(ViolationLog violations, MockServerOptions options, PrintWriter err) {
    StringBuilder line = new StringBuilder("mock proxy: ").append(violations.summary());
    if (options.proxy().report() != null) {
      line.append(" | report: ").append(options.proxy().report());
    }
    if (options.proxy().record() != null) {
      line.append(" | recording: ").append(options.proxy().record());
    }
    err.println(line);
    err.flush();
    return violations.driftCount() > 0 ? DRIFT_EXIT_CODE : 0;
  }

  /** The one line printed when the server is ready: its URL and how to log in. */
  static String readyLine(MockServer server, MockServerOptions options) {
    ProxySettings proxy = options.proxy();
    return "Compliance Scorecard mock server ready at "
        + server.baseUrl()
        + (proxy == null ? " | token: " + tokenHint(server) : " | " + proxyHint(proxy))
        + " | admin: "
        + server.adminUrl();
  }

  private static String tokenHint(MockServer server) {
    return "POST "
        + server.baseUrl()
        + "/oauth/token with client_credentials "
        + MockServer.CLIENT_ID
        + "/"
        + MockServer.CLIENT_SECRET
        + " (John Doe, msp_admin) or password grant "
        + "<seeded email>/"
        + MockServer.USER_PASSWORD
        + " (e.g. "
        + SeededUsers.JOHN_DOE
        + ", "
        + SeededUsers.SUPER_ADMIN
        + ")";
  }

  /** Where the proxy forwards and where its tokens come from; the seeded logins do not apply. */
  private static String proxyHint(ProxySettings proxy) {
    return "proxying to "
        + proxy.upstream()
        + ", every exchange checked against the spec (violations: /_mock/violations) | token: "
        + (proxy.auth0Domain() == null
            ? "none here (/oauth/token needs --proxy-auth0-domain); send the upstream's own"
            : "/oauth/token forwarded to " + proxy.auth0Domain());
  }
}
