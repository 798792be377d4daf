package io.compliancescorecard.sdk;

import io.compliancescorecard.sdk.auth.SameOrigin;
import io.compliancescorecard.sdk.auth.StaticTokenProvider;
import io.compliancescorecard.sdk.auth.TokenProvider;
import io.compliancescorecard.sdk.error.AuthenticationException;
import io.compliancescorecard.sdk.error.ConnectionException;
import io.compliancescorecard.sdk.internal.AuthInterceptor;
import io.compliancescorecard.sdk.internal.HttpLoggingInterceptor;
import io.compliancescorecard.sdk.internal.IdempotencyKeyInterceptor;
import io.compliancescorecard.sdk.internal.Json;
import io.compliancescorecard.sdk.internal.ObservationInterceptor;
import io.compliancescorecard.sdk.internal.RateLimitHeaders;
import io.compliancescorecard.sdk.internal.RateLimitInterceptor;
import io.compliancescorecard.sdk.internal.RateLimitTracker;
import io.compliancescorecard.sdk.internal.RetryInterceptor;
import io.compliancescorecard.sdk.internal.Sleeper;
import io.compliancescorecard.sdk.internal.UserAgentInterceptor;
import io.compliancescorecard.sdk.internal.Waiter;
import io.compliancescorecard.sdk.internal.api.AssessmentsApi;
import io.compliancescorecard.sdk.internal.api.AuthenticationApi;
import io.compliancescorecard.sdk.internal.api.ClientsApi;
import io.compliancescorecard.sdk.internal.api.CompaniesApi;
import io.compliancescorecard.sdk.internal.api.IntegrationsApi;
import io.compliancescorecard.sdk.internal.api.PoliciesApi;
import io.compliancescorecard.sdk.internal.api.UsersApi;
import io.compliancescorecard.sdk.observation.CallObserver;
import io.compliancescorecard.sdk.ratelimit.RateLimit;
import io.compliancescorecard.sdk.ratelimit.RateLimitCategory;
import io.compliancescorecard.sdk.retry.RetryPolicy;
import io.compliancescorecard.sdk.retry.WaitListener;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * The Compliance Scorecard API client. Build one per application and share it: it is thread-safe
 * and holds the connection pool, the token cache and the rate-limit snapshots.
 *
 * <pre>{@code
 * try (ComplianceScorecardClient client = ComplianceScorecardClient.builder()
 *     .environment(Environment.STAGING)
 *     .tokenProvider(Auth0TokenProvider.clientCredentials(domain, id, secret, audience).build())
 *     .build()) {
 *   CurrentUser me = client.auth().currentUser();
 *   client.users().listAll(new UserListParams()).forEach(user -> ...);
 * }
 * }</pre>
 *
 * <p>Every call returns the envelope's {@code data} unwrapped. Each operation's last argument is
 * optional and carries the call's {@link RequestOptions}: inside its params object where it has
 * filters ({@code list(new ClientListParams().status(...).options(...))}), as itself otherwise
 * ({@code get(id, options)}). Each resource's {@code withRawResponse()} view adds the status,
 * headers and rate-limit snapshot, {@link #async} runs any call on an executor, and {@link
 * #withOptions} gives a view with other default options. Failures are unchecked {@link
 * io.compliancescorecard.sdk.error.ApiException}s.
 */
public final class ComplianceScorecardClient implements AutoCloseable {

  private static final MediaType JSON = MediaType.get("application/json");
  private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");

  /**
   * The token provider of a client built with {@link Builder#noCredentials()}: only logout asks it.
   */
  private static final TokenProvider NO_CREDENTIALS =
      () -> {
        throw new AuthenticationException(
            AuthenticationException.NO_STATUS,
            null,
            "this client was built without credentials",
            null,
            null,
            null,
            null);
      };

