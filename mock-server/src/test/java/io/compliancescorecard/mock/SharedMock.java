package io.compliancescorecard.mock;

import io.compliancescorecard.mock.chaos.ChaosRule;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * One default-options server for the test classes that need nothing special, started on first use
 * and stopped when the test JVM exits: a start costs more than most tests. Tests using it create
 * their own rows and never assume they are alone.
 */
final class SharedMock {

  private static MockServer server;
  private static MockServer withChaosRule;

  private SharedMock() {}

  static synchronized MockServer get() {
    if (server == null) {
      server = new MockServer(MockServerOptions.defaults()).start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }
    return server;
  }

  /**
   * A second default server with a chaos rule in force that matches no request: WireMock serves it.
   */
  static synchronized MockServer withChaosRule() {
    if (withChaosRule == null) {
      ChaosRule inert =
          new ChaosRule(
              Pattern.compile("^/no-request-goes-here$"), 1.0, Duration.ofMillis(1), null, null);
      withChaosRule = new MockServer(MockServerOptions.builder().chaos(inert).build()).start();
      Runtime.getRuntime().addShutdownHook(new Thread(withChaosRule::close));
    }
    return withChaosRule;
  }

  static TestClient client() {
    return new TestClient(get().baseUrl());
  }
}
