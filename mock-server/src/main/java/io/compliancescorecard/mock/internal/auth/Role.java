package io.compliancescorecard.mock.internal.auth;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The roles of the spec's role -> permission matrix ({@code info.description}, "Roles and
 * permissions"). A user's effective permissions are the role's plus the user's direct grants.
 */
public enum Role {
  /** Sees and manages every company. */
  SUPER_ADMIN(
      "super_admin",
      "1SA0SA0SA",
      "Super Administrator",
      Set.of(
          "view_users",
          "view_companies",
          "view_clients",
          "manage_clients",
          "view_policies",
          "manage_policies",
          "view_assessments",
          "view_integrations",
          "manage_integrations")),
  /** Manages their own MSP company and its clients. */
  MSP_ADMIN(
      "msp_admin",
      "8QM9M7QM3",
      "MSP Administrator",
      Set.of(
          "view_users",
          "view_companies",
          "view_clients",
          "manage_clients",
          "view_policies",
          "manage_policies",
          "view_assessments",
          "view_integrations",
          "manage_integrations")),
  /** Reads their own company's data. */
  COMPANY_USER(
      "company_user",
      "3CU3CU3CU",
      "Company User",
      Set.of("view_companies", "view_clients", "view_policies", "view_assessments"));

  private final String apiName;
  private final String id;
  private final String displayName;
  private final Set<String> permissions;

  Role(String apiName, String id, String displayName, Set<String> permissions) {
    this.apiName = apiName;
    this.id = id;
    this.displayName = displayName;
    this.permissions = permissions;
  }

  /** The role as the API names it, for example {@code msp_admin}. */
  public String apiName() {
    return apiName;
  }

  /** The role's id as the profile shows it. */
  public String id() {
    return id;
  }

  /** The human-readable name. */
  public String displayName() {
    return displayName;
  }

  /** The permissions the role grants. */
  public Set<String> permissions() {
    return permissions;
  }

  /** The role with API name {@code name}. */
  public static Optional<Role> byApiName(String name) {
    return Arrays.stream(values()).filter(r -> r.apiName.equals(name)).findFirst();
  }
}
