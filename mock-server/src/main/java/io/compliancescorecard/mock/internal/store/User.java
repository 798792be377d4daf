package io.compliancescorecard.mock.internal.store;

import java.util.List;

/**
 * A user who can log in to the mock (password grant: the email and {@code mock-password}).
 *
 * @param role the role's name ({@code super_admin}, {@code msp_admin} or {@code company_user})
 * @param permissions the permissions granted directly, beyond the role's (may be null)
 * @param currentClientId the client the user works on, or null
 */
public record User(
    String id,
    String name,
    String email,
    String role,
    String companyId,
    String status,
    String createdAt,
    List<String> permissions,
    String currentClientId) {

  /** The direct grants, never null. */
  public List<String> directPermissions() {
    return permissions == null ? List.of() : permissions;
  }
}
