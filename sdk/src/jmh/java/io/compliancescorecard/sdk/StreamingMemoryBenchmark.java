package io.compliancescorecard.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.compliancescorecard.sdk.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Streams 10,000 users (100 pages of 100) with {@code listAll}, sampling the live heap after a GC
 * every 1,000 users. {@code streamAllUsers} keeps nothing, so its samples should stay flat; {@code
 * collectAllUsers} keeps every user, as the contrast. The samples are printed after each iteration;
 * the scores (time per 10,000 users) include the sampling GCs and are not speed figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx256m"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class StreamingMemoryBenchmark {

  private static final int USERS = 10_000;
  private static final int PER_PAGE = 100;
  private static final int SAMPLE_EVERY = 1_000;

  private WireMockServer server;
  private ComplianceScorecardClient client;
  private final List<Long> samples = new ArrayList<>();

  @Setup
  public void start() {
    server =
        new WireMockServer(
            wireMockConfig().dynamicPort().bindAddress("127.0.0.1").disableRequestJournal());
    server.start();
    for (int page = 1; page <= USERS / PER_PAGE; page++) {
      server.stubFor(
          get(urlPathEqualTo("/api/v4/users"))
              .withQueryParam("page", equalTo(String.valueOf(page)))
              .willReturn(okJson(PaginationTest.usersPage(page, PER_PAGE, USERS))));
    }
    client =
        ComplianceScorecardClient.builder()
            .baseUrl("http://127.0.0.1:" + server.port())
            .token("benchmark-token")
            .build();
  }

  @TearDown
  public void stop() {
    client.close();
    server.stop();
  }

  @TearDown(Level.Iteration)
  public void report() {
    long first = samples.get(0);
    long max = samples.stream().mapToLong(Long::longValue).max().orElse(0);
    long last = samples.get(samples.size() - 1);
    System.out.printf(
        "%n  live heap after GC, every %d users (KiB): first %d, last %d, max %d, growth %d%n",
        SAMPLE_EVERY, first / 1024, last / 1024, max / 1024, (last - first) / 1024);
    samples.clear();
  }

  @Benchmark
  public long streamAllUsers() {
    long count = 0;
    for (User user : client.users().listAll(new UserListParams().perPage(PER_PAGE))) {
      if (user.getId() != null && ++count % SAMPLE_EVERY == 0) {
        samples.add(liveHeap());
      }
    }
    return count;
  }

  @Benchmark
  public List<User> collectAllUsers() {
    List<User> all = new ArrayList<>();
    for (User user : client.users().listAll(new UserListParams().perPage(PER_PAGE))) {
      all.add(user);
      if (all.size() % SAMPLE_EVERY == 0) {
        samples.add(liveHeap());
      }
    }
    return all;
  }

  private static long liveHeap() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
