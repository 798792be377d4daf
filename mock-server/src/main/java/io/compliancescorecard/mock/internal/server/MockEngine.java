package io.compliancescorecard.mock.internal.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.compliancescorecard.mock.MockServerOptions;
import io.compliancescorecard.mock.internal.admin.AdminEndpoints;
import io.compliancescorecard.mock.internal.api.ApiHandlers;
import io.compliancescorecard.mock.internal.api.ApiPipeline;
import io.compliancescorecard.mock.internal.api.IdempotencyKeys;
import io.compliancescorecard.mock.internal.auth.Audiences;
import io.compliancescorecard.mock.internal.auth.LoginThrottle;
import io.compliancescorecard.mock.internal.auth.OAuthEndpoint;
import io.compliancescorecard.mock.internal.auth.TokenService;
import io.compliancescorecard.mock.internal.chaos.Chaos;
import io.compliancescorecard.mock.internal.http.ApiResponse;
import io.compliancescorecard.mock.internal.http.Json;
import io.compliancescorecard.mock.internal.http.ServedOrigins;
import io.compliancescorecard.mock.internal.journal.RequestJournal;
import io.compliancescorecard.mock.internal.proxy.ValidatingProxy;
import io.compliancescorecard.mock.internal.proxy.ViolationLog;
import io.compliancescorecard.mock.internal.ratelimit.RateLimit;
import io.compliancescorecard.mock.internal.ratelimit.RateLimiter;
import io.compliancescorecard.mock.internal.spec.ApiSpec;
import io.compliancescorecard.mock.internal.store.DataFileCheck;
import io.compliancescorecard.mock.internal.store.DataStore;
import io.compliancescorecard.mock.internal.store.InMemoryStore;
import io.compliancescorecard.mock.internal.store.SeedData;
import io.compliancescorecard.mock.internal.store.User;
import io.compliancescorecard.mock.internal.webhooks.WebhookDispatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Everything behind the HTTP server, wired once per server: spec, store, tokens, rate limits,
 * webhooks, chaos and the endpoints over them. Internal: use {@link
 * io.compliancescorecard.mock.MockServer}.
 */
public final class MockEngine implements AutoCloseable {

  private final SeedData seed;
  private final DataStore store;
  private final TokenService tokens;
  private final RateLimiter rateLimiter;
  private final WebhookDispatcher webhooks;
  private final ApiPipeline api;
  private final RequestDispatcher dispatcher;
  private final Chaos chaos;
  private final Audiences audiences;
  private final LoginThrottle logins;
  private final RequestJournal journal;
  private final ValidatingProxy proxy;

  /**
   * Wires a mock for {@code options}. The token key pair is made on a second thread meanwhile.
   *
   * @throws IllegalArgumentException when the data file or a rate-limit category is invalid
   */
  public MockEngine(MockServerOptions options) {
    CompletableFuture<KeyPair> keys =
        CompletableFuture.supplyAsync(TokenService::newKeyPair, MockEngine::daemon);
    ApiSpec spec = ApiSpec.packaged();
    this.seed =
        options.dataFile() == null
            ? SeedData.packaged()
            : DataFileCheck.load(options.dataFile(), spec);
    seed.users().forEach(TokenService::roleOf);
    this.store = new InMemoryStore(seed, options.clock());
    Map<String, RateLimit> limits = new LinkedHashMap<>(spec.rateLimits());
    options
        .rateLimits()
        .forEach(
            (category, limit) -> {
              if (!limits.containsKey(category)) {
                throw new IllegalArgumentException(
                    "unknown rate-limit category '"
                        + category
                        + "'; known: "
                        + spec.rateLimits().keySet());
              }
              limits.put(category, limit);
            });
    this.rateLimiter = new RateLimiter(limits, options.clock());
    this.audiences = new Audiences(options.audiences(), spec.productionUrl());
    this.tokens =
        new TokenService(options.clock(), options.tokenLifetime(), keys.join(), audiences);
    this.webhooks = new WebhookDispatcher(spec, options.webhookSettings(), options.clock());
    options.webhooks().forEach(w -> webhooks.subscribe(w.url(), w.secret(), Set.of()));
    this.chaos = new Chaos(options.chaos());
    IdempotencyKeys idempotency =
        new IdempotencyKeys(
            options.idempotencyKeyLimit(), options.idempotencyKeyLifetime(), options.clock());
    this.api =
        new ApiPipeline(
            spec, tokens, rateLimiter, new ApiHandlers(store, tokens, webhooks), idempotency);
    this.journal = new RequestJournal(options.clock());
    this.proxy = options.proxy() == null ? null : new ValidatingProxy(spec, options.proxy());
    AdminEndpoints admin =
        new AdminEndpoints(
            this::reset,
            store,
            tokens,
            webhooks,
            chaos,
            journal,
            proxy == null ? null : proxy.violations());
    this.logins =
        new LoginThrottle(options.maxLoginAttempts(), options.loginBlock(), options.clock());
    this.dispatcher =
        new RequestDispatcher(
            api,
            new OAuthEndpoint(tokens, store, logins),
            tokens,
            admin,
            chaos,
            new RequestLog(options.verbose()),
            journal,
            proxy);
  }

