package io.compliancescorecard.sdk.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.compliancescorecard.sdk.auth.TokenProvider;
import io.compliancescorecard.sdk.error.RateLimitException;
import io.compliancescorecard.sdk.ratelimit.RateLimit;
import io.compliancescorecard.sdk.ratelimit.RateLimitCategory;
import io.compliancescorecard.sdk.retry.RetryPolicy;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each interceptor in a bare OkHttpClient, without the rest of the SDK. */
class InterceptorsAloneTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
          .build();

  private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final Waiter waiter = new Waiter(waits::add, null);
  private final AtomicInteger renewals = new AtomicInteger();

  private static HttpUrl url(String path) {
    return HttpUrl.get("http://127.0.0.1:" + server.getPort() + path);
  }

  private static Response call(Interceptor interceptor, Request request) throws IOException {
    OkHttpClient client =
        new OkHttpClient.Builder()
            .retryOnConnectionFailure(false)
            .addInterceptor(interceptor)
            .build();
    try (Response response = client.newCall(request).execute()) {
      return response;
    }
  }

  private static Request get(String path) {
    return new Request.Builder().url(url(path)).build();
  }

  private static Request post(String path) {
    return new Request.Builder()
        .url(url(path))
        .post(RequestBody.create("{}", MediaType.get("application/json")))
        .build();
  }

  @Test
  void throttlingWaitsForTheResetWhenTheBudgetIsSpent() throws IOException {
    RateLimitTracker tracker = new RateLimitTracker();
    tracker.record(new RateLimit(RateLimitCategory.GENERAL, 1000, 0, NOW.plusSeconds(7)));
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withHeader("X-RateLimit-Limit", "1000")
                    .withHeader("X-RateLimit-Remaining", "999")
                    .withHeader(
                        "X-RateLimit-Reset",
                        String.valueOf(NOW.plusSeconds(3600).getEpochSecond()))));

    call(
        new RateLimitInterceptor(tracker, true, Duration.ofSeconds(60), CLOCK, waiter),
        get("/api/v3/companies"));

    assertThat(waits).containsExactly(Duration.ofSeconds(7));
    assertThat(tracker.latest(RateLimitCategory.GENERAL)).map(RateLimit::remaining).contains(999);
  }

  @Test
  void throttlingFailsWithoutSendingWhenTheResetIsTooFar() {
    RateLimitTracker tracker = new RateLimitTracker();
    tracker.record(new RateLimit(RateLimitCategory.AUTHENTICATION, 100, 0, NOW.plusSeconds(900)));

    assertThatThrownBy(
            () ->
                call(
                    new RateLimitInterceptor(tracker, true, Duration.ofSeconds(60), CLOCK, waiter),
                    get("/api/v3/auth/user")))
        .isInstanceOfSatisfying(
            RateLimitException.class,
            e -> {
              assertThat(e.resetAt()).contains(NOW.plusSeconds(900));
              assertThat(e.status()).isEqualTo(429);
            })
        .hasMessageContaining("not sent");
    server.verify(0, anyRequestedFor(anyUrl()));
    assertThat(waits).isEmpty();
  }

  @Test
  void withoutThrottlingASpentBudgetOnlyGetsRecorded() throws IOException {
    RateLimitTracker tracker = new RateLimitTracker();
    tracker.record(new RateLimit(RateLimitCategory.GENERAL, 1000, 0, NOW.plusSeconds(7)));
    server.stubFor(any(anyUrl()).willReturn(aResponse()));

    call(
        new RateLimitInterceptor(tracker, false, Duration.ofSeconds(60), CLOCK, waiter),
        get("/api/v3/companies"));

    assertThat(waits).isEmpty();
    server.verify(1, getRequestedFor(urlEqualTo("/api/v3/companies")));
  }

  @Test
  void authRetriesOnceWithTheRenewedTokenAfterA401() throws IOException {
    AtomicInteger issued = new AtomicInteger(1);
    List<String> invalidated = new CopyOnWriteArrayList<>();
    TokenProvider tokens =
        new TokenProvider() {
          @Override
          public String token() {
            return "token-" + issued.get();
          }

          @Override
          public void invalidate(String token) {
            invalidated.add(token);
            issued.incrementAndGet();
          }
        };
    server.stubFor(
        any(anyUrl())
            .withHeader("Authorization", equalTo("Bearer token-1"))
            .willReturn(aResponse().withStatus(401)));
    server.stubFor(
        any(anyUrl())
            .withHeader("Authorization", equalTo("Bearer token-2"))
            .willReturn(aResponse().withStatus(200)));

    Response response =
        call(new AuthInterceptor(tokens, url("/")), post("/api/v3/companies/c1/clients"));

    assertThat(response.code()).isEqualTo(200);
    assertThat(invalidated).containsExactly("token-1");
    server.verify(2, postRequestedFor(urlEqualTo("/api/v3/companies/c1/clients")));
  }

  @Test
  void aFailedRenewalAfterA401PropagatesWithoutASecondRequest() {
    TokenProvider tokens =
        new TokenProvider() {
          @Override
          public String token() {
            if (renewals.get() > 0) {
              throw new IllegalStateException("token endpoint down");
            }
            return "token-1";
          }

          @Override
          public void invalidate(String token) {
            renewals.incrementAndGet();
          }
        };
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401)));

    assertThatThrownBy(() -> call(new AuthInterceptor(tokens, url("/")), get("/api/v3/auth/user")))
        .hasMessage("token endpoint down");
    server.verify(1, getRequestedFor(urlEqualTo("/api/v3/auth/user")));
  }

  @Test
  void idempotencyKeysGoOnPostsOnly() throws IOException {
    server.stubFor(any(anyUrl()).willReturn(aResponse()));

    call(new IdempotencyKeyInterceptor(), post("/p"));
    call(new IdempotencyKeyInterceptor(), get("/g"));

    server.verify(
        postRequestedFor(urlEqualTo("/p"))
            .withHeader("Idempotency-Key", matching("[0-9a-f-]{36}")));
    server.verify(getRequestedFor(urlEqualTo("/g")).withHeader("Idempotency-Key", absent()));
  }

  @Test
  void retryRepeatsAGetAfterA503AndHonoursRetryAfter() throws IOException {
    server.stubFor(
        any(anyUrl())
            .inScenario("s")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "3"))
            .willSetStateTo("ok"));
    server.stubFor(
        any(anyUrl())
            .inScenario("s")
            .whenScenarioStateIs("ok")
            .willReturn(aResponse().withStatus(200)));

    Response response =
        call(
            new RetryInterceptor(RetryPolicy.defaults(), Duration.ofSeconds(10), CLOCK, waiter),
            get("/g"));

    assertThat(response.code()).isEqualTo(200);
    assertThat(waits).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void fullJitterBackoffStaysWithinTheCappedExponentialBound() {
    RetryPolicy policy = RetryPolicy.of(10, Duration.ofMillis(100), Duration.ofSeconds(1));

    for (int retry = 0; retry < 10; retry++) {
      long bound = Math.min(1000, 100L << retry);
      for (int sample = 0; sample < 50; sample++) {
        assertThat(policy.backoff(retry)).isBetween(Duration.ZERO, Duration.ofMillis(bound));
      }
    }
    assertThat(RetryPolicy.none().backoff(0)).isZero();
  }
}
