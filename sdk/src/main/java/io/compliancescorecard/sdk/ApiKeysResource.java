package io.compliancescorecard.sdk;

import io.compliancescorecard.sdk.internal.api.IntegrationsApi;
import io.compliancescorecard.sdk.model.ApiKey;
import io.compliancescorecard.sdk.model.ApiKeyCreateRequest;
import io.compliancescorecard.sdk.model.ApiKeyList;
import io.compliancescorecard.sdk.model.ApiKeyResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** One client's integration API keys (ConnectWise, Huntress, ...); their secrets are never returned. */
public final class ApiKeysResource {

  private final IntegrationsApi api;
  private final CallExecutor calls;
  private final String companyId;
  private final String clientId;

  ApiKeysResource(IntegrationsApi api, CallExecutor calls, String companyId, String clientId) {
    this.api = api;
    this.calls = calls;
    this.companyId = PathIds.require("companyId", companyId);
    this.clientId = PathIds.require("clientId", clientId);
  }

  /** @return the client's integration API key configurations, without secrets */
  public List<ApiKey> list() {
    return listWithResponse().data();
  }

  /** @return {@link #list()} with the response metadata */
  public ApiResponse<List<ApiKey>> listWithResponse() {
    return calls.execute(api.listApiKeys(companyId, clientId), ApiKeyList::getData);
  }

  /** @return {@link #listWithResponse()}, run on the client's executor */
  public CompletableFuture<ApiResponse<List<ApiKey>>> listAsync() {
    return calls.async(this::listWithResponse);
  }

  /**
   * Stores an integration's API key. Sent once: it is retried only when it provably never reached the
   * server or was rate limited, always with the same {@code Idempotency-Key}. The SDK's HTTP logging
   * redacts {@code api_key} and {@code api_secret}.
   *
   * @param request the integration and its credentials
   * @return the stored configuration, without its secrets
   */
  public ApiKey create(ApiKeyCreateRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * @param request the integration and its credentials
   * @param options for example your own idempotency key
   * @return the stored configuration, without its secrets
   */
  public ApiKey create(ApiKeyCreateRequest request, RequestOptions options) {
    return createWithResponse(request, options).data();
  }

  /**
   * @param request the integration and its credentials
   * @param options for example your own idempotency key
   * @return {@link #create(ApiKeyCreateRequest, RequestOptions)} with the response metadata
   */
  public ApiResponse<ApiKey> createWithResponse(ApiKeyCreateRequest request, RequestOptions options) {
    return calls.execute(api.createApiKey(companyId, clientId, request, options.idempotencyKeyValue().orElse(null)),
        ApiKeyResponse::getData);
  }

  /**
   * @param request the integration and its credentials
   * @param options for example your own idempotency key
   * @return {@link #createWithResponse(ApiKeyCreateRequest, RequestOptions)}, run on the client's executor
   */
  public CompletableFuture<ApiResponse<ApiKey>> createAsync(ApiKeyCreateRequest request, RequestOptions options) {
    return calls.async(() -> createWithResponse(request, options));
  }
}
