package io.compliancescorecard.mock.internal.auth;

import java.time.Instant;
import java.util.Set;

/**
 * Who a verified token speaks for.
 *
 * @param tokenId the token's {@code jti}: the key of its rate-limit budget and of its revocation
 * @param userId the user's id ({@code sub})
 * @param role the user's role
 * @param companyId the user's company
 * @param permissions the effective permissions (role plus direct grants)
 * @param expiresAt when the token expires
 */
public record Principal(
    String tokenId,
    String userId,
    Role role,
    String companyId,
    Set<String> permissions,
    Instant expiresAt) {

  /** Whether the token grants {@code permission}. */
  public boolean can(String permission) {
    return permissions.contains(permission);
  }

  /** Whether the user may see {@code companyId}'s resources. */
  public boolean sees(String companyId) {
    return role == Role.SUPER_ADMIN || this.companyId.equals(companyId);
  }
}
