/**
 * Paginated lists: one {@link io.compliancescorecard.sdk.pagination.Page} at a time, or every item
 * through an {@link io.compliancescorecard.sdk.pagination.AutoPager}.
 */
package io.compliancescorecard.sdk.pagination;
