package io.compliancescorecard.sdk.internal;

import java.io.IOException;
import java.util.UUID;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Gives every POST an {@code Idempotency-Key} (a random UUID) unless the caller set one. It runs
 * before the retry interceptor, so every retry of a request carries the same key.
 */
public final class IdempotencyKeyInterceptor implements Interceptor {

  /** The header name. */
  public static final String HEADER = "Idempotency-Key";

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!"POST".equals(request.method()) || request.header(HEADER) != null) {
      return chain.proceed(request);
    }
    return chain.proceed(request.newBuilder().header(HEADER, UUID.randomUUID().toString()).build());
  }
}
