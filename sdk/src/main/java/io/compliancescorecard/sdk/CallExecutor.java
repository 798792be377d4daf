package io.compliancescorecard.sdk;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.compliancescorecard.sdk.error.ApiException;
import io.compliancescorecard.sdk.error.ConnectionException;
import io.compliancescorecard.sdk.internal.CallDeadline;
import io.compliancescorecard.sdk.internal.ErrorMapper;
import io.compliancescorecard.sdk.internal.RateLimitHeaders;
import io.compliancescorecard.sdk.ratelimit.RateLimit;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Converter;
import retrofit2.Invocation;
import retrofit2.Retrofit;

/**
 * Runs the API's calls with their options merged over the client's defaults: unwraps the envelope,
 * attaches metadata, maps every failure to an ApiException. The generated Retrofit interfaces only
 * build the requests; they are sent here, so that a call's options reach every one of them.
 */
final class CallExecutor {

  private final OkHttpClient http;
  private final Lazy<OkHttpClient> httpWithTls;
  private final Lazy<Retrofit> retrofit;
  private final Map<Method, Converter<ResponseBody, ?>> converters;
  private final Executor asyncExecutor;
  private final Clock clock;
  private final RequestOptions defaults;

  /**
   * @param http the client's OkHttpClient
   * @param httpWithTls the same client able to do TLS, for an https URL when the API's own is http
   */
  CallExecutor(
      OkHttpClient http,
      Lazy<OkHttpClient> httpWithTls,
      Lazy<Retrofit> retrofit,
      Executor asyncExecutor,
      Clock clock) {
    this(
        http,
        httpWithTls,
        retrofit,
        new ConcurrentHashMap<>(),
        asyncExecutor,
        clock,
        RequestOptions.none());
  }

  private CallExecutor(
      OkHttpClient http,
      Lazy<OkHttpClient> httpWithTls,
      Lazy<Retrofit> retrofit,
      Map<Method, Converter<ResponseBody, ?>> converters,
      Executor asyncExecutor,
      Clock clock,
      RequestOptions defaults) {
    this.http = http;
    this.httpWithTls = httpWithTls;
    this.retrofit = retrofit;
    this.converters = converters;
    this.asyncExecutor = asyncExecutor;
    this.clock = clock;
    this.defaults = defaults;
  }

  /**
   * @return an executor sharing everything with this one but the default options
   */
  CallExecutor withDefaults(RequestOptions newDefaults) {
    return new CallExecutor(
        http, httpWithTls, retrofit, converters, asyncExecutor, clock, newDefaults);
  }

  RequestOptions defaults() {
    return defaults;
  }

  /**
   * @param request a request of the API
   * @param options the call's own options
   * @return the request's call, with the options merged over the defaults applied to it
   */
  okhttp3.Call newCall(Request request, RequestOptions options) {
    RequestOptions effective = options.mergedOver(defaults);
    Request prepared = effective.applyTo(request);
    OkHttpClient client = prepared.isHttps() ? httpWithTls.get() : http;
    Duration timeout = effective.timeout().orElse(Duration.ofMillis(http.callTimeoutMillis()));
    if (timeout.isZero()) {
      return client.newCall(prepared);
    }
    okhttp3.Call call =
        client.newCall(
            prepared.newBuilder().tag(CallDeadline.class, CallDeadline.after(timeout)).build());
    call.timeout().timeout(timeout.toNanos(), TimeUnit.NANOSECONDS);
    return call;
  }

  <E, T> ApiResponse<T> execute(Call<E> apiCall, Function<E, T> unwrap, RequestOptions options) {
    okhttp3.Call call = newCall(apiCall.request(), options);
    String request = call.request().method() + " " + call.request().url().encodedPath();
    try (Response response = call.execute()) {
      if (!response.isSuccessful()) {
        throw ErrorMapper.toException(response, response.body(), clock.instant());
      }
      RateLimit rateLimit = RateLimitHeaders.snapshot(response).orElse(null);
      E body = read(call.request(), response);
      if (body == null) {
        throw new ApiException(
            response.code(), null, "empty response body", null, rateLimit, request, null);
      }
      T data = unwrap.apply(body);
      if (data == null) {
        throw new ApiException(
            response.code(),
            null,
            "the response envelope has no data",
            null,
            rateLimit,
            request,
            null);
      }
      return new ApiResponse<>(response.code(), response.headers().toMultimap(), rateLimit, data);
    } catch (JsonProcessingException e) {
      throw new ApiException(
          ApiException.NO_STATUS,
          null,
          "the response body is not the expected JSON: "
              + ErrorMapper.excerpt(e.getOriginalMessage()),
          null,
          null,
          request,
          null);
    } catch (IOException e) {
      throw new ConnectionException(request, e);
    }
  }

  /**
   * Reads the body as the generated method declares it ({@code Call<E>}); null when there is none.
   */
  @SuppressWarnings("unchecked")
  private <E> E read(Request request, Response response) throws IOException {
    ResponseBody body = response.body();
    if (response.code() == 204 || response.code() == 205 || body.contentLength() == 0) {
      return null;
    }
    Method method = request.tag(Invocation.class).method();
    Converter<ResponseBody, ?> converter =
        converters.computeIfAbsent(
            method,
            m ->
                retrofit
                    .get()
                    .responseBodyConverter(
                        ((ParameterizedType) m.getGenericReturnType()).getActualTypeArguments()[0],
                        m.getAnnotations()));
    return (E) converter.convert(body);
  }

  /**
   * Runs a blocking call on the client's executor; its ApiException completes the future
   * exceptionally.
   */
  <T> CompletableFuture<T> async(Supplier<T> blockingCall) {
    return CompletableFuture.supplyAsync(blockingCall, asyncExecutor);
  }
}
