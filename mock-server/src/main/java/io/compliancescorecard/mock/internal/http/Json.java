package io.compliancescorecard.mock.internal.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** The one JSON mapper of the mock server: snake_case names, strict about trailing garbage. */
public final class Json {

  /** Shared, thread-safe mapper. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private Json() {}

  /** A new empty object node. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /**
   * Parses a request body.
   *
   * @throws ApiError 400 {@code BAD_REQUEST} when the bytes are not one valid JSON document
   */
  public static JsonNode parseBody(byte[] body) {
    if (body == null || body.length == 0) {
      throw ApiError.badRequest("The request body is empty; a JSON object is required.");
    }
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw ApiError.badRequest("The request body is empty; a JSON object is required.");
      }
      return node;
    } catch (IOException e) {
      throw ApiError.badRequest("The request body is not valid JSON.");
    }
  }

  /** Serialises a tree; our trees always serialise. */
  public static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("JSON tree did not serialise", e);
    }
  }
}
