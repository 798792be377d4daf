/**
 * Where bearer tokens come from: {@link io.compliancescorecard.sdk.auth.TokenProvider} and its
 * built-ins.
 */
package io.compliancescorecard.sdk.auth;
