package io.compliancescorecard.mock.server;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.servlet.ServletContextHandler;

/** WireMock's Jetty 11 server with {@link JsonErrorHandler} on the server and both of its contexts. Internal. */
public final class JsonErrorsJettyServer extends Jetty11HttpServer {

  /** The factory WireMock is configured with. */
  public static final HttpServerFactory FACTORY = JsonErrorsJettyServer::new;

  private JsonErrorsJettyServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
    super(options, admin, stubs);
  }

  @Override
  protected void applyAdditionalServerConfiguration(Server server, Options options) {
    super.applyAdditionalServerConfiguration(server, options);
    server.setErrorHandler(new JsonErrorHandler());
  }

  @Override
  protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
    context.setErrorHandler(new JsonErrorHandler());
  }

  @Override
  protected void decorateAdminServiceContextAfterConfig(ServletContextHandler context) {
    context.setErrorHandler(new JsonErrorHandler());
  }
}
