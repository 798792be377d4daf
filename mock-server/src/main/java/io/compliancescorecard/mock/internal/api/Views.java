package io.compliancescorecard.mock.internal.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.compliancescorecard.mock.internal.auth.Role;
import io.compliancescorecard.mock.internal.auth.TokenService;
import io.compliancescorecard.mock.internal.http.Json;
import io.compliancescorecard.mock.internal.store.ApiKey;
import io.compliancescorecard.mock.internal.store.AssessmentEvent;
import io.compliancescorecard.mock.internal.store.AssessmentTemplate;
import io.compliancescorecard.mock.internal.store.Client;
import io.compliancescorecard.mock.internal.store.Company;
import io.compliancescorecard.mock.internal.store.DataStore;
import io.compliancescorecard.mock.internal.store.Policy;
import io.compliancescorecard.mock.internal.store.User;

/**
 * The JSON each stored row shows as, in the shapes of the API reference. Optional fields the
 * reference leaves out are left out when empty; fields it shows as {@code null} ({@code
 * completed_at}, {@code last_sync}) are written as null. Secrets of API keys are never written.
 */
final class Views {

  private final DataStore store;

  Views(DataStore store) {
    this.store = store;
  }

  /**
   * The profile: the role with its id, the company with its subscription status, the direct grants.
   */
  ObjectNode currentUser(User user) {
    ObjectNode node = userWithRole(user, true);
    ObjectNode company = node.putObject("company");
    company.put("id", user.companyId());
    store
        .company(user.companyId())
        .ifPresent(
            c -> {
              company.put("name", c.name());
              putIfSet(company, "subscription_status", c.subscriptionStatus());
            });
    user.directPermissions().forEach(node.putArray("permissions")::add);
    node.put("current_client_id", user.currentClientId());
    return node;
  }

  /** A row of the users list: role and company by name only. */
  ObjectNode user(User user) {
    ObjectNode node = userWithRole(user, false);
    ObjectNode company = node.putObject("company");
    company.put("id", user.companyId());
    company.put(
        "name", store.company(user.companyId()).map(Company::name).orElse(user.companyId()));
    node.put("status", user.status());
    node.put("created_at", user.createdAt());
    return node;
  }

  private static ObjectNode userWithRole(User user, boolean roleId) {
    Role role = TokenService.roleOf(user);
    ObjectNode node = Json.object();
    node.put("id", user.id());
    node.put("name", user.name());
    node.put("email", user.email());
    ObjectNode roleNode = node.putObject("role");
    if (roleId) {
      roleNode.put("id", role.id());
    }
    roleNode.put("name", role.apiName());
    roleNode.put("display_name", role.displayName());
    return node;
  }

  ObjectNode company(Company company) {
    ObjectNode node = Json.object();
    node.put("id", company.id());
    node.put("name", company.name());
    putIfSet(node, "email", company.email());
    putIfSet(node, "subscription_status", company.subscriptionStatus());
    putIfSet(node, "subscription_package", company.subscriptionPackage());
    node.put("client_count", store.clientsOf(company.id()).size());
    node.put("user_count", store.userCount(company.id()));
    putIfSet(node, "created_at", company.createdAt());
    node.put("subscription_cycle_end_date", company.subscriptionCycleEndDate());
    return node;
  }

  ObjectNode client(Client client) {
    int[] counts = store.clientCounts(client.id());
    ObjectNode node = Json.object();
    node.put("id", client.id());
    node.put("name", client.name());
    node.put("status", client.status());
    putIfSet(node, "city", client.city());
    putIfSet(node, "state", client.state());
    putIfSet(node, "country", client.country());
    putIfSet(node, "email_delivery_settings", client.emailDeliverySettings());
    putIfSet(node, "industry", client.industry());
    if (client.employeeCount() != null) {
      node.put("employee_count", client.employeeCount());
    }
    node.put("policy_count", counts[0]);
    node.put("assessment_count", counts[1]);
    node.put("created_at", client.createdAt());
    return node;
  }

  ObjectNode policy(Policy policy) {
    ObjectNode node = Json.object();
    node.put("id", policy.id());
    node.put("title", policy.title());
    putIfSet(node, "description", policy.description());
    if (policy.categoryId() != null) {
      ObjectNode category = node.putObject("category");
      category.put("id", policy.categoryId());
      category.put(
          "name",
          store.category(policy.categoryId()).map(c -> c.name()).orElse(policy.categoryId()));
    }
    node.put("status", policy.status());
    if (policy.ownerId() != null) {
      ObjectNode owner = node.putObject("owner");
      owner.put("id", policy.ownerId());
      owner.put("name", store.user(policy.ownerId()).map(User::name).orElse(policy.ownerId()));
    }
    node.put("current_version", policy.currentVersion());
    node.put("last_updated", policy.lastUpdated());
    node.put("adoption_rate", policy.adoptionRate());
    putIfSet(node, "policy_type", policy.policyType());
    putIfSet(node, "notes", policy.notes());
    return node;
  }

  ObjectNode assessmentEvent(String clientId, AssessmentEvent event) {
    ObjectNode node = Json.object();
    node.put("id", event.id());
    node.put("name", event.name());
    ObjectNode template = node.putObject("template");
    template.put("id", event.templateId());
    template.put(
        "name",
        store
            .template(clientId, event.templateId())
            .map(AssessmentTemplate::name)
            .orElse(event.templateId()));
    node.put("status", event.status());
    if (event.completionPercentage() != null) {
      node.put("completion_percentage", event.completionPercentage());
    }
    node.put("score", event.score());
    node.put("started_at", event.startedAt());
    node.put("completed_at", event.completedAt());
    putIfSet(node, "version", event.version());
    return node;
  }

  ObjectNode assessmentTemplate(AssessmentTemplate template) {
    ObjectNode node = Json.object();
    node.put("id", template.id());
    node.put("name", template.name());
    putIfSet(node, "description", template.description());
    putIfSet(node, "category", template.category());
    node.put("global", template.global());
    putIfSet(node, "version", template.version());
    if (template.questionCount() != null) {
      node.put("question_count", template.questionCount());
    }
    putIfSet(node, "created_at", template.createdAt());
    return node;
  }

  ObjectNode apiKey(ApiKey key) {
    ObjectNode node = Json.object();
    node.put("id", key.id());
    node.put("type", key.type());
    node.put("name", key.name());
    node.put("status", key.status());
    putIfSet(node, "server_url", key.serverUrl());
    putIfSet(node, "client_id", key.clientId());
    node.put("last_sync", key.lastSync());
    node.put("created_at", key.createdAt());
    return node;
  }

  private static void putIfSet(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }
}
