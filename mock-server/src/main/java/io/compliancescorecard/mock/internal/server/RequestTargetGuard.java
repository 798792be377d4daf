package io.compliancescorecard.mock.internal.server;

import io.compliancescorecard.mock.internal.http.ApiError;
import io.compliancescorecard.mock.internal.http.ApiRequest;
import io.compliancescorecard.mock.internal.http.ApiResponse;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * Refuses, in front of every other handler, the requests whose target is not a path: {@code
 * CONNECT} (which no context handles, so Jetty would answer an empty 200 and leave the connection
 * open as a tunnel) and {@code OPTIONS *}; and those whose query has a broken percent-escape, which
 * WireMock decodes before any extension runs, logging a stack trace. So every request is refused
 * alike, whichever way it would have been served.
 */
final class RequestTargetGuard extends HandlerWrapper {

  @Override
  public void handle(
      String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    if (HttpMethod.CONNECT.is(request.getMethod())) {
      baseRequest.setHandled(true);
      ServletResponses.writeAndClose(response, ApiError.methodNotAllowed("CONNECT"));
    } else if (target == null || !target.startsWith("/")) {
      baseRequest.setHandled(true);
      ServletResponses.writeAndClose(
          response, ApiError.badRequest("The request target must be a path."));
    } else {
      String query = request.getQueryString();
      if (query != null && query.indexOf('%') >= 0) {
        try {
          // The API's own query parsing, for its verdict and wording.
          ApiRequest.of(
              request.getMethod(), "?" + query, name -> null, null, request.getRemoteAddr());
        } catch (ApiError e) {
          baseRequest.setHandled(true);
          ServletResponses.write(response, ApiResponse.error(e));
          return;
        }
      }
      super.handle(target, baseRequest, request, response);
    }
  }
}
