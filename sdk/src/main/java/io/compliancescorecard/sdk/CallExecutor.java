package io.compliancescorecard.sdk;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.compliancescorecard.sdk.error.ApiException;
import io.compliancescorecard.sdk.error.ConnectionException;
import io.compliancescorecard.sdk.internal.ErrorMapper;
import io.compliancescorecard.sdk.internal.RateLimitHeaders;
import io.compliancescorecard.sdk.ratelimit.RateLimit;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

/** Runs generated Retrofit calls: unwraps the envelope, attaches metadata, maps every failure to an ApiException. */
final class CallExecutor {

  private final Executor asyncExecutor;
  private final Clock clock;

  CallExecutor(Executor asyncExecutor, Clock clock) {
    this.asyncExecutor = asyncExecutor;
    this.clock = clock;
  }

  <E, T> ApiResponse<T> execute(Call<E> call, Function<E, T> unwrap) {
    String request = call.request().method() + " " + call.request().url().encodedPath();
    Response<E> response;
    try {
      response = call.execute();
    } catch (JsonProcessingException e) {
      throw new ApiException(ApiException.NO_STATUS, null,
          "the response body is not the expected JSON: " + ErrorMapper.excerpt(e.getOriginalMessage()),
          null, null, request, null);
    } catch (IOException e) {
      throw new ConnectionException(request, e);
    }
    if (!response.isSuccessful()) {
      try (ResponseBody errorBody = response.errorBody()) {
        throw ErrorMapper.toException(response.raw(), errorBody, clock.instant());
      }
    }
    E body = response.body();
    if (body == null) {
      throw new ApiException(response.code(), null, "empty response body", null,
          RateLimitHeaders.snapshot(response.raw()).orElse(null), request, null);
    }
    RateLimit rateLimit = RateLimitHeaders.snapshot(response.raw()).orElse(null);
    T data = unwrap.apply(body);
    if (data == null) {
      throw new ApiException(response.code(), null, "the response envelope has no data", null, rateLimit, request,
          null);
    }
    return new ApiResponse<>(response.code(), response.headers().toMultimap(), rateLimit, data);
  }

  /** Runs a blocking call on the client's executor; its ApiException completes the future exceptionally. */
  <T> CompletableFuture<T> async(Supplier<T> blockingCall) {
    return CompletableFuture.supplyAsync(blockingCall, asyncExecutor);
  }
}
