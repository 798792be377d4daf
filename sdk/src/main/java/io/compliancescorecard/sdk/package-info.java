/**
 * The Compliance Scorecard Java SDK: start with {@link
 * io.compliancescorecard.sdk.ComplianceScorecardClient}.
 */
package io.compliancescorecard.sdk;
