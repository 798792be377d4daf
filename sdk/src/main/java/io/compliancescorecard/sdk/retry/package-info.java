/**
 * Retry configuration; the rules of what is safe to retry are documented on {@link
 * io.compliancescorecard.sdk.retry.RetryPolicy}.
 */
package io.compliancescorecard.sdk.retry;
