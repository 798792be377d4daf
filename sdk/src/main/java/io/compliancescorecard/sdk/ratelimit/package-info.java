/** Rate-limit snapshots: what the server said about each budget, readable by callers. */
package io.compliancescorecard.sdk.ratelimit;
