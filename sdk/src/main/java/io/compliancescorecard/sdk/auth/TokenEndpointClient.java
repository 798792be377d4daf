package io.compliancescorecard.sdk.auth;

import com.auth0.net.client.Auth0HttpClient;
import com.auth0.net.client.Auth0HttpRequest;
import com.auth0.net.client.Auth0HttpResponse;
import com.auth0.net.client.HttpRequestBody;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The Auth0 SDK's HTTP client for token requests: a redirect is followed only within the domain's
 * own origin ({@link SameOrigin}), because a token request carries the client secret or a password
 * and a followed 307 would send it again to wherever the domain points.
 */
final class TokenEndpointClient implements Auth0HttpClient {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final OkHttpClient http =
      new OkHttpClient.Builder()
          .connectTimeout(TIMEOUT)
          .readTimeout(TIMEOUT)
          .addNetworkInterceptor(TokenEndpointClient::refuseOtherOrigins)
          .build();

  @Override
  public Auth0HttpResponse sendRequest(Auth0HttpRequest request) throws IOException {
    try (Response response = http.newCall(toOkHttp(request)).execute()) {
      return toAuth0(response);
    }
  }

  @Override
  public CompletableFuture<Auth0HttpResponse> sendRequestAsync(Auth0HttpRequest request) {
    CompletableFuture<Auth0HttpResponse> result = new CompletableFuture<>();
    http.newCall(toOkHttp(request))
        .enqueue(
            new Callback() {
              @Override
              public void onFailure(Call call, IOException e) {
                result.completeExceptionally(e);
              }

              @Override
              public void onResponse(Call call, Response response) {
                try (response) {
                  result.complete(toAuth0(response));
                } catch (IOException e) {
                  result.completeExceptionally(e);
                }
              }
            });
    return result;
  }

  /** Runs before each hop is sent, redirects included: a hop to another origin never leaves. */
  private static Response refuseOtherOrigins(Interceptor.Chain chain) throws IOException {
    HttpUrl first = chain.call().request().url();
    HttpUrl hop = chain.request().url();
    if (!SameOrigin.test(hop, first)) {
      throw new CrossOriginRedirectException(origin(first), origin(hop));
    }
    return chain.proceed(chain.request());
  }

  /**
   * Scheme, host and port only: a redirect's URL may carry credentials or tokens in its other
   * parts.
   */
  static String origin(HttpUrl url) {
    return url.scheme() + "://" + url.host() + ":" + url.port();
  }

  private static Request toOkHttp(Auth0HttpRequest request) {
    HttpRequestBody body = request.getBody();
    RequestBody okBody = null;
    if (body != null) {
      if (body.getContent() == null) {
        // Token requests are JSON; form and multipart bodies belong to endpoints this SDK never
        // calls.
        throw new IllegalArgumentException("only JSON request bodies are supported");
      }
      String type = body.getContentType();
      okBody = RequestBody.create(body.getContent(), type == null ? null : MediaType.parse(type));
    }
    Request.Builder builder =
        new Request.Builder().url(request.getUrl()).method(request.getMethod().toString(), okBody);
    request.getHeaders().forEach(builder::addHeader);
    return builder.build();
  }

  private static Auth0HttpResponse toAuth0(Response response) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    response.headers().names().forEach(name -> headers.put(name, response.header(name)));
    ResponseBody body = response.body();
    return Auth0HttpResponse.newBuilder()
        .withStatusCode(response.code())
        .withBody(body == null ? null : body.string())
        .withHeaders(headers)
        .build();
  }

  /** A token request's redirect to another origin, refused before anything was sent there. */
  static final class CrossOriginRedirectException extends IOException {
    private static final long serialVersionUID = 1L;

    CrossOriginRedirectException(String from, String to) {
      super(
          from
              + " redirected the token request to another origin ("
              + to
              + "); it was not sent there");
    }
  }
}
