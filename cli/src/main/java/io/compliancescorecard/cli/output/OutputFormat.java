package io.compliancescorecard.cli.output;

import java.util.Locale;

/** How data is printed on stdout. */
public enum OutputFormat {
  JSON,
  YAML,
  CSV,
  TABLE;

  public static OutputFormat parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown output format '" + name + "' (expected json, yaml, csv or table)", e);
    }
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
