package io.compliancescorecard.sdk;

import io.compliancescorecard.sdk.model.PolicyStatus;

/**
 * Filters and options of {@code policies(companyId, clientId).list(...)}. A mutable value; build
 * one per call.
 */
public final class PolicyListParams extends OperationParams<PolicyListParams> {

  private PolicyStatus status;
  private String categoryId;
  private String search;

  /**
   * @param status only policies with this status
   * @return this
   */
  public PolicyListParams status(PolicyStatus status) {
    this.status = status;
    return this;
  }

  /**
   * @param categoryId only policies of this category
   * @return this
   */
  public PolicyListParams categoryId(String categoryId) {
    this.categoryId = categoryId;
    return this;
  }

  /**
   * @param search a case-insensitive substring of the policy's title
   * @return this
   */
  public PolicyListParams search(String search) {
    this.search = search;
    return this;
  }

  PolicyStatus status() {
    return status;
  }

  String categoryId() {
    return categoryId;
  }

  String search() {
    return search;
  }
}
