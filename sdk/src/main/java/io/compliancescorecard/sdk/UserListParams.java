package io.compliancescorecard.sdk;

/**
 * Parameters of {@code users().list(...)} and {@code listAll(...)}: page, page size, filters and
 * options. A mutable value; build one per call.
 */
public final class UserListParams extends OperationParams<UserListParams> {

  private Integer page;
  private Integer perPage;
  private String role;
  private String companyId;

  /**
   * @param page the page number, from 1 ({@code listAll} starts here)
   * @return this
   */
  public UserListParams page(int page) {
    if (page < 1) {
      throw new IllegalArgumentException("page starts at 1");
    }
    this.page = page;
    return this;
  }

  /**
   * @param perPage items per page, 1 to 100 (the API's default is 15)
   * @return this
   */
  public UserListParams perPage(int perPage) {
    if (perPage < 1 || perPage > 100) {
      throw new IllegalArgumentException("perPage is between 1 and 100");
    }
    this.perPage = perPage;
    return this;
  }

  /**
   * @param role a role name such as {@code msp_admin}
   * @return this
   */
  public UserListParams role(String role) {
    this.role = role;
    return this;
  }

  /**
   * @param companyId a company id
   * @return this
   */
  public UserListParams companyId(String companyId) {
    this.companyId = companyId;
    return this;
  }

  UserListParams copy() {
    UserListParams copy = new UserListParams();
    copy.page = page;
    copy.perPage = perPage;
    copy.role = role;
    copy.companyId = companyId;
    copy.options(options());
    return copy;
  }

  Integer page() {
    return page;
  }

  Integer perPage() {
    return perPage;
  }

  String role() {
    return role;
  }

  String companyId() {
    return companyId;
  }
}
