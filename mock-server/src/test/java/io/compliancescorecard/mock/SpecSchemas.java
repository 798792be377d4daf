package io.compliancescorecard.mock;

import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;

/** Validates a JSON document against one of the spec's component schemas. */
final class SpecSchemas {

  private static final SchemaValidator VALIDATOR =
      new SchemaValidator(
          SpecResponses.spec().openApi(), new com.atlassian.oai.validator.report.MessageResolver());

  private SpecSchemas() {}

  static List<String> errors(String schemaName, JsonNode document) {
    ValidationReport report =
        VALIDATOR.validate(
            document.toString(),
            SpecResponses.spec().openApi().getComponents().getSchemas().get(schemaName),
            "webhook");
    return report.getMessages().stream()
        .map(ValidationReport.Message::getMessage)
        .collect(Collectors.toList());
  }
}
