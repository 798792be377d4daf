package io.compliancescorecard.sdk;

import io.compliancescorecard.sdk.internal.api.UsersApi;
import io.compliancescorecard.sdk.model.Pagination;
import io.compliancescorecard.sdk.model.User;
import io.compliancescorecard.sdk.model.UserPage;
import io.compliancescorecard.sdk.pagination.AutoPager;
import io.compliancescorecard.sdk.pagination.Page;
import java.util.concurrent.CompletableFuture;

/** The users the caller may see: {@code /api/v4/users}, paginated. */
public final class UsersResource {

  private final UsersApi api;
  private final CallExecutor calls;

  UsersResource(UsersApi api, CallExecutor calls) {
    this.api = api;
    this.calls = calls;
  }

  /**
   * @param params page, page size and filters
   * @return one page of users with its position in the whole list
   */
  public Page<User> list(UserListParams params) {
    return listWithResponse(params).data();
  }

  /** @return the first page of users, 15 per page */
  public Page<User> list() {
    return list(new UserListParams());
  }

  /**
   * @param params page, page size and filters
   * @return {@link #list(UserListParams)} with the response metadata
   */
  public ApiResponse<Page<User>> listWithResponse(UserListParams params) {
    return calls.execute(api.listUsers(params.page(), params.perPage(), params.role(), params.companyId()),
        UsersResource::toPage);
  }

  /**
   * @param params page, page size and filters
   * @return {@link #listWithResponse(UserListParams)}, run on the client's executor
   */
  public CompletableFuture<ApiResponse<Page<User>>> listAsync(UserListParams params) {
    return calls.async(() -> listWithResponse(params));
  }

  /**
   * Every user from the params' page on, fetching each next page only when iteration reaches it.
   *
   * <pre>{@code
   * client.users().listAll(new UserListParams().perPage(100)).stream().limit(20).forEach(...);
   * }</pre>
   *
   * @param params page size, filters and the first page (default 1); later changes to it have no effect
   * @return a lazy iterable; iterating it again starts over
   */
  public AutoPager<User> listAll(UserListParams params) {
    UserListParams snapshot = params.copy();
    return new AutoPager<>(snapshot.page() == null ? 1 : snapshot.page(), page -> list(snapshot.copy().page(page)));
  }

  private static Page<User> toPage(UserPage body) {
    Pagination pagination = body.getPagination();
    if (body.getData() == null || pagination == null || pagination.getCurrentPage() == null
        || pagination.getPerPage() == null || pagination.getTotal() == null || pagination.getLastPage() == null) {
      return null;
    }
    return new Page<>(body.getData(), pagination.getCurrentPage(), pagination.getPerPage(), pagination.getTotal(),
        pagination.getLastPage());
  }
}
