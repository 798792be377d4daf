package io.compliancescorecard.mock.internal.spec;

/**
 * One event of the spec's {@code x-webhooks}: the request the API sends to subscribers.
 *
 * @param event the event's name, for example {@code policy.created}
 * @param payloadSchema the component schema of its body, for example {@code PolicyWebhookEvent}
 */
public record SpecWebhook(String event, String payloadSchema) {}
