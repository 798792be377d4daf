package io.compliancescorecard.sdk.auth;

/**
 * Supplies the bearer token of every API request. Implementations must be thread-safe.
 *
 * <p>When the API answers 401, the client calls {@link #invalidate(String)} with the rejected token
 * and asks for a token again; if that returns a different token the request is repeated once with
 * it.
 *
 * @see StaticTokenProvider
 * @see Auth0TokenProvider
 */
public interface TokenProvider {

  /**
   * @return a token to send now
   * @throws io.compliancescorecard.sdk.error.ApiException if no token can be obtained
   */
  String token();

  /**
   * Forgets {@code token}, which the API rejected or revoked, so that the next {@link #token()}
   * fetches a fresh one. Does nothing for providers that cannot renew.
   *
   * @param token the rejected token
   */
  default void invalidate(String token) {}
}
