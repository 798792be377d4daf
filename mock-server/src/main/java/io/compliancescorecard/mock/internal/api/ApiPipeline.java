package io.compliancescorecard.mock.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.compliancescorecard.mock.internal.auth.Principal;
import io.compliancescorecard.mock.internal.auth.TokenService;
import io.compliancescorecard.mock.internal.http.ApiError;
import io.compliancescorecard.mock.internal.http.ApiRequest;
import io.compliancescorecard.mock.internal.http.ApiResponse;
import io.compliancescorecard.mock.internal.http.Json;
import io.compliancescorecard.mock.internal.ratelimit.RateLimiter;
import io.compliancescorecard.mock.internal.spec.ApiSpec;
import io.compliancescorecard.mock.internal.spec.SpecOperation;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Serves {@code /api/...}: finds the spec operation, then checks the token (401), spends the
 * rate-limit budget (429), checks the permission (403), parses and validates the request (400,
 * 422), replays idempotent creates and finally runs the operation's handler. Every response past
 * authentication carries the {@code X-RateLimit-*} headers of the operation's category.
 */
public final class ApiPipeline {

  private final ApiSpec spec;
  private final TokenService tokens;
  private final RateLimiter rateLimiter;
  private final Map<String, ApiHandlers.Handler> handlers;
  private final RequestValidator validator;
  private final IdempotencyKeys idempotency;
  private volatile boolean validatorAfterNextCall;

  /**
   * A pipeline for every operation of {@code spec}.
   *
   * @throws IllegalStateException when an operation of the spec has no handler
   */
  public ApiPipeline(
      ApiSpec spec,
      TokenService tokens,
      RateLimiter rateLimiter,
      ApiHandlers handlers,
      IdempotencyKeys idempotency) {
    this.spec = spec;
    this.idempotency = idempotency;
    this.tokens = tokens;
    this.rateLimiter = rateLimiter;
    this.handlers = handlers.byOperationId();
    this.validator = new RequestValidator(spec);
    List<String> missing =
        spec.operations().stream()
            .map(SpecOperation::operationId)
            .filter(id -> !this.handlers.containsKey(id))
            .collect(Collectors.toList());
    if (!missing.isEmpty()) {
      throw new IllegalStateException("operations of the spec without a handler: " + missing);
    }
  }

  /** Answers one request under {@code /api/}. */
  public ApiResponse handle(ApiRequest request) {
    ApiResponse response = answer(request);
    if (validatorAfterNextCall) {
      validatorAfterNextCall = false;
      validator.prepare();
    }
    return response;
  }

  private ApiResponse answer(ApiRequest request) {
    SpecOperation operation = null;
    Map<String, String> pathParams = null;
    for (SpecOperation candidate : spec.operations()) {
      if (candidate.method().equals(request.method())) {
        pathParams = candidate.match(request.path());
        if (pathParams != null) {
          operation = candidate;
          break;
        }
      }
    }
    if (operation == null) {
      throw spec.hasPath(request.path())
          ? ApiError.methodNotAllowed(request.method())
          : ApiError.notFound("No such endpoint: " + request.path());
    }
    String category = operation.rateLimitCategory();
    Principal principal;
    try {
      principal = tokens.authenticate(request.header("Authorization"));
    } catch (ApiError e) {
      return ApiResponse.error(e).headers(rateLimiter.peek(category).headers());
    }
    RateLimiter.Decision budget = rateLimiter.acquire(principal.tokenId(), category);
    ApiResponse response;
    if (!budget.allowed()) {
      response =
          ApiResponse.error(new ApiError(429, "RATE_LIMITED", "Too many requests.", null))
              .header("Retry-After", Long.toString(budget.retryAfterSeconds()));
    } else {
      try {
        response = answer(operation, principal, request, pathParams);
      } catch (ApiError e) {
        response = ApiResponse.error(e);
      }
    }
    return response.headers(budget.headers()).principal(principal.userId());
  }

  /**
   * Starts building the request validator in the background once the next call has been answered
   * (see {@link RequestValidator#prepare()}), so that a client's first call does not compete with
   * that build.
   */
  public void prepareValidatorAfterNextCall() {
    validatorAfterNextCall = true;
  }

  /** Forgets idempotency keys (an admin reset). */
  public void reset() {
    idempotency.clear();
  }

  private ApiResponse answer(
      SpecOperation operation,
      Principal principal,
      ApiRequest request,
      Map<String, String> pathParams) {
    if (operation.permission() != null && !principal.can(operation.permission())) {
      throw ApiError.forbidden("Insufficient permissions.");
    }
    boolean hasBody = operation.hasRequestBody();
    JsonNode body = hasBody ? Json.parseBody(request.body()) : null;
    if (hasBody || !request.query().isEmpty()) {
      validator.validate(request);
    }
    ApiCall call = new ApiCall(principal, request, pathParams, body);
    ApiHandlers.Handler handler = handlers.get(operation.operationId());
    String key = request.header("Idempotency-Key");
    if (key == null || !"POST".equals(request.method())) {
      return handler.handle(call);
    }
    IdempotencyKeys.Scope scope =
        new IdempotencyKeys.Scope(
            principal.userId(), operation.operationId(), List.copyOf(pathParams.values()), key);
    return idempotency.once(
        scope,
        request.body(),
        () -> {
          try {
            return handler.handle(call);
          } catch (ApiError e) {
            return ApiResponse.error(e);
          }
        });
  }
}
