package io.compliancescorecard.mock;

/**
 * One default-options server for the test classes that need nothing special, started on first use and
 * stopped when the test JVM exits: a start costs more than most tests. Tests using it create their own
 * rows and never assume they are alone.
 */
final class SharedMock {

  private static MockServer server;

  private SharedMock() {}

  static synchronized MockServer get() {
    if (server == null) {
      server = new MockServer(MockServerOptions.defaults()).start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }
    return server;
  }

  static TestClient client() {
    return new TestClient(get().baseUrl());
  }
}
