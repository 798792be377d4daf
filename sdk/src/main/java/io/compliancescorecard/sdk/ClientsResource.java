package io.compliancescorecard.sdk;

import io.compliancescorecard.sdk.internal.api.ClientsApi;
import io.compliancescorecard.sdk.model.Client;
import io.compliancescorecard.sdk.model.ClientCreateRequest;
import io.compliancescorecard.sdk.model.ClientList;
import io.compliancescorecard.sdk.model.ClientResponse;
import java.util.List;

/** One company's clients: {@code /api/v3/companies/{companyId}/clients}. */
public final class ClientsResource {

  private final WithRawResponse withRawResponse;

  ClientsResource(ClientsApi api, CallExecutor calls, String companyId) {
    this.withRawResponse = new WithRawResponse(api, calls, PathIds.require("companyId", companyId));
  }

  /**
   * @return the same operations, each returning its response's metadata beside the data
   */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * @return every client of the company
   */
  public List<Client> list() {
    return withRawResponse.list().data();
  }

  /**
   * @param params status and name filters, and the call's options
   * @return the matching clients
   */
  public List<Client> list(ClientListParams params) {
    return withRawResponse.list(params).data();
  }

  /**
   * Creates a client. Sent once: it is retried only when it provably never reached the server or
   * was rate limited, always with the same {@code Idempotency-Key}.
   *
   * @param request the new client
   * @return the created client
   */
  public Client create(ClientCreateRequest request) {
    return withRawResponse.create(request).data();
  }

  /**
   * @param request the new client
   * @param options the call's options, for example your own idempotency key
   * @return the created client
   */
  public Client create(ClientCreateRequest request, RequestOptions options) {
    return withRawResponse.create(request, options).data();
  }

  /**
   * The clients' operations returning {@link ApiResponse}: status, headers and rate-limit snapshot
   * beside the data.
   */
  public static final class WithRawResponse {

    private final ClientsApi api;
    private final CallExecutor calls;
    private final String companyId;

    private WithRawResponse(ClientsApi api, CallExecutor calls, String companyId) {
      this.api = api;
      this.calls = calls;
      this.companyId = companyId;
    }

    /**
     * @return {@link ClientsResource#list()} with the response metadata
     */
    public ApiResponse<List<Client>> list() {
      return list(new ClientListParams());
    }

    /**
     * @param params status and name filters, and the call's options
     * @return {@link ClientsResource#list(ClientListParams)} with the response metadata
     */
    public ApiResponse<List<Client>> list(ClientListParams params) {
      return calls.execute(
          api.listClients(companyId, params.status(), params.search()),
          ClientList::getData,
          params.options());
    }

    /**
     * @param request the new client
     * @return {@link ClientsResource#create(ClientCreateRequest)} with the response metadata
     */
    public ApiResponse<Client> create(ClientCreateRequest request) {
      return create(request, RequestOptions.none());
    }

    /**
     * @param request the new client
     * @param options the call's options, for example your own idempotency key
     * @return {@link ClientsResource#create(ClientCreateRequest, RequestOptions)} with the response
     *     metadata
     */
    public ApiResponse<Client> create(ClientCreateRequest request, RequestOptions options) {
      // The idempotency key, like every option, is applied to the request by the executor.
      return calls.execute(
          api.createClient(companyId, request, null), ClientResponse::getData, options);
    }
  }
}
