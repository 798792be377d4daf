package io.compliancescorecard.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.compliancescorecard.cli.error.CliException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrinterTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode clients() throws Exception {
    return MAPPER.readTree(
        "[{\"id\":\"client123\",\"name\":\"Acme, Inc.\",\"status\":\"ACTIVE\","
            + "\"address\":{\"city\":\"New York\"},\"tags\":[\"a\",\"b\"],\"score\":null},"
            + "{\"id\":\"client456\",\"name\":\"Globex\",\"status\":\"INACTIVE\",\"address\":{\"city\":\"Paris\"}}]");
  }

  private static String print(
      JsonNode data, OutputFormat format, String query, boolean color, List<String> columns) {
    StringWriter text = new StringWriter();
    new Printer(new PrintWriter(text), format, query, color).print(data, columns);
    return text.toString();
  }

  @Test
  void jsonIsPrettyCompleteAndAnEmptyListIsBrackets() throws Exception {
    String json = print(clients(), OutputFormat.JSON, null, false, null);

    assertThat(MAPPER.readTree(json)).isEqualTo(clients());
    assertThat(json).contains("\"score\": null").startsWith("[\n  {\n");
    assertThat(print(MAPPER.createArrayNode(), OutputFormat.JSON, null, false, null))
        .isEqualTo("[]\n");
  }

  @Test
  void yamlCarriesTheSameData() throws Exception {
    String yaml = print(clients(), OutputFormat.YAML, null, false, null);

    assertThat(yaml).startsWith("- id: client123\n").contains("  address:\n    city: New York\n");
  }

  @Test
  void csvHasAHeaderOfFlattenedFieldsAndQuotesWhereNeeded() throws Exception {
    String csv = print(clients(), OutputFormat.CSV, null, false, null);

    assertThat(csv.split("\n"))
        .containsExactly(
            "id,name,status,address.city,tags,score",
            "client123,\"Acme, Inc.\",ACTIVE,\"New York\",\"[\"\"a\"\",\"\"b\"\"]\",",
            "client456,Globex,INACTIVE,Paris,,");
  }

  @Test
  void tableShowsTheChosenColumnsAlignedAndColoursOnlyWhenAsked() throws Exception {
    String plain =
        print(clients(), OutputFormat.TABLE, null, false, List.of("id", "name", "address.city"));
    String coloured = print(clients(), OutputFormat.TABLE, null, true, List.of("id", "name"));

    assertThat(plain.split("\n"))
        .containsExactly(
            "ID         NAME        ADDRESS.CITY",
            "client123  Acme, Inc.  New York",
            "client456  Globex      Paris");
    assertThat(plain).doesNotContain("\u001b[");
    assertThat(coloured).startsWith("\u001b[1mID");
  }

  @Test
  void aSingleObjectIsAFieldValueTable() throws Exception {
    String table = print(clients().get(0), OutputFormat.TABLE, null, false, null);

    assertThat(table).startsWith("FIELD         VALUE\nid            client123\n");
  }

  @Test
  void queryPrintsEachResultOnItsOwnLineWithStringsRaw() throws Exception {
    assertThat(print(clients(), OutputFormat.TABLE, ".[].id", false, null))
        .isEqualTo("client123\nclient456\n");
    assertThat(
            print(
                clients(),
                OutputFormat.JSON,
                "map(select(.status == \"ACTIVE\")) | length",
                false,
                null))
        .isEqualTo("1\n");
    assertThat(print(clients(), OutputFormat.JSON, ".[0].address", false, null))
        .isEqualTo("{\"city\":\"New York\"}\n");
  }

  @Test
  void aBrokenQueryIsAUsageError() {
    assertThatThrownBy(() -> print(clients(), OutputFormat.JSON, ".[", false, null))
        .isInstanceOf(CliException.class)
        .hasMessageContaining("invalid --query")
        .satisfies(e -> assertThat(((CliException) e).exitCode()).isEqualTo(2));
  }

  @Test
  void streamedJsonIsOneValidArray() throws Exception {
    StringWriter text = new StringWriter();
    new Printer(new PrintWriter(text), OutputFormat.JSON, null, false)
        .printStream(List.<JsonNode>of(clients().get(0), clients().get(1)).iterator(), null);
    StringWriter empty = new StringWriter();
    new Printer(new PrintWriter(empty), OutputFormat.JSON, null, false)
        .printStream(List.<JsonNode>of().iterator(), null);

    assertThat(MAPPER.readTree(text.toString())).isEqualTo(clients());
    assertThat(MAPPER.readTree(empty.toString())).isEqualTo(MAPPER.createArrayNode());
  }
}
