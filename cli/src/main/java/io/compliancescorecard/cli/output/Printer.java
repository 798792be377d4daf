package io.compliancescorecard.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Writes command results on stdout: the API's `data` and nothing else. JSON is pretty and complete
 * (an empty list is `[]`); YAML is the same data; CSV has a header row of flattened field paths;
 * tables show the command's chosen columns. With `--query` each jq result is printed on its own
 * line instead (strings raw, other values as compact JSON), as `gh --jq` does.
 */
public final class Printer {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** jq's layout: two-space indent, every array element on its own line, `"key": value`. */
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withArrayEmptySeparator("")
                  .withObjectEmptySeparator(""))
          .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);

  private final PrintWriter out;
  private final OutputFormat format;
  private final String query;
  private final boolean color;

  public Printer(PrintWriter out, OutputFormat format, String query, boolean color) {
    this.out = out;
    this.format = format;
    this.query = query;
    this.color = color;
  }

  /**
   * Prints one result; {@code tableColumns} picks the table columns of list items (null: all
   * leaves).
   */
  public void print(JsonNode data, List<String> tableColumns) {
    if (query != null) {
      printQueryResults(data);
    } else {
      switch (format) {
        case JSON:
          write(JSON.writer(PRETTY), data);
          break;
        case YAML:
          write(yamlWriter(), data);
          break;
        case CSV:
          printCsv(items(data));
          break;
        case TABLE:
          printTable(data, tableColumns);
          break;
        default:
          throw new IllegalStateException("unhandled format " + format);
      }
    }
    out.flush();
  }

  /**
   * Prints a list whose items arrive one by one (the pages of `--all`). JSON and YAML are written
   * as the items arrive; tables, CSV and queries need the whole list first.
   */
  public void printStream(Iterator<JsonNode> items, List<String> tableColumns) {
    if (query != null || format == OutputFormat.TABLE || format == OutputFormat.CSV) {
      ArrayNode all = JsonNodeFactory.instance.arrayNode();
      items.forEachRemaining(all::add);
      print(all, tableColumns);
      return;
    }
    ObjectWriter writer = format == OutputFormat.JSON ? JSON.writer(PRETTY) : yamlWriter();
    try (SequenceWriter sequence =
        writer.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValuesAsArray(out)) {
      while (items.hasNext()) {
        sequence.write(items.next());
        sequence.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
    out.flush();
  }

  private static ObjectWriter yamlWriter() {
    YAMLFactory yaml =
        YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build();
    return new ObjectMapper(yaml).writer();
  }

  private void write(ObjectWriter writer, JsonNode data) {
    try {
      String text =
          writer.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValueAsString(data);
      out.print(text);
      if (!text.endsWith("\n")) {
        out.println();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void printQueryResults(JsonNode data) {
    for (JsonNode result : new JqQuery(query).apply(data)) {
      out.println(result.isTextual() ? result.asText() : result.toString());
    }
  }

  private static List<JsonNode> items(JsonNode data) {
    List<JsonNode> items = new ArrayList<>();
    if (data.isArray()) {
      data.forEach(items::add);
    } else if (!data.isNull() && !data.isMissingNode()) {
      items.add(data);
    }
    return items;
  }

  private void printCsv(List<JsonNode> items) {
    List<String> columns = Columns.leafPaths(items);
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    columns.forEach(schema::addColumn);
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode item : items) {
      List<String> row = new ArrayList<>();
      for (String column : columns) {
        row.add(Columns.cell(item, column));
      }
      rows.add(row);
    }
    if (columns.isEmpty()) {
      return;
    }
    try {
      out.print(new CsvMapper().writer(schema.build()).writeValueAsString(rows));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void printTable(JsonNode data, List<String> tableColumns) {
    if (data.isObject()) {
      printKeyValues(data);
      return;
    }
    List<JsonNode> items = items(data);
    if (items.isEmpty()) {
      return;
    }
    if (!items.get(0).isObject()) {
      items.forEach(item -> out.println(item.isTextual() ? item.asText() : item.toString()));
      return;
    }
    List<String> columns = tableColumns != null ? tableColumns : Columns.leafPaths(items);
    List<String> headers = new ArrayList<>();
    columns.forEach(c -> headers.add(c.toUpperCase(java.util.Locale.ROOT)));
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode item : items) {
      List<String> row = new ArrayList<>();
      columns.forEach(c -> row.add(Columns.cell(item, c)));
      rows.add(row);
    }
    TableLayout.print(out, headers, rows, color);
  }

  private void printKeyValues(JsonNode object) {
    List<String> keys = Columns.leafPaths(List.of(object));
    List<List<String>> rows = new ArrayList<>();
    for (String key : keys) {
      rows.add(List.of(key, Columns.cell(object, key)));
    }
    TableLayout.print(out, List.of("FIELD", "VALUE"), rows, color);
  }
}