  private final OkHttpClient http;
  private final Lazy<OkHttpClient> httpWithTls;
  private final boolean ownsHttp;
  private final HttpUrl baseUrl;
  private final CallExecutor calls;
  private final RateLimitTracker rateLimits;
  private final TokenProvider tokens;
  private final Lazy<AuthenticationApi> authApi;
  private final Lazy<UsersApi> usersApi;
  private final Lazy<CompaniesApi> companiesApi;
  private final Lazy<ClientsApi> clientsApi;
  private final Lazy<PoliciesApi> policiesApi;
  private final Lazy<AssessmentsApi> assessmentsApi;
  private final Lazy<IntegrationsApi> integrationsApi;

  private ComplianceScorecardClient(Builder builder) {
    this.baseUrl = builder.baseUrl;
    this.tokens =
        !builder.credentials
            ? NO_CREDENTIALS
            : builder.tokenProvider != null
                ? builder.tokenProvider
                : StaticTokenProvider.fromEnvironment();
    this.rateLimits = new RateLimitTracker();
    this.ownsHttp = builder.httpClient == null;
    OkHttpClient.Builder base =
        ownsHttp ? new OkHttpClient.Builder() : builder.httpClient.newBuilder();
    if (ownsHttp && !baseUrl.isHttps()) {
      // A plain-HTTP API (a local mock server) needs no TLS: without TLS connection specs OkHttp
      // loads no
      // trust store and no TLS provider, a large part of a short-lived process's start-up (csc's).
      base.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
    }
    this.http = configure(base, builder).build();
    // An https URL (another host's, through rawRequest or httpClient()) gets TLS on first use,
    // sharing the
    // interceptors, pool and dispatcher.
    this.httpWithTls =
        new Lazy<>(
            () ->
                http.connectionSpecs().stream().anyMatch(ConnectionSpec::isTls)
                    ? http
                    : http.newBuilder()
                        .connectionSpecs(
                            List.of(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT))
                        .build());
    // OkHttp makes its dispatcher's thread pool on first use: only async calls need it.
    Executor executor =
        builder.asyncExecutor != null
            ? builder.asyncExecutor
            : command -> http.dispatcher().executorService().execute(command);
    // Retrofit, Jackson and each service's proxy are made when a typed call first needs them, so
    // that a
    // process making one call (the CLI) or only raw requests does not pay for the rest.
    Lazy<Retrofit> retrofit =
        new Lazy<>(
            () ->
                new Retrofit.Builder()
                    .baseUrl(baseUrl)
                    .client(http)
                    .addConverterFactory(JacksonConverterFactory.create(Json.mapper()))
                    .build());
    this.calls = new CallExecutor(http, httpWithTls, retrofit, executor, builder.clock);
    this.authApi = new Lazy<>(() -> retrofit.get().create(AuthenticationApi.class));
    this.usersApi = new Lazy<>(() -> retrofit.get().create(UsersApi.class));
    this.companiesApi = new Lazy<>(() -> retrofit.get().create(CompaniesApi.class));
    this.clientsApi = new Lazy<>(() -> retrofit.get().create(ClientsApi.class));
    this.policiesApi = new Lazy<>(() -> retrofit.get().create(PoliciesApi.class));
    this.assessmentsApi = new Lazy<>(() -> retrofit.get().create(AssessmentsApi.class));
    this.integrationsApi = new Lazy<>(() -> retrofit.get().create(IntegrationsApi.class));
  }

  /**
   * A view of {@code client}: everything shared but the calls' default options; it owns nothing.
   */
  private ComplianceScorecardClient(ComplianceScorecardClient client, CallExecutor calls) {
    this.http = client.http;
    this.httpWithTls = client.httpWithTls;
    this.ownsHttp = false;
    this.baseUrl = client.baseUrl;
    this.calls = calls;
    this.rateLimits = client.rateLimits;
    this.tokens = client.tokens;
    this.authApi = client.authApi;
    this.usersApi = client.usersApi;
    this.companiesApi = client.companiesApi;
    this.clientsApi = client.clientsApi;
    this.policiesApi = client.policiesApi;
    this.assessmentsApi = client.assessmentsApi;
    this.integrationsApi = client.integrationsApi;
  }

