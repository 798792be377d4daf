package io.compliancescorecard.examples;

import io.compliancescorecard.mock.MockServerOptions;
import io.compliancescorecard.sdk.ClientListParams;
import io.compliancescorecard.sdk.ComplianceScorecardClient;
import io.compliancescorecard.sdk.PoliciesResource;
import io.compliancescorecard.sdk.model.Client;
import io.compliancescorecard.sdk.model.ClientCreateRequest;
import io.compliancescorecard.sdk.model.Policy;
import io.compliancescorecard.sdk.model.PolicyCreateRequest;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Example: onboard a new client of your MSP with its first policies, then read both back from the API.
 * Usage: {@code Onboarding [client name]}.
 */
public final class Onboarding {

  /** The policies every new client starts with. */
  public static final List<String> FIRST_POLICIES =
      List.of("Access Control Policy", "Incident Response Policy", "Acceptable Use Policy");

  /**
   * What the API holds after onboarding.
   *
   * @param client the client, as listed by the API
   * @param policies its policies, as listed by the API
   */
  public record Onboarded(Client client, List<Policy> policies) {}

  private Onboarding() {}

  /** Onboards a client named by the first argument (default "Initech") into your own company. */
  public static void main(String[] args) {
    String name = args.length > 0 ? args[0] : "Initech";
    try (ApiConnection api = ApiConnection.fromEnvironmentOrExit(MockServerOptions.defaults());
        ComplianceScorecardClient client = api.client()) {
      PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
      String companyId = client.auth().currentUser().getCompany().getId();
      onboard(client, companyId, name, out);
      out.flush();
    }
  }

  /** Creates the client and its {@link #FIRST_POLICIES} in {@code companyId}, then reads them back. */
  public static Onboarded onboard(ComplianceScorecardClient client, String companyId, String clientName,
      PrintWriter out) {
    Client created = client.clients(companyId).create(new ClientCreateRequest().name(clientName).country("US"));
    out.println("created client " + created.getName() + " (" + created.getId() + ")");
    PoliciesResource policies = client.policies(companyId, created.getId());
    for (String title : FIRST_POLICIES) {
      Policy policy = policies.create(new PolicyCreateRequest().title(title).policyType("operational"));
      out.println("created policy " + policy.getTitle() + " (" + policy.getId() + ", " + policy.getStatus() + ")");
    }

    Client readBack = client.clients(companyId).list(new ClientListParams().search(clientName)).stream()
        .filter(c -> c.getId().equals(created.getId()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("client " + created.getId() + " is not listed after its creation"));
    List<Policy> readPolicies = policies.list();
    out.println("read back " + readBack.getName() + " with " + readPolicies.size() + " policies:");
    readPolicies.forEach(p -> out.println("  " + p.getTitle() + " [" + p.getStatus() + "]"));
    return new Onboarded(readBack, readPolicies);
  }
}
