package io.compliancescorecard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class QuickstartTest {

  @Test
  void greetsTheUserAndReportsTheRefusedCreateAndTheMissingCompany() {
    ApiConnection api = SharedMock.connection();
    StringWriter text = new StringWriter();

    Quickstart.run(
        api.baseUrl(),
        api.auth0Domain(),
        api.clientId(),
        api.clientSecret(),
        new PrintWriter(text, true));

    assertThat(text.toString().lines())
        .containsExactly(
            "Hello John Doe of Example MSP",
            "invalid name: [The name must be at least 1 character.]",
            "not found (or another tenant's): HTTP 404 NOT_FOUND: Resource not found. [GET /api/v3/companies/no-such-company/clients]");
  }
}
