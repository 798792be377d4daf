package io.compliancescorecard.mock.internal.server;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's Jetty 11 server with {@link JsonErrorHandler} on the server and both of its contexts, and
 * the {@link FastPathFilter} in front of WireMock's servlet. Internal.
 */
public final class JsonErrorsJettyServer extends Jetty11HttpServer {

  private final DispatchingFilter target;

  private JsonErrorsJettyServer(
      Options options, AdminRequestHandler admin, StubRequestHandler stubs, DispatchingFilter target) {
    super(options, admin, stubs);
    this.target = target;
  }

  /** The factory WireMock is configured with; the fast path answers through {@code target}'s engine. */
  public static HttpServerFactory factory(DispatchingFilter target) {
    return (options, admin, stubs) -> new JsonErrorsJettyServer(options, admin, stubs, target);
  }

  @Override
  protected void applyAdditionalServerConfiguration(Server server, Options options) {
    super.applyAdditionalServerConfiguration(server, options);
    server.setErrorHandler(new JsonErrorHandler());
  }

  @Override
  protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
    context.setErrorHandler(new JsonErrorHandler());
    context.addFilter(new FilterHolder(new FastPathFilter(() -> target)), "/*", EnumSet.of(DispatcherType.REQUEST));
  }

  @Override
  protected void decorateAdminServiceContextAfterConfig(ServletContextHandler context) {
    context.setErrorHandler(new JsonErrorHandler());
  }
}
