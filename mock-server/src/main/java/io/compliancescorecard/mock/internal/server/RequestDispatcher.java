package io.compliancescorecard.mock.internal.server;

import io.compliancescorecard.mock.internal.admin.AdminEndpoints;
import io.compliancescorecard.mock.internal.api.ApiPipeline;
import io.compliancescorecard.mock.internal.auth.OAuthEndpoint;
import io.compliancescorecard.mock.internal.auth.TokenService;
import io.compliancescorecard.mock.internal.chaos.Chaos;
import io.compliancescorecard.mock.internal.http.ApiError;
import io.compliancescorecard.mock.internal.http.ApiRequest;
import io.compliancescorecard.mock.internal.http.ApiResponse;
import io.compliancescorecard.mock.internal.http.ServedOrigins;
import io.compliancescorecard.mock.internal.journal.RequestJournal;
import io.compliancescorecard.mock.internal.proxy.ValidatingProxy;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes every request the mock receives: chaos first (outside the admin API), then the admin API,
 * the Auth0 endpoints, and the API itself. Whatever goes wrong ends as a JSON envelope, never a
 * stack trace or WireMock's own page. Each request outside the admin API goes into the journal with
 * its trace context.
 */
final class RequestDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(RequestDispatcher.class);

  private final ApiPipeline api;
  private final OAuthEndpoint oauth;
  private final TokenService tokens;
  private final AdminEndpoints admin;
  private final Chaos chaos;
  private final RequestLog log;
  private final RequestJournal journal;
  private final ValidatingProxy proxy;
  private volatile ServedOrigins origins;

  /**
   * {@code proxy}, when not null, answers everything outside the admin API through the upstream.
   */
  RequestDispatcher(
      ApiPipeline api,
      OAuthEndpoint oauth,
      TokenService tokens,
      AdminEndpoints admin,
      Chaos chaos,
      RequestLog log,
      RequestJournal journal,
      ValidatingProxy proxy) {
    this.api = api;
    this.oauth = oauth;
    this.tokens = tokens;
    this.admin = admin;
    this.chaos = chaos;
    this.log = log;
    this.journal = journal;
    this.proxy = proxy;
  }

  /** From now on, only requests naming one of {@code origins}' hosts are answered. */
  void serveAt(ServedOrigins origins) {
    this.origins = origins;
    admin.serveAt(origins);
  }

  /**
   * Answers one request; {@code withChaos} false skips the chaos rules (the fast path's race with a
   * change).
   */
  ApiResponse dispatch(
      String method,
      String url,
      Function<String, String> headers,
      byte[] body,
      String clientAddress,
      boolean withChaos) {
    long start = log.enabled() ? System.nanoTime() : 0;
    ApiResponse response = answer(method, url, headers, body, clientAddress, withChaos);
    String path = pathOnly(url);
    String fault = response.fault() == null ? null : response.fault().name();
    if (!path.startsWith(AdminEndpoints.PREFIX)) {
      journal.record(method, path, response.status(), fault, headers.apply("traceparent"));
    }
    if (log.enabled()) {
      log.log(
          method,
          path,
          fault == null ? Integer.toString(response.status()) : fault,
          System.nanoTime() - start,
          response.principal());
    }
    return response;
  }

  /** Answers without logging: the mock's own rehearsal is no client's request. */
  ApiResponse answer(
      String method,
      String url,
      Function<String, String> headers,
      byte[] body,
      String clientAddress,
      boolean withChaos) {
    try {
      ApiRequest request = ApiRequest.of(method, url, headers, body, clientAddress);
      ServedOrigins served = origins;
      if (served != null && !served.allowsHost(request.header("Host"))) {
        // Another name for this address: a DNS-rebinding page, or a request meant for another
        // server.
        throw new ApiError(
            421, "MISDIRECTED_REQUEST", "This server does not answer for that Host.", null);
      }
      String path = request.path();
      if (path.startsWith(AdminEndpoints.PREFIX)) {
        return admin.handle(request);
      }
      Chaos.Outcome outcome = withChaos ? chaos.decide(path) : Chaos.Outcome.NONE;
      if (outcome.fault() != null) {
        return ApiResponse.fault(outcome.fault()).delay(outcome.latencyMillis());
      }
      if (outcome.status() != null) {
        return chaosError(outcome.status(), outcome.retryAfterSeconds())
            .delay(outcome.latencyMillis());
      }
      return (proxy != null ? proxy.handle(request, url) : route(request))
          .delay(outcome.latencyMillis());
    } catch (ApiError e) {
      return ApiResponse.error(e);
    } catch (RuntimeException e) {
      LOG.error("unexpected failure answering {} {}", method, pathOnly(url), e);
      return ApiResponse.error(
          new ApiError(500, "INTERNAL_ERROR", "An unexpected error occurred.", null));
    }
  }

  private ApiResponse route(ApiRequest request) {
    String path = request.path();
    if (path.startsWith("/api/")) {
      return api.handle(request);
    }
    if (path.equals("/oauth/token")) {
      return oauth.handle(request);
    }
    if (path.equals("/.well-known/jwks.json")) {
      if (!"GET".equals(request.method())) {
        throw ApiError.methodNotAllowed(request.method());
      }
      return ApiResponse.json(200, tokens.jwks());
    }
    throw ApiError.notFound("No such endpoint: " + path);
  }

  /**
   * An injected error; {@code Retry-After} only when the rule sets one, so clients retry at their
   * own pace.
   */
  private static ApiResponse chaosError(int status, Integer retryAfterSeconds) {
    String code =
        switch (status) {
          case 429 -> "RATE_LIMITED";
          case 500 -> "INTERNAL_ERROR";
          case 502, 503, 504 -> "SERVICE_UNAVAILABLE";
          default -> "CHAOS_" + status;
        };
    String message =
        status == 500 ? "An unexpected error occurred." : "Injected failure (mock chaos).";
    ApiResponse response = ApiResponse.error(new ApiError(status, code, message, null));
    return retryAfterSeconds == null
        ? response
        : response.header("Retry-After", retryAfterSeconds.toString());
  }

  private static String pathOnly(String url) {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }
}
