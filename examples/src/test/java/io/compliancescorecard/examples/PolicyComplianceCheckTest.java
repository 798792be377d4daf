package io.compliancescorecard.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.compliancescorecard.mock.SeededUsers;
import io.compliancescorecard.mock.junit.MockServerExtension;
import io.compliancescorecard.sdk.ComplianceScorecardClient;
import io.compliancescorecard.sdk.error.NotFoundException;
import io.compliancescorecard.sdk.model.PolicyCreateRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JUnit 5 example: an integrator tests their own code against the mock server's extension. */
class PolicyComplianceCheckTest {

  // region junit-extension
  @RegisterExtension static MockServerExtension mock = new MockServerExtension();

  ComplianceScorecardClient api;

  @BeforeEach
  void connect() {
    mock.server().reset();
    api =
        ComplianceScorecardClient.builder()
            .baseUrl(mock.baseUrl())
            .token(mock.token(SeededUsers.JOHN_DOE))
            .build();
  }

  // endregion junit-extension

  @AfterEach
  void close() {
    api.close();
  }

  @Test
  void flagsADraftPolicyButNotAPublishedOne() {
    api.policies("company123", "client456")
        .create(new PolicyCreateRequest().title("Backup Policy"));

    var unpublished = new PolicyComplianceCheck(api).unpublishedPolicies("company123");

    assertThat(unpublished.get("Globex Corporation"))
        .contains("Backup Policy")
        .doesNotContain("Information Security Policy");
  }

  @Test
  void anotherTenantsCompanyIsNotFound() {
    assertThatThrownBy(() -> new PolicyComplianceCheck(api).unpublishedPolicies("comp456"))
        .isInstanceOf(NotFoundException.class);
  }
}
