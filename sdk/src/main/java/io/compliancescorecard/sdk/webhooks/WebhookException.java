package io.compliancescorecard.sdk.webhooks;

/**
 * A webhook delivery that cannot be accepted: its body is not a webhook event, or its signature
 * fails.
 */
public class WebhookException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what is wrong with the delivery; never contains a secret
   */
  public WebhookException(String message) {
    super(message);
  }

  /**
   * @param message what is wrong with the delivery; never contains a secret
   * @param cause the parse failure behind it
   */
  public WebhookException(String message, Throwable cause) {
    super(message, cause);
  }
}
