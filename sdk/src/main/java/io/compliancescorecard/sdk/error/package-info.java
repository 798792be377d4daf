/**
 * The SDK's unchecked exceptions, one per kind of failure, all extending {@link
 * io.compliancescorecard.sdk.error.ApiException}.
 */
package io.compliancescorecard.sdk.error;