  private OkHttpClient.Builder configure(OkHttpClient.Builder http, Builder builder) {
    if (builder.connectTimeout != null) {
      http.connectTimeout(builder.connectTimeout);
    }
    if (builder.readTimeout != null) {
      http.readTimeout(builder.readTimeout).writeTimeout(builder.readTimeout);
    }
    if (builder.callTimeout != null) {
      http.callTimeout(builder.callTimeout);
    }
    Logger httpLog =
        builder.httpLogger != null
            ? builder.httpLogger
            : LoggerFactory.getLogger("io.compliancescorecard.sdk.http");
    Waiter waiter = new Waiter(builder.sleeper, builder.waitListener);
    // Without an observer the observation links are left out: an unobserved client does no work for
    // them.
    if (builder.observer != null) {
      http.addInterceptor(new ObservationInterceptor(builder.observer, baseUrl));
    }
    http
        // OkHttp would silently resend a request after some connection failures, POST included: the
        // retry interceptor decides instead, by the rules that never send a create twice.
        .retryOnConnectionFailure(false)
        .addInterceptor(new UserAgentInterceptor(builder.userAgentSuffix))
        .addInterceptor(new IdempotencyKeyInterceptor())
        .addInterceptor(
            new RetryInterceptor(
                builder.retryPolicy, builder.maxRateLimitWait, builder.clock, waiter));
    if (builder.credentials) {
      http.addInterceptor(new AuthInterceptor(tokens, baseUrl));
    }
    http.addInterceptor(
        new RateLimitInterceptor(
            rateLimits, builder.throttle, builder.maxRateLimitWait, builder.clock, waiter));
    if (builder.observer != null) {
      http.addInterceptor(ObservationInterceptor.attempts());
    }
    return http.addInterceptor(new HttpLoggingInterceptor(builder.logLevel, httpLog));
  }

  /**
   * @return a new builder: production environment, token from {@code CSC_TOKEN}, default retries
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A view of this client whose calls use {@code defaults} where they set no option of their own.
   * It shares the connection pool, the token cache and the rate-limit snapshots; closing it closes
   * nothing.
   *
   * <pre>{@code
   * ComplianceScorecardClient patient = client.withOptions(RequestOptions.builder().timeout(Duration.ofMinutes(5)).build());
   * }</pre>
   *
   * @param defaults options merged over this client's own defaults
   * @return the view
   * @throws IllegalArgumentException if the options hold an idempotency key, which belongs to one
   *     create
   */
  public ComplianceScorecardClient withOptions(RequestOptions defaults) {
    if (defaults.idempotencyKey().isPresent()) {
      throw new IllegalArgumentException(
          "an idempotency key belongs to one create: pass it with that call, "
              + "not as a default");
    }
    return new ComplianceScorecardClient(
        this, calls.withDefaults(defaults.mergedOver(calls.defaults())));
  }

  /**
   * {@link #withOptions(RequestOptions)} from a builder that starts with this client's defaults,
   * for example {@code client.withOptions(o -> o.maxRetries(0).header("X-Job", "nightly"))}.
   *
   * @param change changes a builder holding this client's default options
   * @return the view
   */
  public ComplianceScorecardClient withOptions(Consumer<RequestOptions.Builder> change) {
    RequestOptions.Builder builder = calls.defaults().toBuilder();
    change.accept(builder);
    return withOptions(builder.build());
  }

  /**
   * Runs any call of this client on its async executor, for example {@code client.async(c ->
   * c.companies().list())}, or with the response metadata {@code client.async(c ->
   * c.companies().withRawResponse().list())}.
   *
   * @param call a blocking call of this client
   * @param <T> what the call returns
   * @return its result; an ApiException the call throws completes the future exceptionally
   */
  public <T> CompletableFuture<T> async(Function<ComplianceScorecardClient, T> call) {
    return calls.async(() -> call.apply(this));
  }

  /**
   * @return the authenticated user and logout
   */
  public AuthResource auth() {
    return new AuthResource(authApi.get(), calls, tokens);
  }

  /**
   * @return the users the caller may see, paginated
   */
  public UsersResource users() {
    return new UsersResource(usersApi.get(), calls);
  }

