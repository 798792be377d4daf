package io.compliancescorecard.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.compliancescorecard.mock.junit.MockServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MockServerExtensionTest {

  @RegisterExtension static final MockServerExtension MOCK = new MockServerExtension();

  @Test
  void givesTheBaseUrlAReadyTokenAndTheServerAsAParameter(MockServer server) {
    assertThat(server.isRunning()).isTrue();
    assertThat(MOCK.baseUrl()).isEqualTo(server.baseUrl()).startsWith("http://127.0.0.1:");
    Reply me = new TestClient(MOCK.baseUrl()).get("/api/v3/auth/user", MOCK.token());
    assertThat(me.data().get("name").asText()).isEqualTo("John Doe");
    Reply jane =
        new TestClient(MOCK.baseUrl()).get("/api/v3/auth/user", MOCK.token(SeededUsers.JANE_SMITH));
    assertThat(jane.data().get("id").asText()).isEqualTo("user123");
  }
}
