package io.compliancescorecard.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Turns the SDK's typed results back into the API's JSON shape for printing. */
public final class JsonData {

  /**
   * Dates as ISO-8601 strings, as the API sends them; every modelled field present, null or not.
   */
  public static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private JsonData() {}

  public static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }
}
