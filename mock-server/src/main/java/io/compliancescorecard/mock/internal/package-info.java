/**
 * Not public API: the mock server's engine, handlers, store, servlet filters and their helpers.
 * Anything here may change in any release; use {@link io.compliancescorecard.mock.MockServer},
 * {@link io.compliancescorecard.mock.MockServerOptions}, {@link
 * io.compliancescorecard.mock.SeededUsers}, {@link
 * io.compliancescorecard.mock.junit.MockServerExtension} and {@link
 * io.compliancescorecard.mock.MockServerCommand} instead.
 */
package io.compliancescorecard.mock.internal;
