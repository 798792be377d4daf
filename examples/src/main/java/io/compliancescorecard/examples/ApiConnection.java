package io.compliancescorecard.examples;

import io.compliancescorecard.mock.MockServer;
import io.compliancescorecard.mock.MockServerOptions;
import io.compliancescorecard.sdk.ComplianceScorecardClient;
import io.compliancescorecard.sdk.auth.Auth0TokenProvider;
import io.compliancescorecard.sdk.auth.TokenProvider;
import java.util.Map;
import java.util.Optional;

/**
 * Where an example connects: the API the environment names, or a mock server the example starts
 * itself.
 *
 * <p>Environment variables: {@code CSC_BASE_URL} (the API; unset means "start a mock server"),
 * {@code CSC_AUTH0_DOMAIN} (default: the base URL, as the mock server is its own Auth0 tenant),
 * {@code CSC_CLIENT_ID}, {@code CSC_CLIENT_SECRET} and {@code CSC_AUDIENCE} (default: the base
 * URL).
 */
public final class ApiConnection implements AutoCloseable {

  private final MockServer ownMock;
  private final String baseUrl;
  private final String domain;
  private final String clientId;
  private final String clientSecret;
  private final String audience;

  private ApiConnection(
      MockServer ownMock,
      String baseUrl,
      String domain,
      String clientId,
      String clientSecret,
      String audience) {
    this.ownMock = ownMock;
    this.baseUrl = baseUrl;
    this.domain = domain;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.audience = audience;
  }

  /**
   * The API {@code env} names, or a mock server started with {@code mockOptions} when {@code
   * CSC_BASE_URL} is unset.
   *
   * @throws IllegalArgumentException when {@code CSC_BASE_URL} is set without client credentials
   */
  public static ApiConnection fromEnvironment(
      Map<String, String> env, MockServerOptions mockOptions) {
    String baseUrl = env.get("CSC_BASE_URL");
    if (baseUrl == null || baseUrl.isBlank()) {
      MockServer mock = new MockServer(mockOptions).start();
      return new ApiConnection(
          mock,
          mock.baseUrl(),
          mock.baseUrl(),
          MockServer.CLIENT_ID,
          MockServer.CLIENT_SECRET,
          mock.baseUrl());
    }
    String clientId = env.get("CSC_CLIENT_ID");
    String clientSecret = env.get("CSC_CLIENT_SECRET");
    if (clientId == null || clientSecret == null) {
      throw new IllegalArgumentException(
          "CSC_BASE_URL is set, so CSC_CLIENT_ID and CSC_CLIENT_SECRET are needed too"
              + " (or unset CSC_BASE_URL to run against a mock server started here)");
    }
    return new ApiConnection(
        null,
        baseUrl,
        env.getOrDefault("CSC_AUTH0_DOMAIN", baseUrl),
        clientId,
        clientSecret,
        env.getOrDefault("CSC_AUDIENCE", baseUrl));
  }

  /**
   * For a {@code main}: the connection {@link System#getenv()} describes, or the process ends with
   * a message (no stack trace) when it is incomplete.
   */
  public static ApiConnection fromEnvironmentOrExit(MockServerOptions mockOptions) {
    try {
      ApiConnection connection = fromEnvironment(System.getenv(), mockOptions);
      connection
          .mock()
          .ifPresent(
              mock ->
                  System.err.println("No CSC_BASE_URL: using a mock server at " + mock.baseUrl()));
      return connection;
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      throw e;
    }
  }

  /**
   * A running mock server, logging in with its seeded client-credentials application; not closed by
   * this.
   */
  public static ApiConnection to(MockServer mock) {
    return new ApiConnection(
        null,
        mock.baseUrl(),
        mock.baseUrl(),
        MockServer.CLIENT_ID,
        MockServer.CLIENT_SECRET,
        mock.baseUrl());
  }

  /** Auth0 client credentials: tokens are fetched, cached and renewed ahead of expiry. */
  public TokenProvider tokenProvider() {
    return Auth0TokenProvider.clientCredentials(domain, clientId, clientSecret, audience).build();
  }

  /** A client builder for this API and its credentials, to adjust before {@code build()}. */
  public ComplianceScorecardClient.Builder clientBuilder() {
    return ComplianceScorecardClient.builder().baseUrl(baseUrl).tokenProvider(tokenProvider());
  }

  /** A client with the SDK's defaults. */
  public ComplianceScorecardClient client() {
    return clientBuilder().build();
  }

  /** The API's base URL. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The Auth0 domain tokens come from (a bare host, or a URL such as the mock server's). */
  public String auth0Domain() {
    return domain;
  }

  /** The Auth0 application's client id. */
  public String clientId() {
    return clientId;
  }

  /** The Auth0 application's client secret. */
  public String clientSecret() {
    return clientSecret;
  }

  /** The mock server this connection started, if it started one. */
  public Optional<MockServer> mock() {
    return Optional.ofNullable(ownMock);
  }

  /** Stops the mock server this connection started, if any. */
  @Override
  public void close() {
    if (ownMock != null) {
      ownMock.close();
    }
  }
}