  /** Runs {@code task} on a new daemon thread: start-up work that must not keep a JVM alive. */
  public static void daemon(Runnable task) {
    Thread thread = new Thread(task, "mock-startup");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Called once the server listens, before it answers anyone: from then on requests must name one
   * of {@code origins}' hosts, and tokens are for their base URLs too (unless audiences were
   * configured).
   */
  public void serveAt(ServedOrigins origins) {
    audiences.serveAt(origins.baseUrls());
    dispatcher.serveAt(origins);
  }

  /** Answers one request from {@code clientAddress}. */
  ApiResponse dispatch(
      String method,
      String url,
      Function<String, String> headers,
      byte[] body,
      String clientAddress,
      boolean withChaos) {
    return dispatcher.dispatch(method, url, headers, body, clientAddress, withChaos);
  }

  /** Whether any chaos rule is in force (then WireMock must serve, to inject delays and faults). */
  boolean chaosActive() {
    return chaos.active();
  }

  /**
   * Answers a token request and two read-only API calls internally, with a token no client ever
   * sees (rate limits count per token): run while the HTTP server starts, it loads and links what a
   * client's first calls need (JWT signing and checking, the pipeline, JSON), so that they are
   * answered without that wait. Whatever fails here (a data file without the seeded logins, say)
   * only leaves that part cold.
   *
   * @return whether every call was answered with a 2xx, that is, whether the whole path was
   *     rehearsed (a proxy has nothing to rehearse)
   */
  public boolean rehearseFirstCalls() {
    if (proxy != null) {
      // A proxy's calls would reach the upstream: nothing to rehearse.
      return true;
    }
    byte[] login =
        ("{\"grant_type\":\"client_credentials\",\"client_id\":\""
                + OAuthEndpoint.CLIENT_ID
                + "\",\"client_secret\":\""
                + OAuthEndpoint.CLIENT_SECRET
                + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    ApiResponse token = rehearse("POST", "/oauth/token", null, login);
    String bearer = "Bearer " + json(token).path("access_token").asText();
    ApiResponse me = rehearse("GET", "/api/v3/auth/user", bearer, null);
    String companyId = json(me).path("data").path("company").path("id").asText("");
    ApiResponse clients =
        rehearse("GET", "/api/v3/companies/" + companyId + "/clients", bearer, null);
    return Stream.of(token, me, clients).allMatch(r -> r.status() / 100 == 2);
  }

  private ApiResponse rehearse(String method, String url, String authorization, byte[] body) {
    Function<String, String> headers =
        name ->
            switch (name.toLowerCase(Locale.ROOT)) {
              case "authorization" -> authorization;
              case "content-type" -> body == null ? null : "application/json";
              default -> null;
            };
    return dispatcher.answer(method, url, headers, body, null, false);
  }

  private static JsonNode json(ApiResponse response) {
    try {
      return Json.MAPPER.readTree(response.body());
    } catch (IOException e) {
      return Json.object();
    }
  }

  /**
   * Builds the request validator in the background once the first real API call has been answered.
   */
  public void prepareValidatorAfterFirstCall() {
    api.prepareValidatorAfterNextCall();
  }

  /** A token for a seeded user, by id or email. */
  public String tokenFor(String userIdOrEmail) {
    User user =
        store
            .user(userIdOrEmail)
            .or(() -> store.userByEmail(userIdOrEmail))
            .orElseThrow(
                () -> new IllegalArgumentException("no user with id or email " + userIdOrEmail));
    return tokens.issue(user, null);
  }

  /**
   * Restores the data set and forgets rate-limit counters, idempotency keys, failed logins and the
   * journal.
   */
  public void reset() {
    journal.clear();
    store.reset(seed);
    rateLimiter.reset();
    logins.reset();
    api.reset();
  }

  /** The violations the validating proxy saw, or null when not proxying. */
  public ViolationLog violations() {
    return proxy == null ? null : proxy.violations();
  }

  /** Stops webhook deliveries; a proxy writes its recording and drift report. */
  @Override
  public void close() {
    webhooks.close();
    if (proxy != null) {
      proxy.close();
    }
  }
}