  /**
   * @return the companies the caller may see
   */
  public CompaniesResource companies() {
    return new CompaniesResource(companiesApi.get(), calls);
  }

  /**
   * @param companyId the company's id
   * @return that company's clients
   */
  public ClientsResource clients(String companyId) {
    return new ClientsResource(clientsApi.get(), calls, companyId);
  }

  /**
   * @param companyId the company's id
   * @param clientId the client's id
   * @return that client's policies
   */
  public PoliciesResource policies(String companyId, String clientId) {
    return new PoliciesResource(policiesApi.get(), calls, companyId, clientId);
  }

  /**
   * @param companyId the company's id
   * @param clientId the client's id
   * @return that client's assessment events and templates
   */
  public AssessmentsResource assessments(String companyId, String clientId) {
    return new AssessmentsResource(assessmentsApi.get(), calls, companyId, clientId);
  }

  /**
   * @param companyId the company's id
   * @param clientId the client's id
   * @return that client's integration API keys
   */
  public ApiKeysResource apiKeys(String companyId, String clientId) {
    return new ApiKeysResource(integrationsApi.get(), calls, companyId, clientId);
  }

  /**
   * @param category a rate-limit budget
   * @return the latest snapshot of that budget, once any response reported it
   */
  public Optional<RateLimit> rateLimit(RateLimitCategory category) {
    return rateLimits.latest(category);
  }

  /**
   * @return the base URL every path is resolved against, with a trailing slash
   */
  public String baseUrl() {
    return baseUrl.toString();
  }

  /**
   * The configured HTTP client (authentication, retries, rate limits, logging, User-Agent), for
   * requests the typed API does not cover. The token is only sent to the API's own host. The
   * default options of a {@link #withOptions} view do not apply to requests sent through it
   * directly: use {@link #rawRequest}.
   *
   * @return the client's OkHttpClient; do not shut it down, {@link #close()} does
   * @see <a
   *     href="https://square.github.io/okhttp/5.x/okhttp/okhttp3/-ok-http-client/index.html">OkHttpClient</a>
   */
  public OkHttpClient httpClient() {
    return httpWithTls.get();
  }

  /**
   * Sends any request through the same machinery as the typed calls, for example {@code csc api GET
   * /api/v3/companies}. Unlike the typed calls, an HTTP error status is returned, not thrown.
   *
   * @param method an HTTP method, for example {@code GET}
   * @param pathAndQuery a path relative to the base URL, with an optional query, for example {@code
   *     /api/v4/users?page=2}
   * @param jsonBody the JSON request body, or null
   * @return the status, headers, rate-limit snapshot and the body as text
   * @throws IllegalArgumentException if the path leaves the API's origin
   * @throws ConnectionException if no response arrived
   * @see #rawRequest(RawRequest) for another host, extra headers or no credentials
   */
  public ApiResponse<String> rawRequest(String method, String pathAndQuery, String jsonBody) {
    return rawRequest(method, pathAndQuery, jsonBody, RequestOptions.none());
  }

  /**
   * @param method an HTTP method, for example {@code GET}
   * @param pathAndQuery a path relative to the base URL, with an optional query
   * @param jsonBody the JSON request body, or null
   * @param options the call's options
   * @return {@link #rawRequest(String, String, String)} with the call's options
   * @throws IllegalArgumentException if the path leaves the API's origin
   * @throws ConnectionException if no response arrived
   */
  public ApiResponse<String> rawRequest(
      String method, String pathAndQuery, String jsonBody, RequestOptions options) {
    HttpUrl absolute = HttpUrl.parse(pathAndQuery);
    if (absolute != null && !SameOrigin.test(absolute, baseUrl)) {
      throw new IllegalArgumentException("not a path of the API: " + pathAndQuery);
    }
    return rawRequest(RawRequest.of(method, pathAndQuery).jsonBody(jsonBody), options);
  }

