package io.compliancescorecard.examples;

import io.compliancescorecard.mock.MockServerOptions;
import io.compliancescorecard.sdk.ComplianceScorecardClient;
import io.compliancescorecard.sdk.model.AssessmentEvent;
import io.compliancescorecard.sdk.model.Client;
import io.compliancescorecard.sdk.model.Company;
import io.compliancescorecard.sdk.model.Policy;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Example: every company you can see, its clients, and each client's policies and assessment
 * events, printed as a tree.
 *
 * <pre>
 * Example MSP (company123)
 * ├── Globex Corporation (client456, ACTIVE)
 * │   ├── policy: Information Security Policy [published]
 * │   └── assessment: Q1 2025 Security Assessment [in_progress, score 78.2]
 * └── Soylent Corp (client3002, INACTIVE)
 * </pre>
 */
public final class InventoryTree {

  private InventoryTree() {}

  /** Prints the tree of the API in the environment (or of a mock server started here). */
  public static void main(String[] args) {
    try (ApiConnection api = ApiConnection.fromEnvironmentOrExit(MockServerOptions.defaults());
        ComplianceScorecardClient client = api.client()) {
      PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
      print(client, out);
      out.flush();
    }
  }

  /** Writes the tree to {@code out}. */
  public static void print(ComplianceScorecardClient client, PrintWriter out) {
    for (Company company : client.companies().list()) {
      out.println(company.getName() + " (" + company.getId() + ")");
      List<Client> clients = client.clients(company.getId()).list();
      for (int i = 0; i < clients.size(); i++) {
        Client c = clients.get(i);
        boolean lastClient = i == clients.size() - 1;
        out.println(
            branch(lastClient) + c.getName() + " (" + c.getId() + ", " + c.getStatus() + ")");
        List<String> leaves = new ArrayList<>();
        for (Policy policy : client.policies(company.getId(), c.getId()).list()) {
          leaves.add("policy: " + policy.getTitle() + " [" + policy.getStatus() + "]");
        }
        for (AssessmentEvent event : client.assessments(company.getId(), c.getId()).events()) {
          leaves.add(
              "assessment: "
                  + event.getName()
                  + " ["
                  + event.getStatus()
                  + (event.getScore() == null ? "" : ", score " + event.getScore())
                  + "]");
        }
        String indent = lastClient ? "    " : "│   ";
        for (int j = 0; j < leaves.size(); j++) {
          out.println(indent + branch(j == leaves.size() - 1) + leaves.get(j));
        }
      }
    }
  }

  private static String branch(boolean last) {
    return last ? "└── " : "├── ";
  }
}
