package io.compliancescorecard.examples;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.compliancescorecard.mock.MockServerOptions;
import io.compliancescorecard.sdk.ComplianceScorecardClient;
import io.compliancescorecard.sdk.UserListParams;
import io.compliancescorecard.sdk.model.User;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Example: every user you can see, streamed into a CSV file. {@code listAll} fetches one page at a
 * time as iteration reaches it and each row is written straight out, so memory stays flat however
 * many users there are. Usage: {@code ExportUsersCsv [file]} (default {@code users.csv}).
 */
public final class ExportUsersCsv {

  private static final CsvSchema SCHEMA =
      CsvSchema.builder()
          .addColumn("id")
          .addColumn("name")
          .addColumn("email")
          .addColumn("role")
          .addColumn("company_id")
          .addColumn("status")
          .addColumn("created_at")
          .setUseHeader(true)
          .build();
  private static final CsvMapper CSV =
      CsvMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

  private ExportUsersCsv() {}

  /** Writes the CSV file named by the first argument. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "users.csv");
    try (ApiConnection api = ApiConnection.fromEnvironmentOrExit(MockServerOptions.defaults());
        ComplianceScorecardClient client = api.client();
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      long rows = export(client, out);
      System.err.println("wrote " + rows + " users to " + file);
    }
  }

  /**
   * Writes a header and one row per user to {@code out} (left open).
   *
   * @return the number of users written
   */
  public static long export(ComplianceScorecardClient client, Writer out) {
    long rows = 0;
    try (SequenceWriter csv = CSV.writer(SCHEMA).writeValues(out)) {
      for (User user : client.users().listAll(new UserListParams().perPage(100))) {
        csv.write(
            new String[] {
              user.getId(),
              user.getName(),
              user.getEmail(),
              user.getRole() == null ? "" : user.getRole().getName(),
              user.getCompany() == null ? "" : user.getCompany().getId(),
              text(user.getStatus()),
              text(user.getCreatedAt())
            });
        rows++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static String text(Object value) {
    return Objects.toString(value, "");
  }
}
