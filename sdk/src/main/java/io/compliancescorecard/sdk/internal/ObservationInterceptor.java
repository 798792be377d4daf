package io.compliancescorecard.sdk.internal;

import io.compliancescorecard.sdk.auth.SameOrigin;
import io.compliancescorecard.sdk.observation.CallObserver;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The outermost link: starts an observation for each call to the API's origin, tags its requests
 * with it, and ends it with the final status or failure. {@link #attempts()} is the innermost link,
 * which reports each attempt as it is sent. Requests to other origins pass untouched, so nothing an
 * observer adds (a trace context) ever leaves for another host.
 */
public final class ObservationInterceptor implements Interceptor {

  private static final Interceptor ATTEMPTS =
      chain -> {
        ObservedCall call = ObservedCall.of(chain.request());
        return chain.proceed(call == null ? chain.request() : call.attempt(chain.request()));
      };

  private final CallObserver observer;
  private final HttpUrl apiBase;

  /**
   * @param observer told of each call
   * @param apiBase the API's base URL: requests to any other origin are not observed
   */
  public ObservationInterceptor(CallObserver observer, HttpUrl apiBase) {
    this.observer = observer;
    this.apiBase = apiBase;
  }

  /**
   * @return the link reporting each attempt; it belongs after the retry, auth and rate-limit links
   */
  public static Interceptor attempts() {
    return ATTEMPTS;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!SameOrigin.test(request.url(), apiBase)) {
      return chain.proceed(request);
    }
    ObservedCall call = ObservedCall.start(observer, request);
    Response response;
    try {
      response = chain.proceed(request.newBuilder().tag(ObservedCall.class, call).build());
    } catch (IOException | RuntimeException e) {
      call.end(0, e, null);
      throw e;
    }
    call.end(response.code(), null, RateLimitHeaders.snapshot(response).orElse(null));
    return response;
  }
}
