package io.compliancescorecard.sdk.webhooks;

/**
 * The {@value WebhookSigner#HEADER} header is missing, malformed, outside the timestamp tolerance,
 * or carries no {@code v1} signature made with a known secret. Answer such a delivery with 400 and
 * ignore it.
 */
public final class SignatureVerificationException extends WebhookException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message why verification failed; never contains a secret or an expected signature
   */
  public SignatureVerificationException(String message) {
    super(message);
  }
}
