package io.compliancescorecard.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.compliancescorecard.sdk.error.ApiException;
import io.compliancescorecard.sdk.error.AuthenticationException;
import io.compliancescorecard.sdk.error.NotFoundException;
import io.compliancescorecard.sdk.error.PermissionException;
import io.compliancescorecard.sdk.error.RateLimitException;
import io.compliancescorecard.sdk.error.ServerException;
import io.compliancescorecard.sdk.error.ValidationException;
import io.compliancescorecard.sdk.retry.RetryPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMappingTest {

  @RegisterExtension static WireMockExtension server = TestClients.wireMock();

  private ComplianceScorecardClient client;

  @BeforeEach
  void connect() {
    client =
        TestClients.against(server.getRuntimeInfo(), new TestClients.RecordingSleeper())
            .retryPolicy(RetryPolicy.none())
            .build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  private ApiException failureFor(ResponseDefinitionBuilder response) {
    server.stubFor(get("/api/v3/companies").willReturn(response));
    return catchThrowableOfType(ApiException.class, () -> client.companies().list());
  }

  private static ResponseDefinitionBuilder error(int status, String code, String message) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(
            "{\"success\":false,\"error\":{\"code\":\""
                + code
                + "\",\"message\":\""
                + message
                + "\"}}");
  }

  @ParameterizedTest
  @CsvSource({
    "400, BAD_REQUEST, io.compliancescorecard.sdk.error.ApiException",
    "401, UNAUTHORIZED, io.compliancescorecard.sdk.error.AuthenticationException",
    "403, FORBIDDEN, io.compliancescorecard.sdk.error.PermissionException",
    "404, NOT_FOUND, io.compliancescorecard.sdk.error.NotFoundException",
    "405, METHOD_NOT_ALLOWED, io.compliancescorecard.sdk.error.ApiException",
    "422, VALIDATION_ERROR, io.compliancescorecard.sdk.error.ValidationException",
    "429, RATE_LIMITED, io.compliancescorecard.sdk.error.RateLimitException",
    "500, INTERNAL_ERROR, io.compliancescorecard.sdk.error.ServerException",
    "503, SOMETHING_NEW, io.compliancescorecard.sdk.error.ServerException"
  })
  void eachStatusMapsToItsException(int status, String code, Class<?> type) {
    ApiException failure = failureFor(error(status, code, "It went wrong."));

    assertThat(failure).isExactlyInstanceOf(type);
    assertThat(failure.status()).isEqualTo(status);
    assertThat(failure.errorCode()).contains(code);
    assertThat(failure.serverMessage()).isEqualTo("It went wrong.");
    assertThat(failure)
        .hasMessage("HTTP " + status + " " + code + ": It went wrong. [GET /api/v3/companies]");
    assertThat(failure.toString()).startsWith(type.getName() + ": HTTP " + status);
  }

  /** A raw response (csc api, the mock's admin API) is read by the same code as a typed call's. */
  @Test
  void aResponseThatCameAnotherWayMapsExactlyAsATypedCallsDoes() {
    String body =
        "{\"success\":false,\"error\":{\"code\":\"VALIDATION_ERROR\",\"message\":\"Invalid.\","
            + "\"details\":{\"name\":[\"The name field is required.\"]}}}";
    ApiException typed = failureFor(aResponse().withStatus(422).withBody(body));

    ApiException raw = ApiException.fromResponse(422, body, "GET /api/v3/companies");

    assertThat(raw).isExactlyInstanceOf(typed.getClass()).hasMessage(typed.getMessage());
    assertThat(raw.details()).isEqualTo(typed.details());
    assertThat(ApiException.fromResponse(404, "<html>gone</html>", null))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("HTTP 404 unexpected HTML response body: <html>gone</html>");
  }

  @Test
  void validationErrorsCarryFieldMessages() {
    ValidationException failure =
        (ValidationException)
            failureFor(
                aResponse()
                    .withStatus(422)
                    .withBody(
                        "{\"success\":false,\"error\":{\"code\":\"VALIDATION_ERROR\",\"message\":\"The given data was invalid.\","
                            + "\"details\":{\"name\":[\"The name field is required.\"],\"country\":[\"Invalid.\",\"Too long.\"]}}}"));

    assertThat(failure.fieldErrors())
        .isEqualTo(
            Map.of(
                "name",
                List.of("The name field is required."),
                "country",
                List.of("Invalid.", "Too long.")));
    assertThat(failure.getMessage()).contains("name=[The name field is required.]");
  }

  @Test
  void rateLimitErrorsCarryTheResetAndTheSnapshot() {
    RateLimitException failure =
        (RateLimitException)
            failureFor(
                error(429, "RATE_LIMITED", "Too many requests.")
                    .withHeader("X-RateLimit-Limit", "100")
                    .withHeader("X-RateLimit-Remaining", "0")
                    .withHeader("X-RateLimit-Reset", "4102444800"));

    assertThat(failure.resetAt()).contains(Instant.ofEpochSecond(4102444800L));
    assertThat(failure.rateLimit())
        .hasValueSatisfying(limit -> assertThat(limit.remaining()).isZero());
    assertThat(failure.getMessage()).contains("resets at 2100-01-01T00:00:00Z");
  }

  @Test
  void htmlErrorBodyGivesTheRightExceptionWithATruncatedExcerpt() {
    String page = "<html><body><h1>502 Bad Gateway</h1>" + "x".repeat(5000) + "</body></html>";
    ApiException failure =
        failureFor(
            aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody(page));

    assertThat(failure).isInstanceOf(ServerException.class);
    assertThat(failure.errorCode()).isEmpty();
    assertThat(failure.getMessage())
        .startsWith("HTTP 502 unexpected HTML response body: <html><body><h1>502 Bad Gateway")
        .contains("(" + page.length() + " chars)")
        .hasSizeLessThan(400);
  }

  @Test
  void malformedTruncatedAndEmptyErrorBodiesAreDescribed() {
    assertThat(
            failureFor(
                aResponse()
                    .withStatus(404)
                    .withBody("{\"success\":false,\"error\":{\"code\":\"NOT_")))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("unexpected response body: {\"success\":false");
    assertThat(failureFor(aResponse().withStatus(403)))
        .isInstanceOf(PermissionException.class)
        .hasMessage("HTTP 403 empty response body [GET /api/v3/companies]");
    assertThat(failureFor(aResponse().withStatus(401).withBody("[1,2,3]")))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("unexpected response body: [1,2,3]");
    assertThat(failureFor(aResponse().withStatus(500).withBody("{\"success\":false}")))
        .isInstanceOf(ServerException.class)
        .hasMessageContaining("unexpected response body");
  }

  @Test
  void malformedSuccessBodiesGiveAnApiExceptionNotAJacksonOne() {
    assertThat(failureFor(okJson("<html>maintenance</html>")))
        .isExactlyInstanceOf(ApiException.class)
        .hasMessageContaining("not the expected JSON")
        .hasNoCause();
    server.stubFor(get("/api/v3/companies/c1").willReturn(okJson("{\"success\":true}")));
    assertThat(catchThrowableOfType(ApiException.class, () -> client.companies().get("c1")))
        .isExactlyInstanceOf(ApiException.class)
        .hasMessageContaining("no data");
    assertThat(failureFor(aResponse().withStatus(204)))
        .isExactlyInstanceOf(ApiException.class)
        .hasMessageContaining("empty response body");
  }

  @Test
  void secretsEchoedInAnErrorBodyNeverReachTheMessage() {
    ApiException failure =
        failureFor(
            aResponse()
                .withStatus(500)
                .withBody(
                    "<pre>upstream said: Authorization: Bearer "
                        + TestClients.TOKEN
                        + " client_secret=hunter2 \"api_secret\": \"s3cr3t\"</pre>"));

    assertThat(failure.getMessage())
        .doesNotContain(TestClients.TOKEN, "hunter2", "s3cr3t")
        .contains("[REDACTED]");
  }
}
