package io.compliancescorecard.mock.junit;

import io.compliancescorecard.mock.MockServer;
import io.compliancescorecard.mock.MockServerOptions;
import io.compliancescorecard.mock.SeededUsers;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link MockServer} for a JUnit 5 test class (a {@code static} field: one server for the
 * class) or for each test (an instance field), and hands tests its base URL and ready tokens. A
 * test method or constructor may also take the {@link MockServer} as a parameter.
 *
 * <pre>{@code
 * @RegisterExtension
 * static MockServerExtension mock = new MockServerExtension();
 *
 * @Test
 * void listsClients() {
 *   String url = mock.baseUrl() + "/api/v3/companies/company123/clients";
 *   String token = mock.token(SeededUsers.JOHN_DOE);
 *   ...
 * }
 * }</pre>
 */
public final class MockServerExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {

  private final MockServerOptions options;
  private MockServer server;
  private boolean perTest;

  /** A server with the default options (free port, packaged seed). */
  public MockServerExtension() {
    this(MockServerOptions.defaults());
  }

  /**
   * A server with {@code options}.
   *
   * @param options how the server runs
   */
  public MockServerExtension(MockServerOptions options) {
    this.options = options;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server = new MockServer(options).start();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (server == null) {
      perTest = true;
      server = new MockServer(options).start();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (perTest) {
      stop();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == MockServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return server();
  }

  /**
   * @return the running server
   */
  public MockServer server() {
    if (server == null) {
      throw new IllegalStateException("the mock server runs only while a test of its class runs");
    }
    return server;
  }

  /**
   * @return the server's base URL, without a trailing slash
   */
  public String baseUrl() {
    return server().baseUrl();
  }

  /**
   * @param userIdOrEmail a seeded user's id or email (see {@link SeededUsers})
   * @return a fresh token for that user
   */
  public String token(String userIdOrEmail) {
    return server().tokenFor(userIdOrEmail);
  }

  /**
   * A token for John Doe, msp_admin of {@code company123}: the client-credentials application's
   * user.
   *
   * @return a fresh token for {@link SeededUsers#JOHN_DOE}
   */
  public String token() {
    return token(SeededUsers.JOHN_DOE);
  }

  private void stop() {
    if (server != null) {
      server.close();
      server = null;
    }
  }
}
