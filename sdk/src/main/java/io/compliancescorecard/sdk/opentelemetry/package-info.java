/**
 * OpenTelemetry tracing and metrics for the SDK's calls, through its {@link
 * io.compliancescorecard.sdk.observation.CallObserver} hook. Optional: it needs {@code
 * io.opentelemetry:opentelemetry-api} on the class path, which the SDK does not bring; without it
 * nothing here is loaded.
 *
 * <pre>{@code
 * ComplianceScorecardClient client = ComplianceScorecardClient.builder()
 *     .observer(OpenTelemetryObserver.create(openTelemetry))
 *     .build();
 * }</pre>
 */
package io.compliancescorecard.sdk.opentelemetry;