  /**
   * Sends any request, to the API or to another host, through the same connection pool, timeouts,
   * retries, User-Agent and logging as the typed calls; the token goes only to the API's origin,
   * and not at all for {@link RawRequest#withoutCredentials()}. An HTTP error status is returned,
   * not thrown: {@link io.compliancescorecard.sdk.error.ApiException#fromResponse} maps it when
   * wanted.
   *
   * @param request the method, path or URL, body and headers
   * @return the status, headers, rate-limit snapshot and the body as text
   * @throws IllegalArgumentException if a relative path leaves the API's origin, or OkHttp refuses
   *     the method or its body (a GET with a body)
   * @throws ConnectionException if no response arrived
   */
  public ApiResponse<String> rawRequest(RawRequest request) {
    return rawRequest(request, RequestOptions.none());
  }

  /**
   * @param request the method, path or URL, body and headers
   * @param options the call's options
   * @return {@link #rawRequest(RawRequest)} with the call's options
   * @throws IllegalArgumentException as {@link #rawRequest(RawRequest)}, or if an extra header of
   *     the options repeats one of the request's
   * @throws ConnectionException if no response arrived
   */
  public ApiResponse<String> rawRequest(RawRequest request, RequestOptions options) {
    String method = request.method();
    HttpUrl url = resolve(request.target());
    RequestBody body =
        request.body() != null
            ? RequestBody.create(request.body(), JSON)
            : METHODS_WITH_BODY.contains(method) ? RequestBody.create(new byte[0], JSON) : null;
    Request.Builder builder = new Request.Builder().url(url).method(method, body);
    request.headers().forEach(builder::header);
    if (!request.credentials()) {
      builder.tag(AuthInterceptor.Anonymous.class, AuthInterceptor.Anonymous.REQUEST);
    }
    try (Response response = calls.newCall(builder.build(), options).execute()) {
      ResponseBody responseBody = response.body();
      return new ApiResponse<>(
          response.code(),
          response.headers().toMultimap(),
          RateLimitHeaders.snapshot(response).orElse(null),
          responseBody == null ? "" : responseBody.string());
    } catch (IOException e) {
      String where =
          SameOrigin.test(url, baseUrl)
              ? url.encodedPath()
              : url.scheme() + "://" + url.host() + ":" + url.port() + url.encodedPath();
      throw new ConnectionException(method + " " + where, e);
    }
  }

  /** An absolute http(s) URL as it is; a path against the base URL, which it must not leave. */
  private HttpUrl resolve(String pathOrUrl) {
    HttpUrl absolute = HttpUrl.parse(pathOrUrl);
    if (absolute != null) {
      return absolute;
    }
    HttpUrl url = baseUrl.resolve(pathOrUrl.startsWith("/") ? pathOrUrl.substring(1) : pathOrUrl);
    if (url == null || !SameOrigin.test(url, baseUrl)) {
      throw new IllegalArgumentException("not a path of the API: " + pathOrUrl);
    }
    return url;
  }

