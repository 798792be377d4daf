package io.compliancescorecard.cli.options;

import io.compliancescorecard.cli.error.CliException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads a value of one of the SDK's generated enums (which spell values as the API does, `ACTIVE`
 * or `draft`) case-insensitively, refusing the generator's catch-all for unknown values.
 */
public final class ApiEnums {

  private static final String UNKNOWN = "UNKNOWN_DEFAULT_OPEN_API";

  private ApiEnums() {}

  /**
   * The constant whose API value is {@code value}, or null for a null value; a usage error if none.
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String value, String option) {
    if (value == null) {
      return null;
    }
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> !constant.name().equals(UNKNOWN))
        .filter(constant -> constant.toString().equalsIgnoreCase(value.trim()))
        .findFirst()
        .orElseThrow(
            () ->
                CliException.usage(
                    "invalid value for "
                        + option
                        + ": '"
                        + value
                        + "' (expected one of "
                        + values(type)
                        + ")"));
  }

  private static <E extends Enum<E>> String values(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> !constant.name().equals(UNKNOWN))
        .map(Object::toString)
        .collect(Collectors.joining(", "));
  }
}
