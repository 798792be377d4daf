package io.compliancescorecard.examples;

import io.compliancescorecard.mock.MockServerOptions;
import io.compliancescorecard.sdk.ComplianceScorecardClient;
import io.compliancescorecard.sdk.model.Client;
import io.compliancescorecard.sdk.model.Policy;
import io.compliancescorecard.sdk.model.PolicyStatus;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An integrator's own code, the subject of the JUnit example ({@code PolicyComplianceCheckTest}):
 * which of a company's clients still have policies that are not published?
 */
public final class PolicyComplianceCheck {

  private final ComplianceScorecardClient api;

  /** A check that reads through {@code api}. */
  public PolicyComplianceCheck(ComplianceScorecardClient api) {
    this.api = api;
  }

  /** Prints the unpublished policies of your own company's clients. */
  public static void main(String[] args) {
    try (ApiConnection connection =
            ApiConnection.fromEnvironmentOrExit(MockServerOptions.defaults());
        ComplianceScorecardClient client = connection.client()) {
      String companyId = client.auth().currentUser().getCompany().getId();
      new PolicyComplianceCheck(client)
          .unpublishedPolicies(companyId)
          .forEach((name, titles) -> System.out.println(name + ": " + String.join(", ", titles)));
    }
  }

  /**
   * The titles of each client's policies that are not published, by client name; clients whose
   * policies are all published are left out.
   *
   * @throws io.compliancescorecard.sdk.error.NotFoundException when the company is not yours
   */
  public Map<String, List<String>> unpublishedPolicies(String companyId) {
    Map<String, List<String>> unpublished = new TreeMap<>();
    for (Client client : api.clients(companyId).list()) {
      List<String> titles =
          api.policies(companyId, client.getId()).list().stream()
              .filter(policy -> policy.getStatus() != PolicyStatus.PUBLISHED)
              .map(Policy::getTitle)
              .sorted()
              .collect(Collectors.toList());
      if (!titles.isEmpty()) {
        unpublished.put(client.getName(), titles);
      }
    }
    return unpublished;
  }
}
