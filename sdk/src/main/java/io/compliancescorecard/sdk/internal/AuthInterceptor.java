package io.compliancescorecard.sdk.internal;

import io.compliancescorecard.sdk.auth.SameOrigin;
import io.compliancescorecard.sdk.auth.TokenProvider;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends the provider's token as {@code Authorization: Bearer}. On 401 it invalidates that token
 * and, if the provider then yields a different one, repeats the request once; a second 401 is
 * final. Repeating is safe even for POST: a 401 means the request was not processed. A request to
 * another origin, or one tagged {@link Anonymous}, gets no token and the provider is not asked.
 */
public final class AuthInterceptor implements Interceptor {

  private static final int UNAUTHORIZED = 401;

  private final TokenProvider tokens;
  private final TokenWatch watch;
  private final HttpUrl apiBase;

  /**
   * @param tokens the source of tokens
   * @param apiBase the API's base URL: requests to any other origin get no token
   */
  public AuthInterceptor(TokenProvider tokens, HttpUrl apiBase) {
    this.tokens = tokens;
    this.watch = new TokenWatch(tokens);
    this.apiBase = apiBase;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (chain.request().tag(Anonymous.class) != null
        || !SameOrigin.test(chain.request().url(), apiBase)) {
      return chain.proceed(chain.request());
    }
    String token = watch.token(chain.request(), false);
    Response response = chain.proceed(authorized(chain.request(), token));
    if (response.code() != UNAUTHORIZED) {
      return response;
    }
    tokens.invalidate(token);
    String fresh;
    try {
      fresh = watch.token(chain.request(), true);
    } catch (RuntimeException e) {
      response.close();
      throw e;
    }
    if (fresh.equals(token)) {
      return response;
    }
    response.close();
    return chain.proceed(authorized(chain.request(), fresh));
  }

  private static Request authorized(Request request, String token) {
    return request.newBuilder().header("Authorization", "Bearer " + token).build();
  }

  /**
   * The tag of a request sent without credentials even to the API's origin (a mock's admin API).
   */
  public enum Anonymous {
    /** The one value to tag a request with. */
    REQUEST
  }
}
