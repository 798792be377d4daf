package io.compliancescorecard.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.compliancescorecard.sdk.error.ConnectionException;
import io.compliancescorecard.sdk.error.RateLimitException;
import io.compliancescorecard.sdk.error.ServerException;
import io.compliancescorecard.sdk.model.ClientCreateRequest;
import io.compliancescorecard.sdk.model.ClientStatus;
import io.compliancescorecard.sdk.model.User;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each option changes exactly the call it is given to, whatever kind of call that is. */
class PerCallOptionsTest {

  @RegisterExtension static WireMockExtension server = TestClients.wireMock();

  private static final String EMPTY_LIST = "{\"success\":true,\"data\":[]}";
  private static final String USER =
      "{\"success\":true,\"data\":{\"id\":\"u1\",\"name\":\"N\",\"email\":\"n@example.com\","
          + "\"role\":{\"name\":\"msp_admin\"},\"company\":{\"id\":\"c\",\"name\":\"C\"},\"permissions\":[]}}";
  private static final String CLIENT =
      "{\"success\":true,\"data\":{\"id\":\"k1\",\"name\":\"New\",\"status\":\"ACTIVE\"}}";

  private final TestClients.RecordingSleeper sleeper = new TestClients.RecordingSleeper();
  private ComplianceScorecardClient client;

