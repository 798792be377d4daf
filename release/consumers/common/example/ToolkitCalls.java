package example;

import io.compliancescorecard.mock.MockServer;
import io.compliancescorecard.mock.junit.MockServerExtension;
import io.compliancescorecard.sdk.ComplianceScorecardClient;
import io.compliancescorecard.sdk.auth.Auth0TokenProvider;
import io.compliancescorecard.sdk.error.NotFoundException;
import io.compliancescorecard.sdk.model.Client;
import io.compliancescorecard.sdk.model.CurrentUser;
import java.util.List;

/**
 * What every consumer project checks: the SDK, with Auth0 client credentials, against the mock
 * server.
 */
final class ToolkitCalls {

  private ToolkitCalls() {}

  static void sdkTalksToTheMockServer(MockServerExtension mock) {
    try (ComplianceScorecardClient client =
        ComplianceScorecardClient.builder()
            .baseUrl(mock.baseUrl())
            .tokenProvider(
                Auth0TokenProvider.clientCredentials(
                        mock.baseUrl(),
                        MockServer.CLIENT_ID,
                        MockServer.CLIENT_SECRET,
                        mock.baseUrl())
                    .build())
            .build()) {
      CurrentUser me = client.auth().currentUser();
      check(
          "company123".equals(me.getCompany().getId()),
          "the mock's client credentials act as company123, not " + me);
      List<Client> clients = client.clients("company123").list();
      check(!clients.isEmpty(), "company123 has seeded clients");
      try {
        client.clients("no-such-company").list();
        throw new AssertionError("another company's clients must be a 404");
      } catch (NotFoundException expected) {
        // The SDK's typed exception, through the consumer's own Jackson and OkHttp.
      }
    }
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError(what);
    }
  }
}