  /**
   * Releases threads and connections, unless the OkHttpClient was shared through the builder.
   * Closing a view made by {@link #withOptions} releases nothing: the client it came from stays
   * open.
   */
  @Override
  public void close() {
    if (ownsHttp) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  /** Options of a {@link ComplianceScorecardClient}; every one has a sensible default. */
  public static final class Builder {
    private HttpUrl baseUrl = HttpUrl.get(Environment.PRODUCTION.baseUrl());
    private TokenProvider tokenProvider;
    private boolean credentials = true;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration callTimeout;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Duration maxRateLimitWait = Duration.ofSeconds(60);
    private boolean throttle;
    private WaitListener waitListener;
    private CallObserver observer;
    private OkHttpClient httpClient;
    private String userAgentSuffix;
    private HttpLogLevel logLevel = HttpLogLevel.NONE;
    private Executor asyncExecutor;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Logger httpLogger;

    private Builder() {}

    /**
     * @param environment a hosted environment (default {@link Environment#PRODUCTION})
     * @return this builder
     */
    public Builder environment(Environment environment) {
      return baseUrl(environment.baseUrl());
    }

    /**
     * @param baseUrl any base URL, for example a mock server's {@code http://127.0.0.1:8080}
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      String withSlash = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
      this.baseUrl = HttpUrl.get(withSlash);
      return this;
    }

    /**
     * @param tokenProvider where tokens come from (default: {@code CSC_TOKEN})
     * @return this builder
     */
    public Builder tokenProvider(TokenProvider tokenProvider) {
      this.tokenProvider = Objects.requireNonNull(tokenProvider, "tokenProvider");
      this.credentials = true;
      return this;
    }

    /**
     * A client that sends no token at all (and does not read {@code CSC_TOKEN}): for endpoints that
     * need none, such as a mock server's admin API under {@code /_mock/}, or for requests to other
     * hosts. The API answers typed calls with 401, thrown as an {@link AuthenticationException}.
     *
     * @return this builder
     */
    public Builder noCredentials() {
      this.tokenProvider = null;
      this.credentials = false;
      return this;
    }

    /**
     * @param token a fixed bearer token
     * @return this builder
     */
    public Builder token(String token) {
      return tokenProvider(StaticTokenProvider.of(token));
    }

    /**
     * @param timeout how long to wait for a connection (default 10 s)
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    /**
     * @param timeout how long to wait between bytes of a response, and while writing (default 30 s)
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout;
      return this;
    }

    /**
     * @param timeout the limit for a whole call, retries and waits included (default none)
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = timeout;
      return this;
    }

    /**
     * @param retryPolicy how failed requests are retried (default {@link RetryPolicy#defaults()})
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * @param maxWait the longest the client waits for a rate limit to reset (after a 429, or before
     *     sending when throttling); further resets fail at once with a RateLimitException (default
     *     60 s)
     * @return this builder
     */
    public Builder maxRateLimitWait(Duration maxWait) {
      if (maxWait.isNegative()) {
        throw new IllegalArgumentException("maxRateLimitWait must not be negative");
      }
      this.maxRateLimitWait = maxWait;
      return this;
    }

    /**
     * @param throttle whether to wait before sending while a budget is known to be spent, instead
     *     of spending a 429 (default false)
     * @return this builder
     */
    public Builder throttle(boolean throttle) {
      this.throttle = throttle;
      return this;
    }

    /**
     * @param listener told before every wait: after a 429, between retries and while throttling
     *     (default none); for example to tell a user why a call is slow
     * @return this builder
     */
    public Builder waitListener(WaitListener listener) {
      this.waitListener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * @param observer told of each call's start, attempts, waits, token renewals and end (default
     *     none), for example {@code io.compliancescorecard.sdk.opentelemetry.OpenTelemetryObserver}
     * @return this builder
     */
    public Builder observer(CallObserver observer) {
      this.observer = Objects.requireNonNull(observer, "observer");
      return this;
    }

    /**
     * @param httpClient an OkHttpClient to share connection pool and dispatcher with; the SDK
     *     derives its own configured client from it and never shuts it down
     * @return this builder
     * @see <a
     *     href="https://square.github.io/okhttp/5.x/okhttp/okhttp3/-ok-http-client/index.html">OkHttpClient</a>
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      this.connectTimeout = null;
      this.readTimeout = null;
      return this;
    }

    /**
     * @param suffix appended to the User-Agent, for example {@code my-app/1.2}
     * @return this builder
     */
    public Builder userAgentSuffix(String suffix) {
      this.userAgentSuffix = suffix;
      return this;
    }

    /**
     * @param level how much HTTP traffic to log at DEBUG (default none); secrets are always
     *     redacted
     * @return this builder
     */
    public Builder logLevel(HttpLogLevel level) {
      this.logLevel = Objects.requireNonNull(level, "level");
      return this;
    }

    /**
     * @param executor where {@link ComplianceScorecardClient#async} calls run (default: OkHttp's
     *     dispatcher threads)
     * @return this builder
     */
    public Builder asyncExecutor(Executor executor) {
      this.asyncExecutor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    Builder httpLogger(Logger logger) {
      this.httpLogger = logger;
      return this;
    }

    /**
     * @return the client
     * @throws IllegalStateException if no token provider was set and {@code CSC_TOKEN} is unset
     */
    public ComplianceScorecardClient build() {
      return new ComplianceScorecardClient(this);
    }
  }
}
