package io.compliancescorecard.mock.internal.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpecOperationTest {

  private static final SpecOperation CLIENT =
      new SpecOperation(
          "GET",
          "/api/v3/companies/{companyId}/clients/{clientId}",
          "getClient",
          null,
          "general",
          false);

  @Test
  void matchesATemplateAndDecodesItsParametersInOrder() {
    assertThat(CLIENT.match("/api/v3/companies/company123/clients/client%20123"))
        .containsExactly(Map.entry("companyId", "company123"), Map.entry("clientId", "client 123"));
  }

  @Test
  void anEncodedSlashStaysInsideItsSegment() {
    assertThat(CLIENT.match("/api/v3/companies/a%2Fb/clients/c")).containsEntry("companyId", "a/b");
  }

  @Test
  void aTemplateWithoutParametersMatchesOnlyItself() {
    SpecOperation user =
        new SpecOperation("GET", "/api/v3/auth/user", "getUser", null, "general", false);
    assertThat(user.match("/api/v3/auth/user")).isEmpty();
    assertThat(user.match("/api/v3/auth/users")).isNull();
    assertThat(user.match("/api/v3/auth/use")).isNull();
    assertThat(user.match("/api/v3/auth/user/")).isNull();
    assertThat(user.match("/api/v3/auth")).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v3/companies/company123/clients/",
        "/api/v3/companies//clients/client123",
        "/api/v3/companies/company123/clients",
        "/api/v3/companies/company123/clients/client123/",
        "/api/v3/companies/company123/clients/client123/policies",
        "/api/v3/companies/company123/client/client123",
        "/api/v4/companies/company123/clients/client123",
        "api/v3/companies/company123/clients/client123",
        ""
      })
  void refusesPathsOfAnotherShapeOrWithAnEmptyParameter(String path) {
    assertThat(CLIENT.match(path)).isNull();
  }
}
