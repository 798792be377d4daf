package io.compliancescorecard.sdk;

import io.compliancescorecard.sdk.internal.api.IntegrationsApi;
import io.compliancescorecard.sdk.model.ApiKey;
import io.compliancescorecard.sdk.model.ApiKeyCreateRequest;
import io.compliancescorecard.sdk.model.ApiKeyList;
import io.compliancescorecard.sdk.model.ApiKeyResponse;
import java.util.List;

/**
 * One client's integration API keys (ConnectWise, Huntress, ...); their secrets are never returned.
 */
public final class ApiKeysResource {

  private final WithRawResponse withRawResponse;

  ApiKeysResource(IntegrationsApi api, CallExecutor calls, String companyId, String clientId) {
    this.withRawResponse =
        new WithRawResponse(
            api,
            calls,
            PathIds.require("companyId", companyId),
            PathIds.require("clientId", clientId));
  }

  /**
   * @return the same operations, each returning its response's metadata beside the data
   */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * @return the client's integration API key configurations, without secrets
   */
  public List<ApiKey> list() {
    return withRawResponse.list().data();
  }

  /**
   * @param options the call's options
   * @return the client's integration API key configurations, without secrets
   */
  public List<ApiKey> list(RequestOptions options) {
    return withRawResponse.list(options).data();
  }

  /**
   * Stores an integration's API key. Sent once: it is retried only when it provably never reached
   * the server or was rate limited, always with the same {@code Idempotency-Key}. The SDK's HTTP
   * logging redacts {@code api_key} and {@code api_secret}.
   *
   * @param request the integration and its credentials
   * @return the stored configuration, without its secrets
   */
  public ApiKey create(ApiKeyCreateRequest request) {
    return withRawResponse.create(request).data();
  }

  /**
   * @param request the integration and its credentials
   * @param options the call's options, for example your own idempotency key
   * @return the stored configuration, without its secrets
   */
  public ApiKey create(ApiKeyCreateRequest request, RequestOptions options) {
    return withRawResponse.create(request, options).data();
  }

  /**
   * The API keys' operations returning {@link ApiResponse}: status, headers and rate-limit snapshot
   * beside the data.
   */
  public static final class WithRawResponse {

    private final IntegrationsApi api;
    private final CallExecutor calls;
    private final String companyId;
    private final String clientId;

    private WithRawResponse(
        IntegrationsApi api, CallExecutor calls, String companyId, String clientId) {
      this.api = api;
      this.calls = calls;
      this.companyId = companyId;
      this.clientId = clientId;
    }

    /**
     * @return {@link ApiKeysResource#list()} with the response metadata
     */
    public ApiResponse<List<ApiKey>> list() {
      return list(RequestOptions.none());
    }

    /**
     * @param options the call's options
     * @return {@link ApiKeysResource#list(RequestOptions)} with the response metadata
     */
    public ApiResponse<List<ApiKey>> list(RequestOptions options) {
      return calls.execute(api.listApiKeys(companyId, clientId), ApiKeyList::getData, options);
    }

    /**
     * @param request the integration and its credentials
     * @return {@link ApiKeysResource#create(ApiKeyCreateRequest)} with the response metadata
     */
    public ApiResponse<ApiKey> create(ApiKeyCreateRequest request) {
      return create(request, RequestOptions.none());
    }

    /**
     * @param request the integration and its credentials
     * @param options the call's options, for example your own idempotency key
     * @return {@link ApiKeysResource#create(ApiKeyCreateRequest, RequestOptions)} with the response
     *     metadata
     */
    public ApiResponse<ApiKey> create(ApiKeyCreateRequest request, RequestOptions options) {
      // The idempotency key, like every option, is applied to the request by the executor.
      return calls.execute(
          api.createApiKey(companyId, clientId, request, null), ApiKeyResponse::getData, options);
    }
  }
}
