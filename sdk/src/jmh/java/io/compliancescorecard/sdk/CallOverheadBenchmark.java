package io.compliancescorecard.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.compliancescorecard.sdk.model.Company;
import io.compliancescorecard.sdk.model.CompanyResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One typical call ({@code GET /api/v3/companies/{id}}) through the SDK, and the same call through a bare
 * OkHttpClient plus Jackson, against the same local WireMock server. The ratio of the two scores is the
 * SDK's overhead (auth, retry, rate-limit, logging and User-Agent interceptors, envelope unwrapping).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CallOverheadBenchmark {

  private static final String COMPANY = "{\"success\":true,\"data\":{\"id\":\"comp123\",\"name\":\"Example MSP Company\","
      + "\"email\":\"contact@examplemsp.com\",\"subscription_status\":\"active\",\"subscription_package\":\"plus\","
      + "\"client_count\":25,\"user_count\":8,\"created_at\":\"2023-06-15T09:00:00Z\","
      + "\"subscription_cycle_end_date\":\"2025-06-15T00:00:00Z\"}}";

  private WireMockServer server;
  private ComplianceScorecardClient client;
  private OkHttpClient bare;
  private ObjectMapper mapper;
  private Request request;

  @Setup
  public void start() {
    server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").disableRequestJournal());
    server.start();
    server.stubFor(get("/api/v3/companies/comp123").willReturn(okJson(COMPANY)
        .withHeader("X-RateLimit-Limit", "1000").withHeader("X-RateLimit-Remaining", "999")
        .withHeader("X-RateLimit-Reset", "4102444800")));
    String base = "http://127.0.0.1:" + server.port();
    client = ComplianceScorecardClient.builder().baseUrl(base).token("benchmark-token").build();
    bare = new OkHttpClient();
    mapper = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    request = new Request.Builder().url(base + "/api/v3/companies/comp123")
        .header("Authorization", "Bearer benchmark-token").build();
  }

  @TearDown
  public void stop() {
    client.close();
    bare.dispatcher().executorService().shutdown();
    bare.connectionPool().evictAll();
    server.stop();
  }

  @Benchmark
  public Company sdk() {
    return client.companies().get("comp123");
  }

  @Benchmark
  public Company okHttpAndJackson() throws IOException {
    try (Response response = bare.newCall(request).execute()) {
      return mapper.readValue(response.body().byteStream(), CompanyResponse.class).getData();
    }
  }
}
