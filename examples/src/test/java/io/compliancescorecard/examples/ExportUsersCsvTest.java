package io.compliancescorecard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.compliancescorecard.mock.MockServer;
import io.compliancescorecard.mock.MockServerOptions;
import io.compliancescorecard.sdk.ComplianceScorecardClient;
import io.compliancescorecard.sdk.UserListParams;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportUsersCsvTest {

  private static final int GENERATED_USERS = 400;

  @Test
  void streamsEveryUserAcrossAllPagesIntoOneCsvRowEach(@TempDir Path dir) throws IOException {
    Path data = seedWithManyUsers(dir.resolve("data.json"));
    AtomicInteger pagesFetched = new AtomicInteger();
    OkHttpClient countingPages =
        new OkHttpClient.Builder()
            .addNetworkInterceptor(
                chain -> {
                  if (chain.request().url().encodedPath().equals("/api/v4/users")) {
                    pagesFetched.incrementAndGet();
                  }
                  return chain.proceed(chain.request());
                })
            .build();
    try (MockServer mock =
            new MockServer(MockServerOptions.builder().dataFile(data).build()).start();
        ComplianceScorecardClient client =
            ApiConnection.to(mock).clientBuilder().httpClient(countingPages).build()) {
      FirstWriteProbe csv = new FirstWriteProbe(pagesFetched);

      long written = ExportUsersCsv.export(client, csv);

      // Streamed, not collected: rows reached the writer before the last page was even fetched.
      assertThat(pagesFetched.get()).isGreaterThanOrEqualTo(5);
      assertThat(csv.pagesFetchedAtFirstWrite).isBetween(1, pagesFetched.get() - 1);

      int total = client.users().list(new UserListParams().perPage(1)).total();
      assertThat(total).isGreaterThan(GENERATED_USERS);
      assertThat(written).isEqualTo(total);
      List<Map<String, String>> rows = read(csv.toString());
      assertThat(rows).hasSize(total);
      assertThat(rows).extracting(row -> row.get("id")).doesNotHaveDuplicates();
      assertThat(rows)
          .contains(
              Map.of(
                  "id",
                  "gen-0400",
                  "name",
                  "Doe, Jane \"400\"",
                  "email",
                  "gen-0400@example.com",
                  "role",
                  "company_user",
                  "company_id",
                  "company123",
                  "status",
                  "Active",
                  "created_at",
                  "2025-03-01T09:00Z"));
    }
  }

  /** The packaged seed plus many users, some names needing CSV quoting. */
  private static Path seedWithManyUsers(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode seed;
    try (InputStream in = MockServer.class.getResourceAsStream("/mock/seed.json")) {
      seed = (ObjectNode) json.readTree(in);
    }
    ArrayNode users = (ArrayNode) seed.get("users");
    for (int i = 1; i <= GENERATED_USERS; i++) {
      String id = String.format("gen-%04d", i);
      users
          .addObject()
          .put("id", id)
          .put("name", "Doe, Jane \"" + i + "\"")
          .put("email", id + "@example.com")
          .put("role", "company_user")
          .put("company_id", "company123")
          .put("status", "Active")
          .put("created_at", "2025-03-01T09:00:00Z");
    }
    json.writeValue(file.toFile(), seed);
    return file;
  }

  /** Remembers how many pages had been fetched when the first characters arrived. */
  private static final class FirstWriteProbe extends StringWriter {
    private final AtomicInteger pagesFetched;
    private int pagesFetchedAtFirstWrite = -1;

    FirstWriteProbe(AtomicInteger pagesFetched) {
      this.pagesFetched = pagesFetched;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      firstWrite();
      super.write(chars, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) {
      firstWrite();
      super.write(text, offset, length);
    }

    @Override
    public void write(int c) {
      firstWrite();
      super.write(c);
    }

    private void firstWrite() {
      if (pagesFetchedAtFirstWrite < 0) {
        pagesFetchedAtFirstWrite = pagesFetched.get();
      }
    }
  }

  private static List<Map<String, String>> read(String csv) throws IOException {
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(csv)) {
      return rows.readAll();
    }
  }
}
