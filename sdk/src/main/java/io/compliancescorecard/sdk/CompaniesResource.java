package io.compliancescorecard.sdk;

import io.compliancescorecard.sdk.internal.api.CompaniesApi;
import io.compliancescorecard.sdk.model.Company;
import io.compliancescorecard.sdk.model.CompanyList;
import io.compliancescorecard.sdk.model.CompanyResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The companies the caller may see: {@code /api/v3/companies}. */
public final class CompaniesResource {

  private final CompaniesApi api;
  private final CallExecutor calls;

  CompaniesResource(CompaniesApi api, CallExecutor calls) {
    this.api = api;
    this.calls = calls;
  }

  /** @return every company the caller may see (a super_admin sees all, others their own) */
  public List<Company> list() {
    return listWithResponse().data();
  }

  /** @return {@link #list()} with the response metadata */
  public ApiResponse<List<Company>> listWithResponse() {
    return calls.execute(api.listCompanies(), CompanyList::getData);
  }

  /** @return {@link #listWithResponse()}, run on the client's executor */
  public CompletableFuture<ApiResponse<List<Company>>> listAsync() {
    return calls.async(this::listWithResponse);
  }

  /**
   * @param companyId the company's id
   * @return the company
   * @throws io.compliancescorecard.sdk.error.NotFoundException if it does not exist or is another tenant's
   */
  public Company get(String companyId) {
    return getWithResponse(companyId).data();
  }

  /**
   * @param companyId the company's id
   * @return {@link #get(String)} with the response metadata
   */
  public ApiResponse<Company> getWithResponse(String companyId) {
    return calls.execute(api.getCompany(PathIds.require("companyId", companyId)), CompanyResponse::getData);
  }

  /**
   * @param companyId the company's id
   * @return {@link #getWithResponse(String)}, run on the client's executor
   */
  public CompletableFuture<ApiResponse<Company>> getAsync(String companyId) {
    return calls.async(() -> getWithResponse(companyId));
  }
}
