package io.compliancescorecard.sdk;

import io.compliancescorecard.sdk.internal.api.UsersApi;
import io.compliancescorecard.sdk.model.Pagination;
import io.compliancescorecard.sdk.model.User;
import io.compliancescorecard.sdk.model.UserPage;
import io.compliancescorecard.sdk.pagination.AutoPager;
import io.compliancescorecard.sdk.pagination.Page;

/** The users the caller may see: {@code /api/v4/users}, paginated. */
public final class UsersResource {

  private final WithRawResponse withRawResponse;

  UsersResource(UsersApi api, CallExecutor calls) {
    this.withRawResponse = new WithRawResponse(api, calls);
  }

  /**
   * @return the same operations, each returning its response's metadata beside the data
   */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * @return the first page of users, 15 per page
   */
  public Page<User> list() {
    return withRawResponse.list().data();
  }

  /**
   * @param params page, page size, filters and the call's options
   * @return one page of users with its position in the whole list
   */
  public Page<User> list(UserListParams params) {
    return withRawResponse.list(params).data();
  }

  /**
   * @return every user, 15 per page, fetched as {@link #listAll(UserListParams)} does
   */
  public AutoPager<User> listAll() {
    return listAll(new UserListParams());
  }

  /**
   * Every user from the params' page on, fetching each next page only when iteration reaches it;
   * the params' options apply to every page fetched.
   *
   * <pre>{@code
   * client.users().listAll(new UserListParams().perPage(100)).stream().limit(20).forEach(...);
   * }</pre>
   *
   * @param params page size, filters, options and the first page (default 1); later changes to it
   *     have no effect
   * @return a lazy iterable; iterating it again starts over
   */
  public AutoPager<User> listAll(UserListParams params) {
    UserListParams snapshot = params.copy();
    return new AutoPager<>(
        snapshot.page() == null ? 1 : snapshot.page(), page -> list(snapshot.copy().page(page)));
  }

  /**
   * The users' operations returning {@link ApiResponse}: status, headers and rate-limit snapshot
   * beside the data.
   */
  public static final class WithRawResponse {

    private final UsersApi api;
    private final CallExecutor calls;

    private WithRawResponse(UsersApi api, CallExecutor calls) {
      this.api = api;
      this.calls = calls;
    }

    /**
     * @return {@link UsersResource#list()} with the response metadata
     */
    public ApiResponse<Page<User>> list() {
      return list(new UserListParams());
    }

    /**
     * @param params page, page size, filters and the call's options
     * @return {@link UsersResource#list(UserListParams)} with the response metadata
     */
    public ApiResponse<Page<User>> list(UserListParams params) {
      return calls.execute(
          api.listUsers(params.page(), params.perPage(), params.role(), params.companyId()),
          UsersResource::toPage,
          params.options());
    }
  }

  private static Page<User> toPage(UserPage body) {
    Pagination pagination = body.getPagination();
    if (body.getData() == null
        || pagination == null
        || pagination.getCurrentPage() == null
        || pagination.getPerPage() == null
        || pagination.getTotal() == null
        || pagination.getLastPage() == null) {
      return null;
    }
    return new Page<>(
        body.getData(),
        pagination.getCurrentPage(),
        pagination.getPerPage(),
        pagination.getTotal(),
        pagination.getLastPage());
  }
}
