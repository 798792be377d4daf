package io.compliancescorecard.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The environments, defined once here (the CLI asks this enum), are the spec's {@code servers}. */
class EnvironmentTest {

  @Test
  void environmentsAreTheSpecsServersInItsOrder() {
    List<String> servers = new ArrayList<>();
    for (JsonNode server : TheSpec.tree().path("servers")) {
      servers.add(server.path("url").asText() + "/");
    }

    assertThat(Stream.of(Environment.values()).map(Environment::baseUrl))
        .containsExactlyElementsOf(servers);
  }
}
