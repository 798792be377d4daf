package io.compliancescorecard.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.compliancescorecard.mock.internal.spec.ApiSpec;
import io.compliancescorecard.mock.internal.webhooks.DeliverySignature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The mock's signer against the spec's published test vector, which the SDK's verifier is tested
 * against too.
 */
class DeliverySignatureTest {

  @Test
  void signsTheSpecsTestVectorToItsHeader() throws IOException {
    JsonNode vector;
    try (InputStream spec = getClass().getClassLoader().getResourceAsStream(ApiSpec.RESOURCE)) {
      vector = new YAMLMapper().readTree(spec).get("x-webhook-signature-test-vector");
    }
    byte[] body = vector.get("body").asText().getBytes(StandardCharsets.UTF_8);

    String header =
        DeliverySignature.header(
            vector.get("secret").asText(), vector.get("timestamp").asLong(), body);

    assertThat(header).isEqualTo(vector.get("header").asText());
  }
}
