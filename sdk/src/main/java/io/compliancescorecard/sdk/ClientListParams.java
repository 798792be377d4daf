package io.compliancescorecard.sdk;

import io.compliancescorecard.sdk.model.ClientStatus;

/**
 * Filters and options of {@code clients(companyId).list(...)}. A mutable value; build one per call.
 */
public final class ClientListParams extends OperationParams<ClientListParams> {

  private ClientStatus status;
  private String search;

  /**
   * @param status only clients with this status
   * @return this
   */
  public ClientListParams status(ClientStatus status) {
    this.status = status;
    return this;
  }

  /**
   * @param search a case-insensitive substring of the client's name
   * @return this
   */
  public ClientListParams search(String search) {
    this.search = search;
    return this;
  }

  ClientStatus status() {
    return status;
  }

  String search() {
    return search;
  }
}
