package io.compliancescorecard.sdk.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.compliancescorecard.sdk.error.ApiException;
import io.compliancescorecard.sdk.error.AuthenticationException;
import io.compliancescorecard.sdk.error.NotFoundException;
import io.compliancescorecard.sdk.error.PermissionException;
import io.compliancescorecard.sdk.error.RateLimitException;
import io.compliancescorecard.sdk.error.ServerException;
import io.compliancescorecard.sdk.error.ValidationException;
import io.compliancescorecard.sdk.model.ApiError;
import io.compliancescorecard.sdk.model.ErrorResponse;
import io.compliancescorecard.sdk.ratelimit.RateLimit;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Turns an error response into the matching {@link ApiException}. Whatever the body is (the
 * documented envelope, HTML from a proxy, truncated JSON, nothing) the result names the status and
 * says what was received, truncated and redacted; it never lets a parse failure escape.
 */
public final class ErrorMapper {

  private static final long MAX_BODY_BYTES = 64 * 1024;
  private static final int EXCERPT_CHARS = 200;

  private ErrorMapper() {}

  /**
   * @param response the error response (its body may already be detached)
   * @param body the error body, or null
   * @param now the current instant, to resolve {@code Retry-After}
   * @return the exception to throw
   */
  public static ApiException toException(Response response, ResponseBody body, Instant now) {
    int status = response.code();
    String text = null;
    String unreadable = null;
    try {
      text = read(body);
    } catch (IOException e) {
      unreadable = "the response body could not be read (" + e.getClass().getSimpleName() + ")";
    }
    boolean html =
        body != null && body.contentType() != null && "html".equals(body.contentType().subtype());
    Instant resetAt = status == 429 ? RateLimitHeaders.retryAt(response, now).orElse(null) : null;
    return toException(
        status,
        text,
        unreadable,
        html,
        RateLimitHeaders.snapshot(response).orElse(null),
        describe(response),
        resetAt);
  }

  /**
   * The same mapping for a response that came some other way than the client's own calls.
   *
   * @param status the HTTP status
   * @param body the error body as text, or null
   * @param request {@code METHOD /path} of the request, or null
   * @return the exception that response stands for
   */
  public static ApiException toException(int status, String body, String request) {
    return toException(status, body, null, false, null, request, null);
  }

  private static ApiException toException(
      int status,
      String text,
      String unreadable,
      boolean html,
      RateLimit rateLimit,
      String request,
      Instant resetAt) {
    String code = null;
    String message;
    Map<String, List<String>> details = null;
    ApiError error = envelope(text);
    if (error != null) {
      code = error.getCode();
      message = error.getMessage() == null ? "(no message)" : Redactor.text(error.getMessage());
      details = error.getDetails();
    } else {
      message = unreadable != null ? unreadable : describeUnexpectedBody(text, html);
    }
    switch (status) {
      case 401:
        return new AuthenticationException(
            status, code, message, details, rateLimit, request, null);
      case 403:
        return new PermissionException(status, code, message, details, rateLimit, request, null);
      case 404:
        return new NotFoundException(status, code, message, details, rateLimit, request, null);
      case 422:
        return new ValidationException(status, code, message, details, rateLimit, request, null);
      case 429:
        return new RateLimitException(
            status, code, message, details, rateLimit, request, null, resetAt);
      default:
        if (status >= 500) {
          return new ServerException(status, code, message, details, rateLimit, request, null);
        }
        return new ApiException(status, code, message, details, rateLimit, request, null);
    }
  }

  /**
   * @param response any response
   * @return {@code METHOD /path} of its request
   */
  public static String describe(Response response) {
    return response.request().method() + " " + response.request().url().encodedPath();
  }

  /**
   * @param text any body text
   * @return the text redacted and cut to a length fit for a message
   */
  public static String excerpt(String text) {
    String redacted = Redactor.text(text.strip());
    return redacted.length() <= EXCERPT_CHARS
        ? redacted
        : redacted.substring(0, EXCERPT_CHARS) + "... (" + text.length() + " chars)";
  }

  private static String read(ResponseBody body) throws IOException {
    if (body == null) {
      return null;
    }
    BufferedSource source = body.source();
    source.request(MAX_BODY_BYTES);
    long size = Math.min(source.getBuffer().size(), MAX_BODY_BYTES);
    return source.getBuffer().readUtf8(size);
  }

  private static ApiError envelope(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      ErrorResponse envelope = Json.mapper().readValue(text, ErrorResponse.class);
      return envelope == null ? null : envelope.getError();
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static String describeUnexpectedBody(String text, boolean htmlContentType) {
    if (text == null || text.isBlank()) {
      return "empty response body";
    }
    boolean html = htmlContentType || text.stripLeading().startsWith("<");
    return (html ? "unexpected HTML response body: " : "unexpected response body: ")
        + excerpt(text);
  }
}
