package io.compliancescorecard.sdk.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Signs webhook deliveries with the toolkit's own scheme (the API reference defines none).
 *
 * <p>The header {@value #HEADER} carries {@code t=<unix seconds>,v1=<hex>}, where {@code <hex>} is
 * the HMAC-SHA256 of {@code "<t>.<raw body bytes>"} keyed with the shared secret (UTF-8). While a
 * secret is rotated, a signer built with several secrets emits one {@code v1} value per secret, so
 * receivers that know either secret accept the delivery. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * WebhookSigner signer = new WebhookSigner("whsec_...");
 * request.header(WebhookSigner.HEADER, signer.signatureHeader(body, Instant.now()));
 * }</pre>
 *
 * @see WebhookVerifier
 */
public final class WebhookSigner {

  /** The name of the signature header. */
  public static final String HEADER = "X-Scorecard-Signature";

  private final List<String> secrets;

  /**
   * A signer for one secret, plus any number of further secrets while the secret is rotated.
   *
   * @param secret the shared secret; not empty
   * @param moreSecrets further secrets, each producing one more {@code v1} value
   */
  public WebhookSigner(String secret, String... moreSecrets) {
    List<String> all = new ArrayList<>();
    all.add(SignatureScheme.requireSecret(secret));
    for (String more : moreSecrets) {
      all.add(SignatureScheme.requireSecret(more));
    }
    this.secrets = Collections.unmodifiableList(all);
  }

  /**
   * The {@value #HEADER} value for {@code body} sent at {@code timestamp}.
   *
   * @param body the exact bytes of the request body
   * @param timestamp when the delivery is sent; truncated to whole seconds
   * @return {@code t=<seconds>,v1=<hex>[,v1=<hex>...]}
   */
  public String signatureHeader(byte[] body, Instant timestamp) {
    Objects.requireNonNull(body, "body");
    long seconds = timestamp.getEpochSecond();
    StringBuilder header =
        new StringBuilder(SignatureScheme.TIMESTAMP_KEY).append('=').append(seconds);
    for (String secret : secrets) {
      header
          .append(',')
          .append(SignatureScheme.V1_KEY)
          .append('=')
          .append(SignatureScheme.v1(secret, seconds, body));
    }
    return header.toString();
  }

  /**
   * The {@value #HEADER} value for a UTF-8 {@code body} sent at {@code timestamp}.
   *
   * @param body the request body, sent as UTF-8
   * @param timestamp when the delivery is sent; truncated to whole seconds
   * @return {@code t=<seconds>,v1=<hex>[,v1=<hex>...]}
   */
  public String signatureHeader(String body, Instant timestamp) {
    return signatureHeader(body.getBytes(StandardCharsets.UTF_8), timestamp);
  }

  /**
   * A valid header for {@code body} signed now with {@code secret}: a test helper for code that
   * receives webhooks (like Stripe's {@code generateTestHeaderString}).
   *
   * @param body the request body, as UTF-8
   * @param secret the shared secret
   * @return a header that {@link WebhookVerifier} accepts for the next five minutes
   */
  public static String generateTestHeader(String body, String secret) {
    return new WebhookSigner(secret).signatureHeader(body, Instant.now());
  }

  @Override
  public String toString() {
    return "WebhookSigner{secrets=" + secrets.size() + "}";
  }
}
