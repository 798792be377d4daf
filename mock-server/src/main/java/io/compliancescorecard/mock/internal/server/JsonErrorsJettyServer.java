package io.compliancescorecard.mock.internal.server;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import io.compliancescorecard.mock.MockServerOptions;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's Jetty 11 server with {@link JsonErrorHandler} on the server and both of its contexts,
 * {@link ClientErrorsConnectionFactory} for HTTP/1.1, {@link RequestTargetGuard} in front of every
 * handler, and {@link BodyReadingFilter} then {@link FastPathFilter} in front of WireMock's
 * servlet. Internal.
 */
public final class JsonErrorsJettyServer extends Jetty11HttpServer {

  private final DispatchingFilter target;
  private final MockServerOptions limits;

  private JsonErrorsJettyServer(
      Options options,
      AdminRequestHandler admin,
      StubRequestHandler stubs,
      DispatchingFilter target,
      MockServerOptions limits) {
    super(options, admin, stubs);
    this.target = target;
    this.limits = limits;
  }

  /**
   * The factory WireMock is configured with; the fast path answers through {@code target}'s engine,
   * and request bodies are read within {@code limits}' body size and timeout.
   */
  public static HttpServerFactory factory(DispatchingFilter target, MockServerOptions limits) {
    return (options, admin, stubs) ->
        new JsonErrorsJettyServer(options, admin, stubs, target, limits);
  }

  @Override
  protected void applyAdditionalServerConfiguration(Server server, Options options) {
    super.applyAdditionalServerConfiguration(server, options);
    server.setErrorHandler(new JsonErrorHandler());
    for (Connector connector : server.getConnectors()) {
      if (connector instanceof ServerConnector http) {
        List<ConnectionFactory> factories =
            http.getConnectionFactories().stream()
                .map(
                    f ->
                        f instanceof HttpConnectionFactory h
                            ? new ClientErrorsConnectionFactory(h.getHttpConfiguration())
                            : f)
                .toList();
        http.setConnectionFactories(factories);
      }
    }
  }

  @Override
  protected Handler createHandler(
      Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
    RequestTargetGuard guard = new RequestTargetGuard();
    guard.setHandler(super.createHandler(options, admin, stubs));
    return guard;
  }

  @Override
  protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
    context.setErrorHandler(new JsonErrorHandler());
    // ASYNC too: a request whose body was read without blocking is served by a second, async
    // dispatch.
    EnumSet<DispatcherType> dispatches = EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC);
    context.addFilter(new FilterHolder(new BodyReadingFilter(() -> limits)), "/*", dispatches);
    context.addFilter(new FilterHolder(new FastPathFilter(() -> target)), "/*", dispatches);
  }

  @Override
  protected void decorateAdminServiceContextAfterConfig(ServletContextHandler context) {
    context.setErrorHandler(new JsonErrorHandler());
  }
}
