package io.compliancescorecard.sdk.internal;

import io.compliancescorecard.sdk.auth.TokenProvider;
import io.compliancescorecard.sdk.observation.TokenRenewal.Reason;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Request;

/**
 * Asks the provider for a token and, for an observed call, reports when it differs from the last
 * one this client sent: the provider fetched a new one. Of several threads seeing the same new
 * token, one reports it.
 */
final class TokenWatch {

  private final TokenProvider tokens;
  private final AtomicReference<String> last = new AtomicReference<>();

  TokenWatch(TokenProvider tokens) {
    this.tokens = tokens;
  }

  /**
   * @param request the request the token is for
   * @param rejected whether the last token was just refused with a 401
   * @return the provider's token
   */
  String token(Request request, boolean rejected) {
    ObservedCall call = ObservedCall.of(request);
    if (call == null) {
      return tokens.token();
    }
    long asked = System.nanoTime();
    String token = tokens.token();
    String previous = last.get();
    if (!token.equals(previous) && last.compareAndSet(previous, token)) {
      call.tokenRenewed(
          previous == null ? Reason.INITIAL : rejected ? Reason.REJECTED : Reason.RENEWED, asked);
    }
    return token;
  }
}
