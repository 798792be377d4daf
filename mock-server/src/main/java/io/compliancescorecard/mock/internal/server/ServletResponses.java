package io.compliancescorecard.mock.internal.server;

import io.compliancescorecard.mock.internal.http.ApiError;
import io.compliancescorecard.mock.internal.http.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Writes our responses to Jetty's, for the filters and handlers that answer before WireMock does.
 */
final class ServletResponses {

  private ServletResponses() {}

  /** Writes {@code answer}'s status, headers and JSON body. */
  static void write(HttpServletResponse response, ApiResponse answer) throws IOException {
    response.setStatus(answer.status());
    response.setContentType("application/json");
    answer.headers().forEach(response::setHeader);
    response.setContentLength(answer.body().length);
    response.getOutputStream().write(answer.body());
  }

  /**
   * Writes {@code error}'s envelope and asks Jetty to close the connection: it is sent before the
   * request was read to its end, so what follows on the connection cannot be trusted to start a new
   * request.
   */
  static void writeAndClose(HttpServletResponse response, ApiError error) throws IOException {
    write(response, ApiResponse.error(error).header("Connection", "close"));
  }
}
