package io.compliancescorecard.mock.internal.server;

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
 * A servlet filter in WireMock's Jetty context that answers requests directly while no chaos rule
 * is in force, skipping WireMock's per-request bookkeeping (serve event, logged request), which
 * costs more than our handlers. With chaos rules set, requests go on to WireMock, whose {@link
 * DispatchingFilter} answers them and WireMock injects the delays and faults.
 */
final class FastPathFilter implements Filter {

  private final Supplier<DispatchingFilter> target;

  /**
   * A supplier, because Jetty builds its contexts before the server object is fully constructed.
   */
  FastPathFilter(Supplier<DispatchingFilter> target) {
    this.target = target;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    MockEngine engine = target.get().engine();
    if (engine == null || engine.chaosActive()) {
      chain.doFilter(req, res);
      return;
    }
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    String query = request.getQueryString();
    String url = query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    ApiResponse answer =
        engine.dispatch(
            request.getMethod(),
            url,
            request::getHeader,
            ReadBodyRequest.bodyOf(request),
            request.getRemoteAddr(),
            false);
    ServletResponses.write(response, answer);
  }
}
