package io.compliancescorecard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.compliancescorecard.sdk.ComplianceScorecardClient;
import io.compliancescorecard.sdk.model.Client;
import io.compliancescorecard.sdk.model.Policy;
import io.compliancescorecard.sdk.model.PolicyStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class OnboardingTest {

  @Test
  void createsTheClientAndItsFirstPoliciesAndReadsThemBack() {
    StringWriter text = new StringWriter();
    try (ComplianceScorecardClient client = SharedMock.connection().client()) {
      Onboarding.Onboarded onboarded =
          Onboarding.onboard(
              client, "company123", "Initech Onboarding", "job-1", new PrintWriter(text, true));

      assertThat(onboarded.client().getName()).isEqualTo("Initech Onboarding");
      assertThat(onboarded.policies())
          .extracting(Policy::getTitle)
          .containsExactlyInAnyOrderElementsOf(Onboarding.FIRST_POLICIES);
      assertThat(onboarded.policies())
          .extracting(Policy::getStatus)
          .containsOnly(PolicyStatus.DRAFT);
      // Independently of the example: the API now lists the client and its policies.
      assertThat(client.clients("company123").list())
          .extracting(Client::getId)
          .contains(onboarded.client().getId());
      assertThat(client.policies("company123", onboarded.client().getId()).list())
          .hasSize(Onboarding.FIRST_POLICIES.size());
      assertThat(text.toString()).contains("read back Initech Onboarding with 3 policies:");
    }
  }

  @Test
  void runningTheSameJobAgainCreatesNothingTwice() {
    try (ComplianceScorecardClient client = SharedMock.connection().client()) {
      PrintWriter quiet = new PrintWriter(new StringWriter(), true);
      Onboarding.Onboarded first =
          Onboarding.onboard(client, "company123", "Globex Onboarding", "job-2", quiet);
      Onboarding.Onboarded again =
          Onboarding.onboard(client, "company123", "Globex Onboarding", "job-2", quiet);
      Onboarding.Onboarded otherJob =
          Onboarding.onboard(client, "company123", "Globex Onboarding", "job-3", quiet);

      assertThat(again.client().getId()).isEqualTo(first.client().getId());
      assertThat(again.policies())
          .extracting(Policy::getId)
          .containsExactlyInAnyOrderElementsOf(
              first.policies().stream().map(Policy::getId).toList());
      assertThat(otherJob.client().getId()).isNotEqualTo(first.client().getId());
      assertThat(client.clients("company123").list())
          .extracting(Client::getName)
          .filteredOn("Globex Onboarding"::equals)
          .hasSize(2);
    }
  }
}
