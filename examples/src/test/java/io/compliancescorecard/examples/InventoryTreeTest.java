package io.compliancescorecard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.compliancescorecard.sdk.ComplianceScorecardClient;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryTreeTest {

  @Test
  void printsEachCompanyWithItsClientsAndTheirPoliciesAndAssessments() {
    StringWriter text = new StringWriter();
    try (ComplianceScorecardClient client = SharedMock.connection().client()) {
      InventoryTree.print(client, new PrintWriter(text, true));

      List<String> lines = text.toString().lines().toList();
      assertThat(lines).first().isEqualTo("Example MSP (company123)");
      assertThat(lines)
          .containsSubsequence(
              "Example MSP (company123)",
              "├── Globex Corporation (client456, ACTIVE)",
              "│   ├── policy: Information Security Policy [published]",
              "│   └── assessment: Q1 2025 Security Assessment [in_progress, score 78.2]");
      long roots =
          lines.stream()
              .filter(
                  line ->
                      !line.startsWith(" ")
                          && !line.startsWith("│")
                          && !line.startsWith("├")
                          && !line.startsWith("└"))
              .count();
      assertThat(roots).isEqualTo(client.companies().list().size());
    }
  }
}
