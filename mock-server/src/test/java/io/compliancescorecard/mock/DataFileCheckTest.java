package io.compliancescorecard.mock;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A {@code --data} file that does not parse or breaks the spec is refused at start: file, pointer,
 * reason.
 */
class DataFileCheckTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "wrong type       | `\"employee_count\": \"many\", \"name\": \"C\", \"status\": \"ACTIVE\"`"
            + " | /clients/0/client/employee_count: Cannot deserialize",
        "unknown enum     | `\"name\": \"C\", \"status\": \"BOGUS\"`  | /clients/0/client/status: Instance value (\"BOGUS\") not found in enum",
        "missing required | `\"status\": \"ACTIVE\"`                 | /clients/0/client: Object has missing required properties ([\"name\"])",
        "bad date-time    | `\"name\": \"C\", \"status\": \"ACTIVE\", \"created_at\": \"yesterday\"` | /clients/0/client/created_at: "
      })
  void aRowThatBreaksTheSpecIsRefusedWithItsPointerAndReason(
      String name, String fields, String expected) throws Exception {
    String createdAt =
        fields.contains("created_at") ? "" : ", \"created_at\": \"2025-01-01T00:00:00Z\"";
    Path data =
        write(
            "{\"companies\": [{\"id\": \"acme\", \"name\": \"Acme MSP\"}], \"users\": [], \"clients\": ["
                + "{\"client\": {\"id\": \"c1\", \"company_id\": \"acme\", "
                + fields
                + createdAt
                + "}}]}");
    assertThatThrownBy(
            () -> new MockServer(MockServerOptions.builder().dataFile(data).build()).start())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(data.toString())
        .hasMessageContaining(expected);
  }

  @Test
  void aFileThatDoesNotParseIsRefusedWithItsLineAndColumn() throws Exception {
    Path data = write("{\"companies\": [\n  {\"id\": \"acme\",, \"name\": \"Acme MSP\"}]}");
    assertThatThrownBy(
            () -> new MockServer(MockServerOptions.builder().dataFile(data).build()).start())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            data
                + " is not a valid data set: /companies/0 (line 2, column 17): Unexpected character (','");
  }

  private Path write(String json) throws Exception {
    Path data = dir.resolve("data.json");
    Files.writeString(data, json);
    return data;
  }
}
