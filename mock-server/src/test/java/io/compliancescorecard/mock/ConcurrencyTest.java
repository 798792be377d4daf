package io.compliancescorecard.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

  private static final int CREATES = 1_000;
  private static final int THREADS = 32;

  @Test
  void aThousandConcurrentCreatesAreAllStoredWithUniqueIdsAndListed() throws Exception {
    MockServer mock = SharedMock.get();
    TestClient api = SharedMock.client();
    // A company of its own (comp789) so other tests' rows do not blur the count; a super_admin calls.
    String path = "/api/v3/companies/comp789/clients";
    String token = mock.tokenFor(SeededUsers.SUPER_ADMIN);
    int before = api.get(path, token).data().size();
    String marker = "Concurrent-" + System.nanoTime();

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    // One token per thread: a single token's general budget (1000 an hour) would run out first.
    List<String> tokens = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      tokens.add(mock.tokenFor(SeededUsers.SUPER_ADMIN));
    }
    List<Callable<Reply>> creates = new ArrayList<>();
    for (int i = 0; i < CREATES; i++) {
      String body = "{\"name\":\"" + marker + "-" + i + "\"}";
      String caller = tokens.get(i % THREADS);
      creates.add(() -> api.post(path, caller, body));
    }
    Set<String> ids = new HashSet<>();
    try {
      for (Future<Reply> future : pool.invokeAll(creates)) {
        Reply reply = future.get();
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        ids.add(reply.data().get("id").asText());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(ids).hasSize(CREATES);
    JsonNode listed = api.get(path + "?search=" + marker, token).data();
    Set<String> listedIds = new HashSet<>();
    listed.forEach(c -> listedIds.add(c.get("id").asText()));
    assertThat(listedIds).isEqualTo(ids);
    assertThat(api.get(path, token).data().size()).isEqualTo(before + CREATES);
    assertThat(api.get("/api/v3/companies/comp789", token).data().get("client_count").asInt()).isEqualTo(before + CREATES);
  }
}
