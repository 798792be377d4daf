package io.compliancescorecard.mock.internal.server;

import io.compliancescorecard.mock.internal.http.ApiError;
import io.compliancescorecard.mock.internal.http.ApiResponse;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's error pages in the API's JSON envelope. Some requests fail before our filter sees them:
 * Jetty refuses a URI it cannot parse, and WireMock decodes the query string before filters run, so
 * a broken escape like {@code ?q=%zz} throws there. Without this, such input would get an HTML page
 * (and a 500).
 */
final class JsonErrorHandler extends ErrorHandler {

  @Override
  protected void generateAcceptableResponse(
      Request baseRequest,
      HttpServletRequest request,
      HttpServletResponse response,
      int code,
      String message)
      throws IOException {
    Object cause = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    // WireMock's URL decoding is the only known source of IllegalArgumentException before our
    // filter.
    int status = cause instanceof IllegalArgumentException ? 400 : code;
    ApiResponse body = ApiResponse.error(error(status));
    response.setStatus(status);
    response.setContentType("application/json");
    response.getOutputStream().write(body.body());
    baseRequest.setHandled(true);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    return ByteBuffer.wrap(ApiResponse.error(error(status)).body());
  }

  private static ApiError error(int status) {
    return switch (status) {
      case 400 -> ApiError.badRequest("The request is malformed (URL, headers or encoding).");
      case 404 -> ApiError.notFound("Resource not found.");
      case 405 -> new ApiError(405, "METHOD_NOT_ALLOWED", "Method not allowed.", null);
      case 413 -> new ApiError(413, "PAYLOAD_TOO_LARGE", "The request is too large.", null);
      case 414 -> new ApiError(414, "URI_TOO_LONG", "The URL is too long.", null);
      case 431 ->
          new ApiError(431, "HEADERS_TOO_LARGE", "The request headers are too large.", null);
      default ->
          status >= 500
              ? new ApiError(500, "INTERNAL_ERROR", "An unexpected error occurred.", null)
              : new ApiError(status, "BAD_REQUEST", "The request cannot be served.", null);
    };
  }
}
