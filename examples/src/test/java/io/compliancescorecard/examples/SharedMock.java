package io.compliancescorecard.examples;

import io.compliancescorecard.mock.MockServer;
import io.compliancescorecard.mock.MockServerOptions;

/**
 * One default mock server for the test classes that need no special options; stopped when the JVM
 * exits.
 */
final class SharedMock {

  private static MockServer server;

  private SharedMock() {}

  static synchronized MockServer server() {
    if (server == null) {
      MockServer started = new MockServer(MockServerOptions.defaults()).start();
      Runtime.getRuntime().addShutdownHook(new Thread(started::close, "shared-mock-stop"));
      server = started;
    }
    return server;
  }

  static ApiConnection connection() {
    return ApiConnection.to(server());
  }
}
