package io.compliancescorecard.sdk.internal;

import io.compliancescorecard.sdk.HttpLogLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import org.slf4j.Logger;

/**
 * Logs each attempt at DEBUG, redacting secret headers, query parameters and JSON properties (and
 * anything shaped like a JWT). Bodies are logged only at {@link HttpLogLevel#BODY}, only when JSON
 * or text, and truncated.
 */
public final class HttpLoggingInterceptor implements Interceptor {

  static final int MAX_BODY_CHARS = 4096;

  private final HttpLogLevel level;
  private final Logger log;

  /**
   * @param level how much to log
   * @param log where to log
   */
  public HttpLoggingInterceptor(HttpLogLevel level, Logger log) {
    this.level = level;
    this.log = log;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (level == HttpLogLevel.NONE || !log.isDebugEnabled()) {
      return chain.proceed(request);
    }
    String url = Redactor.url(request.url());
    log.debug("--> {} {}", request.method(), url);
    if (level.compareTo(HttpLogLevel.HEADERS) >= 0) {
      logHeaders("-->", request.headers());
    }
    if (level == HttpLogLevel.BODY && request.body() != null) {
      log.debug("--> body {}", describe(request.body().contentType(), requestBody(request.body())));
    }
    long started = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      log.debug("<-- {} {} failed: {}", request.method(), url, e.toString());
      throw e;
    }
    log.debug(
        "<-- {} {} {} ({} ms)",
        response.code(),
        request.method(),
        url,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    if (level.compareTo(HttpLogLevel.HEADERS) >= 0) {
      logHeaders("<--", response.headers());
    }
    if (level == HttpLogLevel.BODY && response.body() != null) {
      String body;
      try {
        body = response.peekBody(MAX_BODY_CHARS * 4L).string();
      } catch (IOException e) {
        response.close();
        throw e;
      }
      log.debug("<-- body {}", describe(response.body().contentType(), body));
    }
    return response;
  }

  private void logHeaders(String direction, Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      log.debug(
          "{} {}: {}",
          direction,
          name,
          Redactor.isSensitive(name) ? Redactor.REDACTED : headers.value(i));
    }
  }

  private static String requestBody(RequestBody body) throws IOException {
    if (body.isOneShot() || body.isDuplex()) {
      return null;
    }
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    return buffer.readString(StandardCharsets.UTF_8);
  }

  private static String describe(MediaType type, String body) {
    if (body == null) {
      return "(streamed body not logged)";
    }
    boolean readable =
        type == null
            || "json".equals(type.subtype())
            || type.subtype().endsWith("+json")
            || "text".equals(type.type());
    if (!readable) {
      return "(" + body.length() + "-char " + type + " body not logged)";
    }
    return truncate(Redactor.text(body));
  }

  static String truncate(String text) {
    return text.length() <= MAX_BODY_CHARS
        ? text
        : text.substring(0, MAX_BODY_CHARS) + "... (" + text.length() + " chars)";
  }
}
