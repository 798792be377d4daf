package io.compliancescorecard.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;

/** Compares JSON the way the spec's examples mean it: numbers by value (0 equals 0.0). */
final class JsonAssert {

  private static final Comparator<JsonNode> NUMBERS_BY_VALUE =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  private JsonAssert() {}

  static boolean sameJson(JsonNode expected, JsonNode actual) {
    return expected.equals(NUMBERS_BY_VALUE, actual);
  }

  static void assertSameJson(String what, JsonNode expected, JsonNode actual) {
    assertThat(sameJson(expected, actual))
        .as("%s%nexpected: %s%nactual:   %s", what, expected, actual)
        .isTrue();
  }
}
