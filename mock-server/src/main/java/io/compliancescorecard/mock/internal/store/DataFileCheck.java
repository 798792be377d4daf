package io.compliancescorecard.mock.internal.store;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.compliancescorecard.mock.internal.http.Json;
import io.compliancescorecard.mock.internal.spec.ApiSpec;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads a {@code --data} file and refuses one that would make the mock break the spec: each row's
 * fields that the API shows as they are (not the references the mock turns into objects, such as a
 * policy's {@code category_id}) must satisfy the spec's schema of that object, required ones
 * present. The message names the file, the JSON pointer of each problem and the reason.
 */
public final class DataFileCheck {

  private static final int SHOWN = 5;
  private static final PropertyNamingStrategies.NamingBase SNAKE =
      (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

  /** Where rows of each kind sit in the file, and the spec schema and row type they follow. */
  private record Kind(String array, String schema, Class<? extends Record> row) {}

  private static final List<Kind> TOP =
      List.of(
          new Kind("companies", "Company", Company.class),
          new Kind("users", "User", User.class),
          new Kind("categories", "Category", Category.class),
          new Kind("global_assessment_templates", "AssessmentTemplate", AssessmentTemplate.class));
  private static final List<Kind> PER_CLIENT =
      List.of(
          new Kind("policies", "Policy", Policy.class),
          new Kind("assessment_events", "AssessmentEvent", AssessmentEvent.class),
          new Kind("assessment_templates", "AssessmentTemplate", AssessmentTemplate.class),
          new Kind("api_keys", "ApiKey", ApiKey.class));

  private DataFileCheck() {}

  /**
   * Reads {@code file} and checks it against {@code spec}.
   *
   * @throws IllegalArgumentException naming the file, the pointer and the reason of each problem
   */
  public static SeedData load(Path file, ApiSpec spec) {
    SeedData data = SeedData.fromFile(file);
    JsonNode tree;
    try {
      tree = Json.MAPPER.readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read data file " + file + ": " + e.getMessage(), e);
    }
    List<String> problems = problems(tree, spec);
    if (!problems.isEmpty()) {
      String shown = problems.stream().limit(SHOWN).collect(Collectors.joining("; "));
      throw new IllegalArgumentException(
          file
              + " breaks the spec: "
              + shown
              + (problems.size() > SHOWN ? "; and " + (problems.size() - SHOWN) + " more" : ""));
    }
    return data;
  }

  static List<String> problems(JsonNode tree, ApiSpec spec) {
    SchemaValidator validator = new SchemaValidator(spec.openApi(), new MessageResolver());
    Map<Kind, Schema<?>> schemas = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Kind kind : TOP) {
      rows(tree.path(kind.array()), "/" + kind.array(), kind, spec, validator, schemas, problems);
    }
    JsonNode clients = tree.path("clients");
    Kind client = new Kind("client", "Client", Client.class);
    for (int i = 0; i < clients.size(); i++) {
      String at = "/clients/" + i;
      check(
          clients.get(i).path("client"),
          at + "/client",
          client,
          spec,
          validator,
          schemas,
          problems);
      for (Kind kind : PER_CLIENT) {
        rows(
            clients.get(i).path(kind.array()),
            at + "/" + kind.array(),
            kind,
            spec,
            validator,
            schemas,
            problems);
      }
    }
    return problems;
  }

  private static void rows(
      JsonNode rows,
      String at,
      Kind kind,
      ApiSpec spec,
      SchemaValidator validator,
      Map<Kind, Schema<?>> schemas,
      List<String> problems) {
    for (int i = 0; i < rows.size(); i++) {
      check(rows.get(i), at + "/" + i, kind, spec, validator, schemas, problems);
    }
  }

  private static void check(
      JsonNode row,
      String at,
      Kind kind,
      ApiSpec spec,
      SchemaValidator validator,
      Map<Kind, Schema<?>> schemas,
      List<String> problems) {
    Schema<?> schema = schemas.computeIfAbsent(kind, k -> shownFields(spec, k));
    ValidationReport report = validator.validate(() -> row, schema, "data");
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() != ValidationReport.Level.ERROR
          || message.getKey().endsWith("additionalProperties")) {
        continue;
      }
      String pointer =
          message.getContext().flatMap(c -> c.getPointers()).map(p -> p.getInstance()).orElse("");
      problems.add(
          at
              + (pointer.equals("/") ? "" : pointer)
              + ": "
              + message.getMessage().replaceFirst("^\\[Path '[^']*'\\]\\s*", ""));
    }
  }

  /**
   * The spec's schema of {@code kind} cut to the fields the row stores as the API shows them: those
   * of the row's type, but not the objects the mock builds from references (a user's {@code role}).
   */
  @SuppressWarnings({"rawtypes", "unchecked"}) // swagger-models' Schema API is raw
  private static Schema<?> shownFields(ApiSpec spec, Kind kind) {
    Schema<?> original = spec.openApi().getComponents().getSchemas().get(kind.schema());
    Set<String> stored =
        Arrays.stream(kind.row().getRecordComponents())
            .map(c -> SNAKE.translate(c.getName()))
            .collect(Collectors.toSet());
    ObjectSchema cut = new ObjectSchema();
    Map<String, Schema> properties =
        original.getProperties() == null ? Map.of() : original.getProperties();
    properties.forEach(
        (name, property) -> {
          if (stored.contains(name)
              && !"object".equals(property.getType())
              && property.getProperties() == null) {
            cut.addProperty(name, property);
            if (original.getRequired() != null && original.getRequired().contains(name)) {
              cut.addRequiredItem(name);
            }
          }
        });
    return cut;
  }
}
