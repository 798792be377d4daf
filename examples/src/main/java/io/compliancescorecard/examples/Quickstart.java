package io.compliancescorecard.examples;

import io.compliancescorecard.mock.MockServerOptions;
import io.compliancescorecard.sdk.ComplianceScorecardClient;
import io.compliancescorecard.sdk.auth.Auth0TokenProvider;
import io.compliancescorecard.sdk.error.ApiException;
import io.compliancescorecard.sdk.error.NotFoundException;
import io.compliancescorecard.sdk.error.ValidationException;
import io.compliancescorecard.sdk.model.ClientCreateRequest;
import io.compliancescorecard.sdk.model.CurrentUser;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The README's SDK quickstart: build a client with Auth0 client credentials, make one call, handle
 * errors.
 */
public final class Quickstart {

  private Quickstart() {}

  /** Runs the quickstart against the API in the environment, or a mock server started here. */
  public static void main(String[] args) {
    try (ApiConnection api = ApiConnection.fromEnvironmentOrExit(MockServerOptions.defaults())) {
      PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
      run(api.baseUrl(), api.auth0Domain(), api.clientId(), api.clientSecret(), out);
    }
  }

  /** Greets the logged-in user, then shows how a refused create and a missing company surface. */
  public static void run(
      String baseUrl, String auth0Domain, String clientId, String clientSecret, PrintWriter out) {
    // region quickstart
    try (ComplianceScorecardClient client =
        ComplianceScorecardClient.builder()
            .baseUrl(baseUrl)
            .tokenProvider(
                Auth0TokenProvider.clientCredentials(auth0Domain, clientId, clientSecret, baseUrl)
                    .build())
            .build()) {
      CurrentUser me = client.auth().currentUser();
      out.println("Hello " + me.getName() + " of " + me.getCompany().getName());

      try {
        client.clients(me.getCompany().getId()).create(new ClientCreateRequest().name(""));
      } catch (ValidationException e) {
        e.fieldErrors()
            .forEach((field, messages) -> out.println("invalid " + field + ": " + messages));
      }
      try {
        client.clients("no-such-company").list();
      } catch (NotFoundException e) {
        out.println("not found (or another tenant's): " + e.getMessage());
      } catch (ApiException e) {
        out.println(e.status() + " " + e.errorCode().orElse("?") + ": " + e.getMessage());
      }
    }
    // endregion quickstart
  }
}
