package io.compliancescorecard.sdk;

import io.compliancescorecard.sdk.internal.api.CompaniesApi;
import io.compliancescorecard.sdk.model.Company;
import io.compliancescorecard.sdk.model.CompanyList;
import io.compliancescorecard.sdk.model.CompanyResponse;
import java.util.List;

/** The companies the caller may see: {@code /api/v3/companies}. */
public final class CompaniesResource {

  private final WithRawResponse withRawResponse;

  CompaniesResource(CompaniesApi api, CallExecutor calls) {
    this.withRawResponse = new WithRawResponse(api, calls);
  }

  /**
   * @return the same operations, each returning its response's metadata beside the data
   */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * @return every company the caller may see (a super_admin sees all, others their own)
   */
  public List<Company> list() {
    return withRawResponse.list().data();
  }

  /**
   * @param options the call's options
   * @return every company the caller may see (a super_admin sees all, others their own)
   */
  public List<Company> list(RequestOptions options) {
    return withRawResponse.list(options).data();
  }

  /**
   * @param companyId the company's id
   * @return the company
   * @throws io.compliancescorecard.sdk.error.NotFoundException if it does not exist or is another
   *     tenant's
   */
  public Company get(String companyId) {
    return withRawResponse.get(companyId).data();
  }

  /**
   * @param companyId the company's id
   * @param options the call's options
   * @return the company
   * @throws io.compliancescorecard.sdk.error.NotFoundException if it does not exist or is another
   *     tenant's
   */
  public Company get(String companyId, RequestOptions options) {
    return withRawResponse.get(companyId, options).data();
  }

  /**
   * The companies' operations returning {@link ApiResponse}: status, headers and rate-limit
   * snapshot beside the data.
   */
  public static final class WithRawResponse {

    private final CompaniesApi api;
    private final CallExecutor calls;

    private WithRawResponse(CompaniesApi api, CallExecutor calls) {
      this.api = api;
      this.calls = calls;
    }

    /**
     * @return {@link CompaniesResource#list()} with the response metadata
     */
    public ApiResponse<List<Company>> list() {
      return list(RequestOptions.none());
    }

    /**
     * @param options the call's options
     * @return {@link CompaniesResource#list(RequestOptions)} with the response metadata
     */
    public ApiResponse<List<Company>> list(RequestOptions options) {
      return calls.execute(api.listCompanies(), CompanyList::getData, options);
    }

    /**
     * @param companyId the company's id
     * @return {@link CompaniesResource#get(String)} with the response metadata
     */
    public ApiResponse<Company> get(String companyId) {
      return get(companyId, RequestOptions.none());
    }

    /**
     * @param companyId the company's id
     * @param options the call's options
     * @return {@link CompaniesResource#get(String, RequestOptions)} with the response metadata
     */
    public ApiResponse<Company> get(String companyId, RequestOptions options) {
      return calls.execute(
          api.getCompany(PathIds.require("companyId", companyId)),
          CompanyResponse::getData,
          options);
    }
  }
}
