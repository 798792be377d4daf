package io.compliancescorecard.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import io.compliancescorecard.mock.MockServer;
import io.compliancescorecard.sdk.auth.TokenProvider;
import io.compliancescorecard.sdk.internal.Json;
import io.compliancescorecard.sdk.internal.Sleeper;
import io.compliancescorecard.sdk.retry.RetryPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Clients of the toolkit's mock server, the one operation the tracing tests call through them, and
 * the mock's admin API (chaos rules, the request journal).
 */
public final class MockApi {

  /** The seeded company of the mock's client-credentials login. */
  public static final String COMPANY = "company123";

  private static final OkHttpClient ADMIN = new OkHttpClient();

  private MockApi() {}

  /**
   * @param mock the server
   * @param tokens where tokens come from
   * @param sleeper what makes the waits, instead of sleeping
   * @return a client of {@code mock} with at most two retries and tiny backoffs
   */
  public static ComplianceScorecardClient.Builder client(
      MockServer mock, TokenProvider tokens, Sleeper sleeper) {
    return ComplianceScorecardClient.builder()
        .baseUrl(mock.baseUrl())
        .tokenProvider(tokens)
        .retryPolicy(RetryPolicy.of(2, Duration.ofMillis(1), Duration.ofMillis(4)))
        .sleeper(sleeper);
  }

  /**
   * @param client the client to call with
   * @return how many clients {@link #COMPANY} has: {@code GET
   *     /api/v3/companies/{companyId}/clients}
   */
  public static int listClients(ComplianceScorecardClient client) {
    return client.clients(COMPANY).list().size();
  }

  /**
   * @param mock the server
   * @param rules the new chaos rules, for example {@code [{"path": "...", "status": 503}]}
   */
  public static void chaos(MockServer mock, String rules) {
    admin(mock, "PUT", "chaos", rules);
  }

  /**
   * @param mock the server whose chaos rules are cleared
   */
  public static void noChaos(MockServer mock) {
    admin(mock, "DELETE", "chaos", null);
  }

  /**
   * @param mock the server
   * @param traceId a W3C trace id
   * @return the requests of that trace the mock served, oldest first
   */
  public static JsonNode journal(MockServer mock, String traceId) {
    return admin(mock, "GET", "requests?trace_id=" + traceId, null).get("data");
  }

  /**
   * @param mock the server
   * @return every request in its journal, oldest first
   */
  public static JsonNode journal(MockServer mock) {
    return admin(mock, "GET", "requests", null).get("data");
  }

  private static JsonNode admin(MockServer mock, String method, String route, String json) {
    Request request =
        new Request.Builder()
            .url(mock.baseUrl() + "/_mock/" + route)
            .method(
                method,
                json == null ? null : RequestBody.create(json, MediaType.get("application/json")))
            .build();
    try (Response response = ADMIN.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IllegalStateException(method + " /_mock/" + route + ": HTTP " + response.code());
      }
      return Json.mapper().readTree(response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