  @BeforeEach
  void connect() {
    client = TestClients.against(server.getRuntimeInfo(), sleeper).build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  private static RequestOptions tagged() {
    return RequestOptions.builder().header("X-Job", "nightly").queryParam("trace", "on").build();
  }

  @Test
  void extraHeadersAndQueryReachEveryKindOfCallAndOnlyThatCall() {
    server.stubFor(get(urlPathEqualTo("/api/v3/companies")).willReturn(okJson(EMPTY_LIST)));
    server.stubFor(
        get(urlPathEqualTo("/api/v3/companies/c1"))
            .willReturn(okJson("{\"success\":true,\"data\":{\"id\":\"c1\",\"name\":\"A\"}}")));
    server.stubFor(
        get(urlPathEqualTo("/api/v3/companies/c1/clients")).willReturn(okJson(EMPTY_LIST)));
    server.stubFor(
        post(urlPathEqualTo("/api/v3/companies/c1/clients"))
            .willReturn(okJson(CLIENT).withStatus(201)));
    server.stubFor(get(urlPathEqualTo("/api/v3/auth/user")).willReturn(okJson(USER)));
    for (int page = 1; page <= 2; page++) {
      server.stubFor(
          get(urlPathEqualTo("/api/v4/users"))
              .withQueryParam("page", equalTo(String.valueOf(page)))
              .willReturn(okJson(PaginationTest.usersPage(page, 2, 4))));
    }

    client.companies().list(tagged());
    client.companies().get("c1", tagged());
    client.clients("c1").list(new ClientListParams().status(ClientStatus.ACTIVE).options(tagged()));
    client.clients("c1").withRawResponse().create(new ClientCreateRequest().name("New"), tagged());
    client.rawRequest("GET", "/api/v3/companies/c1/clients?search=x", null, tagged());
    client.async(c -> c.auth().currentUser(tagged())).join();
    List<User> everyone =
        StreamSupport.stream(
                client
                    .users()
                    .listAll(new UserListParams().perPage(2).options(tagged()))
                    .spliterator(),
                false)
            .collect(Collectors.toList());

    assertThat(everyone).hasSize(4);
    List<LoggedRequest> tagged = server.findAll(anyRequestedFor(anyUrl()));
    assertThat(tagged)
        .hasSize(8)
        .allSatisfy(
            request -> {
              assertThat(request.getHeader("X-Job")).as(request.getUrl()).isEqualTo("nightly");
              assertThat(request.queryParameter("trace").values())
                  .as(request.getUrl())
                  .containsExactly("on");
            });
    assertThat(tagged)
        .extracting(LoggedRequest::getUrl)
        .contains(
            "/api/v3/companies/c1/clients?status=ACTIVE&trace=on",
            "/api/v4/users?page=2&per_page=2&trace=on");

    server.resetRequests();
    client.companies().get("c1");
    client.users().listAll(new UserListParams().perPage(2)).forEach(user -> {});
    assertThat(server.findAll(anyRequestedFor(anyUrl())))
        .hasSize(3)
        .allSatisfy(
            request -> {
              assertThat(request.containsHeader("X-Job")).isFalse();
              assertThat(request.queryParameter("trace").isPresent()).isFalse();
            });
  }

  @Test
  void aTimeoutEndsOnlyTheCallThatSetsIt() {
    server.stubFor(get("/api/v3/companies").willReturn(okJson(EMPTY_LIST).withFixedDelay(1_000)));
    RequestOptions impatient = RequestOptions.builder().timeout(Duration.ofMillis(100)).build();

    assertThatThrownBy(() -> client.companies().list(impatient))
        .isInstanceOf(ConnectionException.class)
        .cause()
        .isInstanceOf(InterruptedIOException.class)
        .hasMessage("timeout");
    assertThatThrownBy(() -> client.rawRequest("GET", "/api/v3/companies", null, impatient))
        .isInstanceOf(ConnectionException.class)
        .cause()
        .hasMessage("timeout");
    assertThat(client.companies().list()).isEmpty();
  }

  @Test
  void aRetryWaitThatWouldOutlastTheTimeoutIsNotBegun() {
    server.stubFor(
        get("/api/v3/companies")
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")));

    assertThatThrownBy(
            () ->
                client
                    .companies()
                    .list(RequestOptions.builder().timeout(Duration.ofSeconds(2)).build()))
        .isInstanceOf(RateLimitException.class);
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
    assertThat(sleeper.waits).isEmpty();

    server.resetRequests();
    assertThatThrownBy(() -> client.companies().list()).isInstanceOf(RateLimitException.class);
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).hasSize(4);
    assertThat(sleeper.waits)
        .hasSize(3)
        .allSatisfy(wait -> assertThat(wait).isGreaterThan(Duration.ofSeconds(28)));
  }

  @Test
  void throttlingHoldsNoCallBeyondItsTimeout() {
    String reset = String.valueOf(Instant.now().plusSeconds(30).getEpochSecond());
    server.stubFor(
        get("/api/v3/companies")
            .willReturn(
                okJson(EMPTY_LIST)
                    .withHeader("X-RateLimit-Limit", "10")
                    .withHeader("X-RateLimit-Remaining", "0")
                    .withHeader("X-RateLimit-Reset", reset)));
    try (ComplianceScorecardClient throttled =
        TestClients.against(server.getRuntimeInfo(), sleeper).throttle(true).build()) {
      throttled.companies().list();

      assertThatThrownBy(
              () ->
                  throttled
                      .companies()
                      .list(RequestOptions.builder().timeout(Duration.ofSeconds(2)).build()))
          .isInstanceOf(RateLimitException.class)
          .hasMessageContaining("after the call's timeout; the request was not sent");
      assertThat(server.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
      assertThat(sleeper.waits).isEmpty();

      throttled.companies().list();
      assertThat(server.findAll(anyRequestedFor(anyUrl()))).hasSize(2);
      assertThat(sleeper.waits).hasSize(1);
    }
  }

  @Test
  void maxRetriesLimitsOnlyTheCallThatSetsIt() {
    server.stubFor(get("/api/v3/companies").willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(
            () -> client.companies().list(RequestOptions.builder().maxRetries(1).build()))
        .isInstanceOf(ServerException.class);
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).hasSize(2);
    assertThat(sleeper.waits).hasSize(1);

    server.resetRequests();
    assertThatThrownBy(() -> client.companies().list()).isInstanceOf(ServerException.class);
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).hasSize(4);
  }

  @Test
  void anIdempotencyKeyGoesWithACreateAndNothingElse() {
    server.stubFor(
        post(urlPathEqualTo("/api/v3/companies/c1/clients"))
            .willReturn(okJson(CLIENT).withStatus(201)));
    RequestOptions keyed = RequestOptions.builder().idempotencyKey("job-42").build();

    client.clients("c1").create(new ClientCreateRequest().name("New"), keyed);
    client.rawRequest("POST", "/api/v3/companies/c1/clients", "{\"name\":\"New\"}", keyed);

    server.verify(
        2,
        postRequestedFor(urlPathEqualTo("/api/v3/companies/c1/clients"))
            .withHeader("Idempotency-Key", equalTo("job-42")));
    assertThatThrownBy(() -> client.companies().list(keyed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("an idempotency key belongs to a create (POST)");
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).hasSize(2);
  }

  @Test
  void anExtraQueryParameterCannotReplaceOneTheCallSends() {
    ClientListParams params =
        new ClientListParams()
            .status(ClientStatus.ACTIVE)
            .options(RequestOptions.builder().queryParam("status", "INACTIVE").build());

    assertThatThrownBy(() -> client.clients("c1").list(params))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the query parameter 'status' is set by the call itself");
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }
}
