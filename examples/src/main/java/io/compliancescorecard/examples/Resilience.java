package io.compliancescorecard.examples;

import io.compliancescorecard.mock.MockServerOptions;
import io.compliancescorecard.mock.chaos.ChaosFault;
import io.compliancescorecard.mock.chaos.ChaosRule;
import io.compliancescorecard.sdk.ComplianceScorecardClient;
import io.compliancescorecard.sdk.ratelimit.RateLimit;
import io.compliancescorecard.sdk.ratelimit.RateLimitCategory;
import io.compliancescorecard.sdk.retry.RetryPolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * Example: calls that succeed through injected faults and a tight rate limit. The SDK retries the
 * 500s and reset connections of a GET with backoff, waits out a 429 until the window resets, and
 * keeps the last {@code X-RateLimit-*} headers as a snapshot. A network interceptor logs every
 * attempt to show it.
 *
 * <p>Without {@code CSC_BASE_URL} the mock server started here answers 30% of company reads with
 * 500, resets 10% of their connections, and allows 20 API requests a second.
 */
public final class Resilience {

  /** The chaos and rate limit of the mock server this example starts. */
  public static final MockServerOptions FLAKY_MOCK =
      MockServerOptions.builder()
          .chaos(new ChaosRule(Pattern.compile("/api/v3/companies"), 0.3, Duration.ZERO, 500, null))
          .chaos(
              new ChaosRule(
                  Pattern.compile("/api/v3/companies"),
                  0.1,
                  Duration.ZERO,
                  null,
                  ChaosFault.CONNECTION_RESET_BY_PEER))
          .rateLimit("general", 20, Duration.ofSeconds(1))
          .build();

  /**
   * What the calls went through.
   *
   * @param calls calls made, all successful
   * @param attempts HTTP attempts they took
   * @param statuses how many attempts got each status
   * @param connectionFailures attempts that got no response
   * @param snapshot the general rate-limit snapshot after the last call
   */
  public record Outcome(
      int calls,
      int attempts,
      Map<Integer, Integer> statuses,
      int connectionFailures,
      Optional<RateLimit> snapshot) {}

  private Resilience() {}

  /** Makes 30 calls and prints what each attempt met. */
  public static void main(String[] args) {
    try (ApiConnection api = ApiConnection.fromEnvironmentOrExit(FLAKY_MOCK)) {
      PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
      run(api, 30, out);
    }
  }

  /** Lists the companies {@code calls} times; an exception means the retries were not enough. */
  public static Outcome run(ApiConnection api, int calls, PrintWriter out) {
    AttemptLog attempts = new AttemptLog(out);
    try (ComplianceScorecardClient client =
        api.clientBuilder()
            .httpClient(new OkHttpClient.Builder().addNetworkInterceptor(attempts).build())
            .retryPolicy(RetryPolicy.of(10, Duration.ofMillis(20), Duration.ofMillis(200)))
            .maxRateLimitWait(Duration.ofSeconds(5))
            .build()) {
      for (int call = 1; call <= calls; call++) {
        out.println("call " + call + ": " + client.companies().list().size() + " companies");
      }
      Optional<RateLimit> snapshot = client.rateLimit(RateLimitCategory.GENERAL);
      snapshot.ifPresent(
          limit ->
              out.println(
                  "rate limit: "
                      + limit.remaining()
                      + " of "
                      + limit.limit()
                      + " requests left until "
                      + limit.resetAt()));
      out.println(
          calls
              + " calls took "
              + attempts.total.get()
              + " attempts: "
              + attempts.statuses
              + ", connection failures: "
              + attempts.failures.get());
      return new Outcome(
          calls,
          attempts.total.get(),
          Map.copyOf(attempts.statuses),
          attempts.failures.get(),
          snapshot);
    }
  }

  /**
   * Sees every attempt on the wire, retries included (the SDK's retries run above network
   * interceptors).
   */
  private static final class AttemptLog implements Interceptor {
    private final PrintWriter out;
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final Map<Integer, Integer> statuses = new TreeMap<>();

    AttemptLog(PrintWriter out) {
      this.out = out;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
      int attempt = total.incrementAndGet();
      try {
        Response response = chain.proceed(chain.request());
        synchronized (statuses) {
          statuses.merge(response.code(), 1, Integer::sum);
        }
        if (response.code() != 200) {
          out.println(
              "  attempt " + attempt + ": HTTP " + response.code() + ", the SDK will retry");
        }
        return response;
      } catch (IOException e) {
        failures.incrementAndGet();
        out.println(
            "  attempt " + attempt + ": " + e.getClass().getSimpleName() + ", the SDK will retry");
        throw e;
      }
    }
  }
}
