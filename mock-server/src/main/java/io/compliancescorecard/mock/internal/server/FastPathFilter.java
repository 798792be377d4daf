package io.compliancescorecard.mock.internal.server;

import io.compliancescorecard.mock.internal.http.ApiError;
import io.compliancescorecard.mock.internal.http.ApiRequest;
import io.compliancescorecard.mock.internal.http.ApiResponse;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * A servlet filter in WireMock's Jetty context that answers requests directly while no chaos rule is in
 * force, skipping WireMock's per-request bookkeeping (serve event, logged request), which costs more than
 * our handlers. With chaos rules set, requests go on to WireMock, whose {@link DispatchingFilter} answers
 * them and WireMock injects the delays and faults.
 */
final class FastPathFilter implements Filter {

  private final Supplier<DispatchingFilter> target;

  /** A supplier, because Jetty builds its contexts before the server object is fully constructed. */
  FastPathFilter(Supplier<DispatchingFilter> target) {
    this.target = target;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    String query = request.getQueryString();
    String url = query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    MockEngine engine = target.get().engine();
    if (engine == null || engine.chaosActive()) {
      try {
        // WireMock decodes the query before any extension runs, and logs a stack trace when an escape is
        // broken: such a URL gets here the fast path's own 400 instead.
        ApiRequest.of(request.getMethod(), url, name -> null, null);
      } catch (ApiError e) {
        ServletResponses.write(response, ApiResponse.error(e));
        return;
      }
      chain.doFilter(req, res);
      return;
    }
    ApiResponse answer = engine.dispatch(request.getMethod(), url, request::getHeader,
        request.getInputStream().readAllBytes(), false);
    ServletResponses.write(response, answer);
  }
}
