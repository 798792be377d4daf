/**
 * A hook into what each call does, for tracing, metrics and logging from outside the SDK: install a
 * {@link io.compliancescorecard.sdk.observation.CallObserver} on the client builder and it is told
 * when a call starts, before each attempt, before each wait, when a token is fetched anew, and when
 * the call ends. {@code io.compliancescorecard.sdk.opentelemetry} is one such observer.
 */
package io.compliancescorecard.sdk.observation;
