package io.compliancescorecard.mock.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.compliancescorecard.mock.MockServerOptions;
import io.compliancescorecard.mock.internal.http.Json;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start rehearses a client's first calls (docs/startup.md): if a change to the API or the seed
 * broke one of them, the rehearsal would stop warming the path silently, and only the start-up
 * benchmark would show it.
 */
class RehearsalTest {

  @Test
  void everyRehearsedCallIsAnsweredWithThePackagedSeed() {
    try (MockEngine engine = new MockEngine(MockServerOptions.defaults())) {
      assertThat(engine.rehearseFirstCalls()).isTrue();
    }
  }

  @Test
  void dataWithoutTheClientCredentialsUserLeavesThePathColdWithoutFailingTheStart(@TempDir Path dir)
      throws Exception {
    ObjectNode seed;
    try (InputStream in = MockEngine.class.getResourceAsStream("/mock/seed.json")) {
      seed = (ObjectNode) Json.MAPPER.readTree(in);
    }
    ArrayNode users = (ArrayNode) seed.get("users");
    for (int i = users.size() - 1; i >= 0; i--) {
      if ("abc123".equals(users.get(i).path("id").asText())) {
        users.remove(i);
      }
    }
    Path data = Files.write(dir.resolve("data.json"), Json.MAPPER.writeValueAsBytes(seed));

    try (MockEngine engine = new MockEngine(MockServerOptions.builder().dataFile(data).build())) {
      assertThat(engine.rehearseFirstCalls()).isFalse();
      assertThat(engine.tokenFor("jane@example.com")).isNotBlank();
    }
  }
}
