package example.consumer;

import io.compliancescorecard.sdk.ComplianceScorecardClient;
import io.compliancescorecard.sdk.auth.Auth0TokenProvider;

/**
 * Prints the company of the mock server's client-credentials user: {@code Main BASE_URL CLIENT_ID}.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // The secret comes from the environment, as it would in production; never from the command
    // line.
    String secret = System.getenv("CSC_CLIENT_SECRET");
    try (ComplianceScorecardClient client =
        ComplianceScorecardClient.builder()
            .baseUrl(args[0])
            .tokenProvider(
                Auth0TokenProvider.clientCredentials(args[0], args[1], secret, args[0]).build())
            .build()) {
      System.out.println(
          "module "
              + ComplianceScorecardClient.class.getModule().getName()
              + " answered: company "
              + client.auth().currentUser().getCompany().getId());
    }
  }
}
