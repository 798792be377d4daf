package io.compliancescorecard.mock;

/**
 * The two ways the mock serves a request, which must answer alike: its own servlet filter while no
 * chaos rule is set, and WireMock's request handling once one is (here a rule that matches no
 * request).
 */
enum ServingPath {
  FAST_PATH,
  WIREMOCK;

  MockServer server() {
    return this == FAST_PATH ? SharedMock.get() : SharedMock.withChaosRule();
  }

  TestClient client() {
    return new TestClient(server().baseUrl());
  }
}
