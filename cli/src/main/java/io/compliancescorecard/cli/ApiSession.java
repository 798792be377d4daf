package io.compliancescorecard.cli;

import io.compliancescorecard.cli.config.ConfigKey;
import io.compliancescorecard.cli.config.Environment;
import io.compliancescorecard.cli.config.Settings;
import io.compliancescorecard.cli.error.CliException;
import io.compliancescorecard.cli.error.ExitCodes;
import io.compliancescorecard.mock.MockServer;
import io.compliancescorecard.mock.MockServerOptions;
import io.compliancescorecard.sdk.ComplianceScorecardClient;
import io.compliancescorecard.sdk.HttpLogLevel;
import io.compliancescorecard.sdk.auth.Auth0TokenProvider;
import io.compliancescorecard.sdk.auth.StaticTokenProvider;
import io.compliancescorecard.sdk.auth.TokenProvider;
import io.compliancescorecard.sdk.retry.RetryPolicy;
import java.time.Duration;
import java.util.Optional;

/**
 * The connection to the API for one invocation: the SDK client, its credentials and, for `--env
 * mock`, the mock server started in-process on a free port and logged in to with its seeded client
 * credentials. Every HTTP request csc makes goes through this session's SDK client, made on first
 * use.
 */
public final class ApiSession implements AutoCloseable {

  /** Where the secret of stored Auth0 client credentials may come from instead of the profile. */
  public static final String CLIENT_SECRET_ENV = "CSC_CLIENT_SECRET";

  private final MockServer mock;
  private final String baseUrl;
  private final TokenProvider tokens;
  private final CliContext context;
  private ComplianceScorecardClient client;

  private ApiSession(MockServer mock, String baseUrl, TokenProvider tokens, CliContext context) {
    this.mock = mock;
    this.baseUrl = baseUrl;
    this.tokens = tokens;
    this.context = context;
  }

  static ApiSession open(CliContext context) {
    Settings settings = context.settings();
    Logging.configure(context.globals().verbose);
    MockServer mock = null;
    String baseUrl = settings.baseUrl();
    TokenProvider tokens;
    if (settings.environment() == Environment.MOCK) {
      mock = new MockServer(MockServerOptions.builder().port(0).build()).start();
      baseUrl = mock.baseUrl();
      tokens =
          Auth0TokenProvider.clientCredentials(
                  baseUrl, MockServer.CLIENT_ID, MockServer.CLIENT_SECRET, baseUrl)
              .build();
    } else {
      tokens = storedCredentials(settings, context.runtime()).orElse(null);
    }
    return new ApiSession(mock, baseUrl, tokens, context);
  }

  /**
   * A client for {@code baseUrl} with the invocation's timeout, retries, logging and wait notices,
   * sending the token of {@code tokens}, or no token at all when it is null.
   */
  public static ComplianceScorecardClient client(
      CliContext context, String baseUrl, TokenProvider tokens) {
    Settings settings = context.settings();
    boolean verbose = context.globals().verbose;
    Logging.configure(verbose);
    Duration timeout = Duration.ofSeconds(settings.timeoutSeconds());
    RetryPolicy defaults = RetryPolicy.defaults();
    ComplianceScorecardClient.Builder builder =
        ComplianceScorecardClient.builder().baseUrl(baseUrl);
    if (tokens == null) {
      builder.noCredentials();
    } else {
      builder.tokenProvider(tokens);
    }
    return builder
        .connectTimeout(timeout)
        .readTimeout(timeout)
        .retryPolicy(
            settings.maxRetries() == 0
                ? RetryPolicy.none()
                : RetryPolicy.of(
                    settings.maxRetries(), defaults.initialBackoff(), defaults.maxBackoff()))
        .userAgentSuffix("csc/" + BuildInfo.version())
        .logLevel(verbose ? HttpLogLevel.HEADERS : HttpLogLevel.NONE)
        .waitListener(new WaitAnnouncer(context.err()))
        .build();
  }

  /**
   * Credentials from `CSC_TOKEN`, the profile's token, or the profile's Auth0 client credentials.
   */
  static Optional<TokenProvider> storedCredentials(Settings settings, CliRuntime runtime) {
    Optional<String> token = settings.token();
    if (token.isPresent()) {
      return Optional.of(StaticTokenProvider.of(token.get()));
    }
    Optional<String> domain = settings.profileValue(ConfigKey.AUTH0_DOMAIN);
    Optional<String> clientId = settings.profileValue(ConfigKey.AUTH0_CLIENT_ID);
    if (domain.isEmpty() || clientId.isEmpty()) {
      return Optional.empty();
    }
    String secret =
        runtime
            .env(CLIENT_SECRET_ENV)
            .or(() -> settings.profileValue(ConfigKey.AUTH0_CLIENT_SECRET))
            .orElseThrow(
                () ->
                    new CliException(
                        ExitCodes.AUTHENTICATION,
                        "profile '"
                            + settings.profileName()
                            + "' has Auth0 client credentials but no secret; set "
                            + CLIENT_SECRET_ENV
                            + " or run 'csc auth login' again"));
    return Optional.of(
        Auth0TokenProvider.clientCredentials(
                domain.get(),
                clientId.get(),
                secret,
                settings.profileValue(ConfigKey.AUTH0_AUDIENCE).orElse(settings.baseUrl()))
            .build());
  }

  /** The SDK client; a {@link CliException} (exit 3) if there are no credentials. */
  public ComplianceScorecardClient client() {
    requireCredentials();
    return http();
  }

  /**
   * The same SDK client, also when there are no credentials, for requests that need none: to
   * another host (which never gets the token) or marked {@link
   * io.compliancescorecard.sdk.RawRequest#withoutCredentials()}.
   */
  public synchronized ComplianceScorecardClient http() {
    if (client == null) {
      client = client(context, baseUrl, tokens);
    }
    return client;
  }

  /** The credentials in use; a {@link CliException} (exit 3) if there are none. */
  public TokenProvider tokens() {
    requireCredentials();
    return tokens;
  }

  private void requireCredentials() {
    if (tokens == null) {
      throw new CliException(
          ExitCodes.AUTHENTICATION,
          "not logged in: run 'csc auth login', set CSC_TOKEN, or try '--env mock'");
    }
  }

  /**
   * The API's base URL, without a trailing slash (the embedded mock server's, for `--env mock`).
   */
  public String baseUrl() {
    return baseUrl;
  }

  /** Whether this session runs the mock server in-process. */
  public boolean embeddedMock() {
    return mock != null;
  }

  @Override
  public void close() {
    synchronized (this) {
      if (client != null) {
        client.close();
      }
    }
    if (mock != null) {
      mock.close();
    }
  }
}
