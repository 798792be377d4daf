package io.compliancescorecard.examples;

import io.compliancescorecard.mock.MockServerOptions;
import io.compliancescorecard.sdk.ComplianceScorecardClient;
import io.compliancescorecard.sdk.auth.TokenProvider;
import io.compliancescorecard.sdk.error.ApiException;
import io.compliancescorecard.sdk.model.Client;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Example: a service that polls the API for hours with Auth0 client credentials. The SDK renews the
 * token ahead of its expiry, so no request meets an expired one; this service only logs each
 * renewal and any refused token (never the token itself). Against the mock server started here
 * tokens live 30 seconds, so renewals show within a minute. Stop it with Ctrl-C.
 */
public final class LongRunningService {

  /**
   * What a run did.
   *
   * @param polls polls made
   * @param failures polls that failed
   * @param tokens distinct tokens the service used
   * @param rejectedTokens tokens the API refused (401) and the SDK replaced: zero when renewal
   *     comes in time
   */
  public record Summary(int polls, int failures, int tokens, int rejectedTokens) {}

  private LongRunningService() {}

  /** Polls every 5 seconds until stopped. */
  public static void main(String[] args) throws InterruptedException {
    MockServerOptions shortTokens =
        MockServerOptions.builder().tokenLifetime(Duration.ofSeconds(30)).build();
    try (ApiConnection api = ApiConnection.fromEnvironmentOrExit(shortTokens)) {
      PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
      run(api, Duration.ofSeconds(5), Integer.MAX_VALUE, out);
    }
  }

  /** Polls the client list of your company {@code polls} times, {@code interval} apart. */
  public static Summary run(ApiConnection api, Duration interval, int polls, PrintWriter out)
      throws InterruptedException {
    RenewalLog tokens = new RenewalLog(api.tokenProvider(), out);
    int failures = 0;
    try (ComplianceScorecardClient client = api.clientBuilder().tokenProvider(tokens).build()) {
      String companyId = client.auth().currentUser().getCompany().getId();
      for (int poll = 1; poll <= polls; poll++) {
        try {
          List<Client> clients = client.clients(companyId).list();
          out.println("poll " + poll + ": " + clients.size() + " clients");
        } catch (ApiException e) {
          // A service keeps going: the next poll may well succeed.
          failures++;
          out.println("poll " + poll + " failed: " + e.getMessage());
        }
        if (poll < polls) {
          Thread.sleep(interval.toMillis());
        }
      }
      return new Summary(polls, failures, tokens.renewals.get(), tokens.rejections.get());
    }
  }

  /** Hands out the SDK's tokens and logs when a new one is first used, without printing it. */
  private static final class RenewalLog implements TokenProvider {
    private final TokenProvider delegate;
    private final PrintWriter out;
    private final AtomicInteger renewals = new AtomicInteger();
    private final AtomicInteger rejections = new AtomicInteger();
    private String last;

    RenewalLog(TokenProvider delegate, PrintWriter out) {
      this.delegate = delegate;
      this.out = out;
    }

    @Override
    public synchronized String token() {
      String token = delegate.token();
      if (!Objects.equals(token, last)) {
        last = token;
        out.println("using access token #" + renewals.incrementAndGet());
      }
      return token;
    }

    @Override
    public void invalidate(String token) {
      out.println(
          "the API refused access token #" + renewals.get() + "; the SDK fetches a new one");
      rejections.incrementAndGet();
      delegate.invalidate(token);
    }
  }
}
