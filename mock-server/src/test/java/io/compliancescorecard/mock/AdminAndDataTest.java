package io.compliancescorecard.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminAndDataTest {

  @Test
  void resetRestoresTheSeedAndForgetsIdempotencyKeys() {
    MockServer mock = SharedMock.get();
    TestClient api = SharedMock.client();
    String token = mock.tokenFor(SeededUsers.MARY_MAJOR);
    String clients = "/api/v3/companies/comp123/clients";
    Reply created =
        api.post(clients, token, "{\"name\":\"Gone After Reset\"}", "Idempotency-Key", "reset-key");
    assertThat(api.get(clients + "?search=Gone%20After", token).data()).hasSize(1);

    Reply reset = api.post("/_mock/reset", null, null);

    assertThat(reset.status()).isEqualTo(200);
    assertThat(api.get(clients + "?search=Gone%20After", token).data()).isEmpty();
    assertThat(api.get("/api/v3/companies/comp123", token).data().get("client_count").asInt())
        .isEqualTo(25);
    Reply again =
        api.post(clients, token, "{\"name\":\"Gone After Reset\"}", "Idempotency-Key", "reset-key");
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.header("Idempotent-Replayed")).isNull();
    assertThat(created.status()).isEqualTo(201);
  }

  @Test
  void adminMintsTokensForSeededUsersById() {
    TestClient api = SharedMock.client();
    Reply minted = api.post("/_mock/tokens", null, "{\"user\":\"user123\"}");
    assertThat(minted.status()).isEqualTo(200);
    String token = minted.json().get("access_token").asText();
    assertThat(api.get("/api/v3/auth/user", token).data().get("name").asText())
        .isEqualTo("Jane Smith");
    assertThat(api.post("/_mock/tokens", null, "{\"user\":\"nobody\"}").status()).isEqualTo(422);
  }

  @Test
  void anotherDataFileCanBeServed(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("data.json");
    Files.writeString(
        data,
        """
        {"companies": [{"id": "acme", "name": "Acme MSP"}],
         "users": [{"id": "u1", "name": "Ann Admin", "email": "ann@acme.test", "role": "msp_admin",
                    "company_id": "acme", "status": "Active", "created_at": "2025-01-01T00:00:00Z"}],
         "categories": [], "global_assessment_templates": [],
         "clients": [{"client": {"id": "c1", "company_id": "acme", "name": "Only Client", "status": "ACTIVE",
                                 "created_at": "2025-01-01T00:00:00Z"}}]}
        """);
    try (MockServer custom =
        new MockServer(MockServerOptions.builder().dataFile(data).build()).start()) {
      TestClient api = new TestClient(custom.baseUrl());
      String token =
          api.send(
                  "POST",
                  "/oauth/token",
                  null,
                  "{\"grant_type\":\"password\",\"client_id\":\"mock-client\",\"username\":\"ann@acme.test\",\"password\":\"mock-password\"}")
              .json()
              .get("access_token")
              .asText();
      assertThat(api.get("/api/v3/companies/acme/clients", token).data()).hasSize(1);
      api.post("/api/v3/companies/acme/clients", token, "{\"name\":\"Second\"}");
      api.post("/_mock/reset", null, null);
      assertThat(api.get("/api/v3/companies/acme/clients", token).data()).hasSize(1);
    }
  }

  @Test
  void anInvalidDataFileIsRefusedAtStartWithItsReason(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("broken.json");
    Files.writeString(data, "{\"companies\": [], \"users\": [], \"clients\": [], \"surprise\": 1}");
    assertThatThrownBy(
            () -> new MockServer(MockServerOptions.builder().dataFile(data).build()).start())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("surprise");
    assertThatThrownBy(
            () ->
                new MockServer(
                        MockServerOptions.builder().dataFile(dir.resolve("missing.json")).build())
                    .start())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing.json");
  }
}
