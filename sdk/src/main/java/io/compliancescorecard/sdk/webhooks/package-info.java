/**
 * Webhook deliveries: {@link io.compliancescorecard.sdk.webhooks.WebhookSigner} signs them, {@link
 * io.compliancescorecard.sdk.webhooks.WebhookVerifier} verifies and parses them into a {@link
 * io.compliancescorecard.sdk.webhooks.WebhookEvent}.
 *
 * <p>The signature scheme is the toolkit's own (the API reference defines none): {@code
 * X-Scorecard-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">}.
 */
package io.compliancescorecard.sdk.webhooks;
