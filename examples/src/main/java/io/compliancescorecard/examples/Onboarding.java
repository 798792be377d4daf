package io.compliancescorecard.examples;

import io.compliancescorecard.mock.MockServerOptions;
import io.compliancescorecard.sdk.ClientListParams;
import io.compliancescorecard.sdk.ComplianceScorecardClient;
import io.compliancescorecard.sdk.PoliciesResource;
import io.compliancescorecard.sdk.RequestOptions;
import io.compliancescorecard.sdk.model.Client;
import io.compliancescorecard.sdk.model.ClientCreateRequest;
import io.compliancescorecard.sdk.model.Policy;
import io.compliancescorecard.sdk.model.PolicyCreateRequest;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Example: onboard a new client of your MSP with its first policies, then read both back from the
 * API. Every create carries an idempotency key made from the job's id, so a job that died half-way
 * can be run again with the same id: what was created is replayed, not created twice. Usage: {@code
 * Onboarding [client name] [job id]}.
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

  /**
   * Onboards a client named by the first argument (default "Initech") into your own company, as the
   * job named by the second (default: a new one).
   */
  public static void main(String[] args) {
    String name = args.length > 0 ? args[0] : "Initech";
    String jobId = args.length > 1 ? args[1] : UUID.randomUUID().toString();
    try (ApiConnection api = ApiConnection.fromEnvironmentOrExit(MockServerOptions.defaults());
        ComplianceScorecardClient client = api.client()) {
      PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
      String companyId = client.auth().currentUser().getCompany().getId();
      out.println("job " + jobId);
      onboard(client, companyId, name, jobId, out);
      out.flush();
    }
  }

  /**
   * Creates the client and its {@link #FIRST_POLICIES} in {@code companyId}, then reads them back.
   * Run again with the same {@code jobId}, it creates nothing new.
   */
  public static Onboarded onboard(
      ComplianceScorecardClient client,
      String companyId,
      String clientName,
      String jobId,
      PrintWriter out) {
    Client created =
        client
            .clients(companyId)
            .create(
                new ClientCreateRequest().name(clientName).country("US"), step(jobId, "client"));
    out.println("created client " + created.getName() + " (" + created.getId() + ")");
    PoliciesResource policies = client.policies(companyId, created.getId());
    for (String title : FIRST_POLICIES) {
      Policy policy =
          policies.create(
              new PolicyCreateRequest().title(title).policyType("operational"),
              step(jobId, "policy " + title));
      out.println(
          "created policy "
              + policy.getTitle()
              + " ("
              + policy.getId()
              + ", "
              + policy.getStatus()
              + ")");
    }

    Client readBack =
        client.clients(companyId).list(new ClientListParams().search(clientName)).stream()
            .filter(c -> c.getId().equals(created.getId()))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "client " + created.getId() + " is not listed after its creation"));
    List<Policy> readPolicies = policies.list();
    out.println("read back " + readBack.getName() + " with " + readPolicies.size() + " policies:");
    readPolicies.forEach(p -> out.println("  " + p.getTitle() + " [" + p.getStatus() + "]"));
    return new Onboarded(readBack, readPolicies);
  }

  /** One create of the job: its key is the same each time the job runs. */
  private static RequestOptions step(String jobId, String step) {
    return RequestOptions.builder().idempotencyKey("onboarding " + jobId + ": " + step).build();
  }
}
