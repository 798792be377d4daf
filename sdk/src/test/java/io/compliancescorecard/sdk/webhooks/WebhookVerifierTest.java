package io.compliancescorecard.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.compliancescorecard.sdk.TheSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookVerifierTest {

  private static final String SECRET = "whsec_current";
  private static final String OLD_SECRET = "whsec_previous";
  private static final Instant NOW = Instant.parse("2025-02-20T15:30:00Z");
  private static final String BODY =
      "{\"event\":\"policy.published\",\"timestamp\":\"2025-02-20T15:30:00Z\",\"data\":{\"policy_id\":\"policy123\","
          + "\"title\":\"Updated Security Policy\",\"client_id\":\"client456\",\"version\":\"2.1\",\"published_by\":\"user789\"}}";

  private final WebhookVerifier verifier = verifierAt(NOW, SECRET);

  private static WebhookVerifier verifierAt(Instant now, String... secrets) {
    return new WebhookVerifier(
        List.of(secrets), WebhookVerifier.DEFAULT_TOLERANCE, Clock.fixed(now, ZoneOffset.UTC));
  }

  @Test
  void acceptsADeliverySignedWithTheSharedSecret() {
    String header = new WebhookSigner(SECRET).signatureHeader(BODY, NOW);

    WebhookEvent event = verifier.constructEvent(BODY, header);

    assertThat(event).isInstanceOf(PolicyWebhook.class);
    assertThat(((PolicyWebhook) event).data().getPublishedBy()).isEqualTo("user789");
  }

  @Test
  void headerHasTheDocumentedShapeAndAKnownVector() {
    String header =
        new WebhookSigner("secret").signatureHeader("{}", Instant.ofEpochSecond(1740065400));

    // printf '1740065400.{}' | openssl dgst -sha256 -hmac secret
    assertThat(header)
        .isEqualTo(
            "t=1740065400,v1=81eb6e2c04056fc5acbac42a499b86d447afac944b9c51257a0c142ab7745cd7");
  }

  /** The mock server signs with code of its own, tested against the same vector. */
  @Test
  void acceptsTheSpecsTestVectorAndSignsItToTheSameHeader() {
    JsonNode vector = TheSpec.tree().get("x-webhook-signature-test-vector");
    String secret = vector.get("secret").asText();
    String body = vector.get("body").asText();
    Instant signedAt = Instant.ofEpochSecond(vector.get("timestamp").asLong());
    String header = vector.get("header").asText();

    WebhookEvent event = verifierAt(signedAt, secret).constructEvent(body, header);

    assertThat(event.type()).isEqualTo("policy.published");
    assertThat(new WebhookSigner(secret).signatureHeader(body, signedAt)).isEqualTo(header);
    assertThatThrownBy(
            () -> verifierAt(signedAt, secret).verify(body.replace("2.1", "2.2"), header))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void rejectsATamperedBody() {
    String header = new WebhookSigner(SECRET).signatureHeader(BODY, NOW);

    assertThatThrownBy(() -> verifier.verify(BODY.replace("2.1", "9.9"), header))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("no v1 signature matches");
  }

  @Test
  void rejectsATamperedTimestamp() {
    String header =
        new WebhookSigner(SECRET)
            .signatureHeader(BODY, NOW)
            .replace("t=" + NOW.getEpochSecond(), "t=" + (NOW.getEpochSecond() + 1));

    assertThatThrownBy(() -> verifier.verify(BODY, header))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void rejectsAWrongSecretWithoutRevealingEitherSecretOrTheExpectedSignature() {
    String header = new WebhookSigner("whsec_attacker").signatureHeader(BODY, NOW);
    String expected = new WebhookSigner(SECRET).signatureHeader(BODY, NOW).split("v1=")[1];

    assertThatThrownBy(() -> verifier.verify(BODY, header))
        .isInstanceOf(SignatureVerificationException.class)
        .message()
        .doesNotContain(SECRET, "whsec_attacker", expected);
  }

  @Test
  void rejectsADeliveryOlderThanTheTolerance() {
    String header =
        new WebhookSigner(SECRET)
            .signatureHeader(BODY, NOW.minus(Duration.ofMinutes(5)).minusSeconds(1));

    assertThatThrownBy(() -> verifier.verify(BODY, header))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("301 s old");
  }

  @Test
  void acceptsADeliveryExactlyAtTheToleranceAndHonoursACustomTolerance() {
    String fiveMinutesOld =
        new WebhookSigner(SECRET).signatureHeader(BODY, NOW.minus(Duration.ofMinutes(5)));
    verifier.verify(BODY, fiveMinutesOld);

    WebhookVerifier strict =
        new WebhookVerifier(
            List.of(SECRET), Duration.ofSeconds(10), Clock.fixed(NOW, ZoneOffset.UTC));
    assertThatThrownBy(() -> strict.verify(BODY, fiveMinutesOld))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void rejectsADeliveryFromTooFarInTheFuture() {
    String header =
        new WebhookSigner(SECRET).signatureHeader(BODY, NOW.plus(Duration.ofMinutes(6)));

    assertThatThrownBy(() -> verifier.verify(BODY, header))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("in the future");
  }

  @Test
  void acceptsAnyOfSeveralV1ValuesWhileTheSenderRotatesItsSecret() {
    String rotating = new WebhookSigner(OLD_SECRET, SECRET).signatureHeader(BODY, NOW);
    assertThat(rotating.split(",")).hasSize(3);

    verifierAt(NOW, SECRET).verify(BODY, rotating);
    verifierAt(NOW, OLD_SECRET).verify(BODY, rotating);
    assertThatThrownBy(() -> verifierAt(NOW, "whsec_other").verify(BODY, rotating))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void acceptsEitherSecretWhileTheReceiverRotatesItsSecret() {
    WebhookVerifier both = verifierAt(NOW, SECRET, OLD_SECRET);

    both.verify(BODY, new WebhookSigner(OLD_SECRET).signatureHeader(BODY, NOW));
    both.verify(BODY, new WebhookSigner(SECRET).signatureHeader(BODY, NOW));
  }

  @Test
  void rejectsMissingAndMalformedHeaders() {
    assertThatThrownBy(() -> verifier.verify(BODY, null))
        .hasMessageContaining("missing X-Scorecard-Signature");
    assertThatThrownBy(() -> verifier.verify(BODY, ""))
        .isInstanceOf(SignatureVerificationException.class);
    assertThatThrownBy(() -> verifier.verify(BODY, "v1=abc")).hasMessageContaining("no timestamp");
    assertThatThrownBy(() -> verifier.verify(BODY, "t=1740065400"))
        .hasMessageContaining("no v1 signature");
    assertThatThrownBy(() -> verifier.verify(BODY, "t=soon,v1=abc"))
        .hasMessageContaining("not a number");
    assertThatThrownBy(() -> verifier.verify(BODY, "garbage")).hasMessageContaining("malformed");
  }

  @Test
  void ignoresUnknownSchemesBesideV1() {
    String header = "v0=deadbeef," + new WebhookSigner(SECRET).signatureHeader(BODY, NOW);

    verifier.verify(BODY, header);
  }

  @Test
  void generatedTestHeaderVerifiesAgainstTheSystemClock() {
    String header = WebhookSigner.generateTestHeader(BODY, SECRET);

    assertThat(new WebhookVerifier(SECRET).constructEvent(BODY, header).type())
        .isEqualTo("policy.published");
  }

  @Test
  void refusesEmptySecretsAndKeepsThemOutOfToString() {
    assertThatThrownBy(() -> new WebhookSigner("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WebhookVerifier(List.of(), Duration.ZERO, Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new WebhookSigner(SECRET).toString()).doesNotContain(SECRET);
    assertThat(verifier.toString()).doesNotContain(SECRET);
  }
}
