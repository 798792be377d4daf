package io.compliancescorecard.sdk;

import io.compliancescorecard.sdk.internal.api.PoliciesApi;
import io.compliancescorecard.sdk.model.Policy;
import io.compliancescorecard.sdk.model.PolicyCreateRequest;
import io.compliancescorecard.sdk.model.PolicyList;
import io.compliancescorecard.sdk.model.PolicyResponse;
import java.util.List;

/** One client's policies: {@code /api/v3/companies/{companyId}/clients/{clientId}/policies}. */
public final class PoliciesResource {

  private final WithRawResponse withRawResponse;

  PoliciesResource(PoliciesApi api, CallExecutor calls, String companyId, String clientId) {
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
   * @return every policy of the client
   */
  public List<Policy> list() {
    return withRawResponse.list().data();
  }

  /**
   * @param params status, category and title filters, and the call's options
   * @return the matching policies
   */
  public List<Policy> list(PolicyListParams params) {
    return withRawResponse.list(params).data();
  }

  /**
   * Creates a draft policy at version 1.0. Sent once: it is retried only when it provably never
   * reached the server or was rate limited, always with the same {@code Idempotency-Key}.
   *
   * @param request the new policy
   * @return the created policy
   */
  public Policy create(PolicyCreateRequest request) {
    return withRawResponse.create(request).data();
  }

  /**
   * @param request the new policy
   * @param options the call's options, for example your own idempotency key
   * @return the created policy
   */
  public Policy create(PolicyCreateRequest request, RequestOptions options) {
    return withRawResponse.create(request, options).data();
  }

  /**
   * The policies' operations returning {@link ApiResponse}: status, headers and rate-limit snapshot
   * beside the data.
   */
  public static final class WithRawResponse {

    private final PoliciesApi api;
    private final CallExecutor calls;
    private final String companyId;
    private final String clientId;

    private WithRawResponse(
        PoliciesApi api, CallExecutor calls, String companyId, String clientId) {
      this.api = api;
      this.calls = calls;
      this.companyId = companyId;
      this.clientId = clientId;
    }

    /**
     * @return {@link PoliciesResource#list()} with the response metadata
     */
    public ApiResponse<List<Policy>> list() {
      return list(new PolicyListParams());
    }

    /**
     * @param params status, category and title filters, and the call's options
     * @return {@link PoliciesResource#list(PolicyListParams)} with the response metadata
     */
    public ApiResponse<List<Policy>> list(PolicyListParams params) {
      return calls.execute(
          api.listPolicies(
              companyId, clientId, params.status(), params.categoryId(), params.search()),
          PolicyList::getData,
          params.options());
    }

    /**
     * @param request the new policy
     * @return {@link PoliciesResource#create(PolicyCreateRequest)} with the response metadata
     */
    public ApiResponse<Policy> create(PolicyCreateRequest request) {
      return create(request, RequestOptions.none());
    }

    /**
     * @param request the new policy
     * @param options the call's options, for example your own idempotency key
     * @return {@link PoliciesResource#create(PolicyCreateRequest, RequestOptions)} with the
     *     response metadata
     */
    public ApiResponse<Policy> create(PolicyCreateRequest request, RequestOptions options) {
      // The idempotency key, like every option, is applied to the request by the executor.
      return calls.execute(
          api.createPolicy(companyId, clientId, request, null), PolicyResponse::getData, options);
    }
  }
}
