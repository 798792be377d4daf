package io.compliancescorecard.sdk;

import io.compliancescorecard.sdk.internal.api.PoliciesApi;
import io.compliancescorecard.sdk.model.Policy;
import io.compliancescorecard.sdk.model.PolicyCreateRequest;
import io.compliancescorecard.sdk.model.PolicyList;
import io.compliancescorecard.sdk.model.PolicyResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** One client's policies: {@code /api/v3/companies/{companyId}/clients/{clientId}/policies}. */
public final class PoliciesResource {

  private final PoliciesApi api;
  private final CallExecutor calls;
  private final String companyId;
  private final String clientId;

  PoliciesResource(PoliciesApi api, CallExecutor calls, String companyId, String clientId) {
    this.api = api;
    this.calls = calls;
    this.companyId = PathIds.require("companyId", companyId);
    this.clientId = PathIds.require("clientId", clientId);
  }

  /** @return every policy of the client */
  public List<Policy> list() {
    return list(new PolicyFilter());
  }

  /**
   * @param filter status, category and title filters
   * @return the matching policies
   */
  public List<Policy> list(PolicyFilter filter) {
    return listWithResponse(filter).data();
  }

  /**
   * @param filter status, category and title filters
   * @return {@link #list(PolicyFilter)} with the response metadata
   */
  public ApiResponse<List<Policy>> listWithResponse(PolicyFilter filter) {
    return calls.execute(api.listPolicies(companyId, clientId, filter.status(), filter.categoryId(), filter.search()),
        PolicyList::getData);
  }

  /**
   * @param filter status, category and title filters
   * @return {@link #listWithResponse(PolicyFilter)}, run on the client's executor
   */
  public CompletableFuture<ApiResponse<List<Policy>>> listAsync(PolicyFilter filter) {
    return calls.async(() -> listWithResponse(filter));
  }

  /**
   * Creates a draft policy at version 1.0. Sent once: it is retried only when it provably never reached
   * the server or was rate limited, always with the same {@code Idempotency-Key}.
   *
   * @param request the new policy
   * @return the created policy
   */
  public Policy create(PolicyCreateRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * @param request the new policy
   * @param options for example your own idempotency key
   * @return the created policy
   */
  public Policy create(PolicyCreateRequest request, RequestOptions options) {
    return createWithResponse(request, options).data();
  }

  /**
   * @param request the new policy
   * @param options for example your own idempotency key
   * @return {@link #create(PolicyCreateRequest, RequestOptions)} with the response metadata
   */
  public ApiResponse<Policy> createWithResponse(PolicyCreateRequest request, RequestOptions options) {
    return calls.execute(api.createPolicy(companyId, clientId, request, options.idempotencyKeyValue().orElse(null)),
        PolicyResponse::getData);
  }

  /**
   * @param request the new policy
   * @param options for example your own idempotency key
   * @return {@link #createWithResponse(PolicyCreateRequest, RequestOptions)}, run on the client's executor
   */
  public CompletableFuture<ApiResponse<Policy>> createAsync(PolicyCreateRequest request, RequestOptions options) {
    return calls.async(() -> createWithResponse(request, options));
  }
}
