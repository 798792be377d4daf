package io.compliancescorecard.sdk.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Verifies the {@value WebhookSigner#HEADER} header of a webhook delivery and parses its body.
 *
 * <p>A delivery is accepted when its timestamp {@code t} is within the tolerance of the clock
 * (default {@link #DEFAULT_TOLERANCE}, both directions) and any of its {@code v1} values equals the
 * HMAC-SHA256 of {@code "<t>.<raw body>"} under any configured secret. Signatures are compared in
 * constant time. Verify the raw bytes as received: re-serialised JSON does not match. Instances are
 * immutable and thread-safe.
 *
 * <pre>{@code
 * WebhookVerifier verifier = new WebhookVerifier(secret);
 * WebhookEvent event = verifier.constructEvent(rawBody, request.getHeader(WebhookSigner.HEADER));
 * }</pre>
 */
public final class WebhookVerifier {

  /** How far a delivery's timestamp may be from now unless configured otherwise: five minutes. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  private final List<String> secrets;
  private final Duration tolerance;
  private final Clock clock;

  /**
   * A verifier with one secret, the default tolerance and the system clock.
   *
   * @param secret the shared secret
   */
  public WebhookVerifier(String secret) {
    this(Collections.singletonList(secret), DEFAULT_TOLERANCE, Clock.systemUTC());
  }

  /**
   * A verifier accepting signatures made with any of {@code secrets} (for a secret rotated on the
   * receiving side).
   *
   * @param secrets the accepted secrets; at least one, none empty
   * @param tolerance how far a delivery's timestamp may be from {@code clock}'s now
   * @param clock the source of now; inject a fixed clock in tests
   */
  public WebhookVerifier(Collection<String> secrets, Duration tolerance, Clock clock) {
    if (secrets.isEmpty()) {
      throw new IllegalArgumentException("at least one webhook secret is required");
    }
    List<String> copy = new ArrayList<>();
    for (String secret : secrets) {
      copy.add(SignatureScheme.requireSecret(secret));
    }
    if (tolerance.isNegative()) {
      throw new IllegalArgumentException("tolerance must not be negative");
    }
    this.secrets = Collections.unmodifiableList(copy);
    this.tolerance = tolerance;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Checks the signature of a delivery.
   *
   * @param body the raw request body as received
   * @param signatureHeader the value of {@value WebhookSigner#HEADER}, may be null
   * @throws SignatureVerificationException if the delivery must be rejected
   */
  public void verify(byte[] body, String signatureHeader) {
    SignatureHeader header = SignatureHeader.parse(signatureHeader);
    if (!matchesAnySecret(header, body)) {
      throw new SignatureVerificationException(
          "no " + SignatureScheme.V1_KEY + " signature matches the body and a known secret");
    }
    long ageSeconds = clock.instant().getEpochSecond() - header.timestamp();
    if (Math.abs(ageSeconds) > tolerance.getSeconds()) {
      throw new SignatureVerificationException(
          "timestamp "
              + header.timestamp()
              + " is "
              + Math.abs(ageSeconds)
              + " s "
              + (ageSeconds > 0 ? "old" : "in the future")
              + ", beyond the tolerance of "
              + tolerance.getSeconds()
              + " s");
    }
  }

  /**
   * Checks the signature of a UTF-8 delivery.
   *
   * @param body the request body as received
   * @param signatureHeader the value of {@value WebhookSigner#HEADER}, may be null
   * @throws SignatureVerificationException if the delivery must be rejected
   */
  public void verify(String body, String signatureHeader) {
    verify(body.getBytes(StandardCharsets.UTF_8), signatureHeader);
  }

  /**
   * Verifies a delivery, then parses it into a typed event.
   *
   * @param body the raw request body as received
   * @param signatureHeader the value of {@value WebhookSigner#HEADER}
   * @return the event; a {@link GenericWebhook} for event types this SDK does not know
   * @throws SignatureVerificationException if the signature is rejected
   * @throws WebhookException if the body is not a webhook event
   */
  public WebhookEvent constructEvent(byte[] body, String signatureHeader) {
    verify(body, signatureHeader);
    return WebhookEventParser.parse(body);
  }

  /**
   * Verifies a UTF-8 delivery, then parses it into a typed event.
   *
   * @param body the request body as received
   * @param signatureHeader the value of {@value WebhookSigner#HEADER}
   * @return the event; a {@link GenericWebhook} for event types this SDK does not know
   * @throws SignatureVerificationException if the signature is rejected
   * @throws WebhookException if the body is not a webhook event
   */
  public WebhookEvent constructEvent(String body, String signatureHeader) {
    return constructEvent(body.getBytes(StandardCharsets.UTF_8), signatureHeader);
  }

  @Override
  public String toString() {
    return "WebhookVerifier{secrets=" + secrets.size() + ", tolerance=" + tolerance + "}";
  }

  private boolean matchesAnySecret(SignatureHeader header, byte[] body) {
    boolean matched = false;
    for (String secret : secrets) {
      byte[] expected =
          SignatureScheme.v1(secret, header.timestamp(), body).getBytes(StandardCharsets.US_ASCII);
      for (String candidate : header.v1Signatures()) {
        // No early exit: the time taken must not depend on which value matched.
        matched |= MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII));
      }
    }
    return matched;
  }
}
