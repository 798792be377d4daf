package io.compliancescorecard.sdk;

import io.compliancescorecard.sdk.internal.api.ClientsApi;
import io.compliancescorecard.sdk.model.Client;
import io.compliancescorecard.sdk.model.ClientCreateRequest;
import io.compliancescorecard.sdk.model.ClientList;
import io.compliancescorecard.sdk.model.ClientResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** One company's clients: {@code /api/v3/companies/{companyId}/clients}. */
public final class ClientsResource {

  private final ClientsApi api;
  private final CallExecutor calls;
  private final String companyId;

  ClientsResource(ClientsApi api, CallExecutor calls, String companyId) {
    this.api = api;
    this.calls = calls;
    this.companyId = PathIds.require("companyId", companyId);
  }

  /** @return every client of the company */
  public List<Client> list() {
    return list(new ClientFilter());
  }

  /**
   * @param filter status and name filters
   * @return the matching clients
   */
  public List<Client> list(ClientFilter filter) {
    return listWithResponse(filter).data();
  }

  /**
   * @param filter status and name filters
   * @return {@link #list(ClientFilter)} with the response metadata
   */
  public ApiResponse<List<Client>> listWithResponse(ClientFilter filter) {
    return calls.execute(api.listClients(companyId, filter.status(), filter.search()), ClientList::getData);
  }

  /**
   * @param filter status and name filters
   * @return {@link #listWithResponse(ClientFilter)}, run on the client's executor
   */
  public CompletableFuture<ApiResponse<List<Client>>> listAsync(ClientFilter filter) {
    return calls.async(() -> listWithResponse(filter));
  }

  /**
   * Creates a client. Sent once: it is retried only when it provably never reached the server or was
   * rate limited, always with the same {@code Idempotency-Key}.
   *
   * @param request the new client
   * @return the created client
   */
  public Client create(ClientCreateRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * @param request the new client
   * @param options for example your own idempotency key
   * @return the created client
   */
  public Client create(ClientCreateRequest request, RequestOptions options) {
    return createWithResponse(request, options).data();
  }

  /**
   * @param request the new client
   * @param options for example your own idempotency key
   * @return {@link #create(ClientCreateRequest, RequestOptions)} with the response metadata
   */
  public ApiResponse<Client> createWithResponse(ClientCreateRequest request, RequestOptions options) {
    return calls.execute(api.createClient(companyId, request, options.idempotencyKeyValue().orElse(null)),
        ClientResponse::getData);
  }

  /**
   * @param request the new client
   * @param options for example your own idempotency key
   * @return {@link #createWithResponse(ClientCreateRequest, RequestOptions)}, run on the client's executor
   */
  public CompletableFuture<ApiResponse<Client>> createAsync(ClientCreateRequest request, RequestOptions options) {
    return calls.async(() -> createWithResponse(request, options));
  }
}
