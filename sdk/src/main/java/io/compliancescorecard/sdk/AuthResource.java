package io.compliancescorecard.sdk;

import io.compliancescorecard.sdk.auth.TokenProvider;
import io.compliancescorecard.sdk.internal.api.AuthenticationApi;
import io.compliancescorecard.sdk.model.CurrentUser;
import io.compliancescorecard.sdk.model.CurrentUserResponse;
import io.compliancescorecard.sdk.model.MessageResponse;

/** The authenticated user and their session: {@code /api/v3/auth}. */
public final class AuthResource {

  private final WithRawResponse withRawResponse;

  AuthResource(AuthenticationApi api, CallExecutor calls, TokenProvider tokens) {
    this.withRawResponse = new WithRawResponse(api, calls, tokens);
  }

  /**
   * @return the same operations, each returning its response's metadata beside the data
   */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * @return the authenticated user's profile, role, company and direct permissions
   */
  public CurrentUser currentUser() {
    return withRawResponse.currentUser().data();
  }

  /**
   * @param options the call's options
   * @return the authenticated user's profile, role, company and direct permissions
   */
  public CurrentUser currentUser(RequestOptions options) {
    return withRawResponse.currentUser(options).data();
  }

  /**
   * Ends the session: the API revokes the token, and the token provider forgets it so that the next
   * call obtains a new one (a static token cannot be renewed and stays revoked).
   *
   * @return the API's confirmation message
   */
  public String logout() {
    return withRawResponse.logout().data();
  }

  /**
   * @param options the call's options
   * @return {@link #logout()}'s confirmation message
   */
  public String logout(RequestOptions options) {
    return withRawResponse.logout(options).data();
  }

  /**
   * The session's operations returning {@link ApiResponse}: status, headers and rate-limit snapshot
   * beside the data.
   */
  public static final class WithRawResponse {

    private final AuthenticationApi api;
    private final CallExecutor calls;
    private final TokenProvider tokens;

    private WithRawResponse(AuthenticationApi api, CallExecutor calls, TokenProvider tokens) {
      this.api = api;
      this.calls = calls;
      this.tokens = tokens;
    }

    /**
     * @return {@link AuthResource#currentUser()} with the response metadata
     */
    public ApiResponse<CurrentUser> currentUser() {
      return currentUser(RequestOptions.none());
    }

    /**
     * @param options the call's options
     * @return {@link AuthResource#currentUser(RequestOptions)} with the response metadata
     */
    public ApiResponse<CurrentUser> currentUser(RequestOptions options) {
      return calls.execute(api.getCurrentUser(), CurrentUserResponse::getData, options);
    }

    /**
     * @return {@link AuthResource#logout()} with the response metadata
     */
    public ApiResponse<String> logout() {
      return logout(RequestOptions.none());
    }

    /**
     * @param options the call's options
     * @return {@link AuthResource#logout(RequestOptions)} with the response metadata
     */
    public ApiResponse<String> logout(RequestOptions options) {
      String token = tokens.token();
      ApiResponse<String> response =
          calls.execute(api.logoutUser(), MessageResponse::getMessage, options);
      tokens.invalidate(token);
      return response;
    }
  }
}
