package io.compliancescorecard.sdk;

import io.compliancescorecard.sdk.auth.TokenProvider;
import io.compliancescorecard.sdk.internal.api.AuthenticationApi;
import io.compliancescorecard.sdk.model.CurrentUser;
import io.compliancescorecard.sdk.model.CurrentUserResponse;
import io.compliancescorecard.sdk.model.MessageResponse;
import java.util.concurrent.CompletableFuture;

/** The authenticated user and their session: {@code /api/v3/auth}. */
public final class AuthResource {

  private final AuthenticationApi api;
  private final CallExecutor calls;
  private final TokenProvider tokens;

  AuthResource(AuthenticationApi api, CallExecutor calls, TokenProvider tokens) {
    this.api = api;
    this.calls = calls;
    this.tokens = tokens;
  }

  /** @return the authenticated user's profile, role, company and direct permissions */
  public CurrentUser currentUser() {
    return currentUserWithResponse().data();
  }

  /** @return {@link #currentUser()} with the response metadata */
  public ApiResponse<CurrentUser> currentUserWithResponse() {
    return calls.execute(api.getCurrentUser(), CurrentUserResponse::getData);
  }

  /** @return {@link #currentUserWithResponse()}, run on the client's executor */
  public CompletableFuture<ApiResponse<CurrentUser>> currentUserAsync() {
    return calls.async(this::currentUserWithResponse);
  }

  /**
   * Ends the session: the API revokes the token, and the token provider forgets it so that the next call
   * obtains a new one (a static token cannot be renewed and stays revoked).
   *
   * @return the API's confirmation message
   */
  public String logout() {
    return logoutWithResponse().data();
  }

  /** @return {@link #logout()} with the response metadata */
  public ApiResponse<String> logoutWithResponse() {
    String token = tokens.token();
    ApiResponse<String> response = calls.execute(api.logoutUser(), MessageResponse::getMessage);
    tokens.invalidate(token);
    return response;
  }

  /** @return {@link #logoutWithResponse()}, run on the client's executor */
  public CompletableFuture<ApiResponse<String>> logoutAsync() {
    return calls.async(this::logoutWithResponse);
  }
}
