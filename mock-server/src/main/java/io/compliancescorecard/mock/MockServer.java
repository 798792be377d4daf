package io.compliancescorecard.mock;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.compliancescorecard.mock.internal.admin.AdminEndpoints;
import io.compliancescorecard.mock.internal.auth.OAuthEndpoint;
import io.compliancescorecard.mock.internal.http.ServedOrigins;
import io.compliancescorecard.mock.internal.proxy.ViolationLog;
import io.compliancescorecard.mock.internal.server.DispatchingFilter;
import io.compliancescorecard.mock.internal.server.JsonErrorsJettyServer;
import io.compliancescorecard.mock.internal.server.MockEngine;
import io.compliancescorecard.mock.internal.server.NoProxyClient;
import io.compliancescorecard.mock.internal.server.NoStubFiles;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Compliance Scorecard mock server: the whole API over an in-memory store, an Auth0-compatible
 * token endpoint, webhooks and chaos, served by WireMock.
 *
 * <pre>{@code
 * try (MockServer mock = new MockServer(MockServerOptions.defaults()).start()) {
 *   String token = mock.tokenFor(SeededUsers.JOHN_DOE);
 *   // GET mock.baseUrl() + "/api/v3/auth/user" with "Authorization: Bearer " + token
 * }
 * }</pre>
 */
public final class MockServer implements AutoCloseable {

  /** The seeded client-credentials application's id. */
  public static final String CLIENT_ID = OAuthEndpoint.CLIENT_ID;

  /** The seeded client-credentials application's secret. */
  public static final String CLIENT_SECRET = OAuthEndpoint.CLIENT_SECRET;

  /** The password of every seeded user (username = email). */
  public static final String USER_PASSWORD = OAuthEndpoint.USER_PASSWORD;

  private static final Logger LOG = LoggerFactory.getLogger(MockServer.class);

  /** Connections waiting to be accepted; the kernel may cap it (net.core.somaxconn on Linux). */
  private static final int ACCEPT_QUEUE = 4096;

  private final MockServerOptions options;
  private MockEngine engine;
  private WireMockServer wireMock;
  private String baseUrl;
  private ViolationLog violations;

  /**
   * A server that will run with {@code options}; nothing happens until {@link #start()}.
   *
   * @param options how the server runs
   */
  public MockServer(MockServerOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Loads the spec and data, and starts listening.
   *
   * @return this server, running
   * @throws IllegalStateException when already started, or the port cannot be bound
   * @throws IllegalArgumentException when the data file is not a valid data set
   */
  public synchronized MockServer start() {
    if (wireMock != null) {
      throw new IllegalStateException("already started");
    }
    DispatchingFilter filter = new DispatchingFilter();
    WireMockConfiguration config =
        WireMockConfiguration.options()
            .port(options.port())
            .bindAddress(options.bindAddress())
            .disableRequestJournal()
            // WireMock's own request logging prints headers and bodies (tokens, secrets): ours is
            // RequestLog.
            .stubRequestLoggingDisabled(true)
            .templatingEnabled(false)
            .gzipDisabled(true)
            .asynchronousResponseEnabled(true)
            .asynchronousResponseThreads(4)
            .jettyAcceptors(1)
            // The JDK's default backlog (50) resets connections when a thousand clients connect at
            // once.
            .jettyAcceptQueueSize(ACCEPT_QUEUE)
            .jettyIdleTimeout(options.idleTimeout().toMillis())
            .notifier(new Slf4jNotifier(false))
            .httpServerFactory(JsonErrorsJettyServer.factory(filter, options))
            .httpClientFactory(NoProxyClient.FACTORY)
            .mappingSource(NoStubFiles.INSTANCE)
            .disableOptimizeXmlFactoriesLoading(true)
            .extensions(filter);
    // The engine (spec, data, keys) is made and rehearses a first call while Jetty starts.
    CompletableFuture<MockEngine> made =
        CompletableFuture.supplyAsync(
            () -> {
              MockEngine built = new MockEngine(options);
              if (!built.rehearseFirstCalls()) {
                LOG.debug(
                    "the start-up rehearsal of a client's first calls did not complete: they will be slower");
              }
              return built;
            },
            MockEngine::daemon);
    WireMockServer server = new WireMockServer(config);
    try {
      server.start();
    } catch (RuntimeException e) {
      made.thenAccept(MockEngine::close);
      throw new IllegalStateException(
          "cannot listen on "
              + options.bindAddress()
              + ":"
              + options.port()
              + ": "
              + e.getMessage(),
          e);
    }
    String host =
        options.bindAddress().contains(":")
            ? "[" + options.bindAddress() + "]"
            : options.bindAddress();
    if ("0.0.0.0".equals(host)) {
      host = "127.0.0.1";
    }
    String url = "http://" + host + ":" + server.port();
    try {
      engine = made.join();
    } catch (CompletionException e) {
      server.stop();
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    engine.serveAt(new ServedOrigins(options.bindAddress(), server.port(), options.allowedHosts()));
    engine.prepareValidatorAfterFirstCall();
    filter.dispatchTo(engine);
    this.violations = engine.violations();
    this.wireMock = server;
    this.baseUrl = url;
    return this;
  }

  /**
   * @return the base URL, for example {@code http://127.0.0.1:8080} (no trailing slash)
   */
  public String baseUrl() {
    return running().baseUrl;
  }

  /**
   * @return the port listened on
   */
  public int port() {
    return running().wireMock.port();
  }

  /**
   * @return the admin API's base URL ({@code <baseUrl>/_mock/})
   */
  public String adminUrl() {
    return baseUrl() + AdminEndpoints.PREFIX;
  }

  /**
   * A fresh access token for a seeded user, as the password grant would issue it.
   *
   * @param userIdOrEmail a user's id ({@code abc123}) or email ({@code john@example.com})
   * @return the access token, for an {@code Authorization: Bearer} header
   * @throws IllegalArgumentException when no such user exists
   */
  public String tokenFor(String userIdOrEmail) {
    return running().engine.tokenFor(userIdOrEmail);
  }

  /**
   * Restores the data set, clears rate-limit counters, idempotency keys and failed-login blocks.
   */
  public void reset() {
    running().engine.reset();
  }

  /** The validating proxy's violations (kept after {@link #close()}), or null when not proxying. */
  synchronized ViolationLog violations() {
    return violations;
  }

  /**
   * @return true between {@link #start()} and {@link #close()}
   */
  public synchronized boolean isRunning() {
    return wireMock != null;
  }

  /** Stops listening and stops webhook deliveries. Safe to call twice. */
  @Override
  public synchronized void close() {
    if (wireMock != null) {
      wireMock.stop();
      engine.close();
      wireMock = null;
      engine = null;
    }
  }

  private synchronized MockServer running() {
    if (wireMock == null) {
      throw new IllegalStateException("the mock server is not running; call start()");
    }
    return this;
  }
}
