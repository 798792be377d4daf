package io.compliancescorecard.sdk;

/**
 * Checks ids before they become path segments. Retrofit percent-encodes every other character
 * ({@code a/b} becomes {@code a%2Fb}), so no id can address another path.
 */
final class PathIds {

  private PathIds() {}

  static String require(String name, String id) {
    if (id == null || id.isBlank() || ".".equals(id) || "..".equals(id)) {
      throw new IllegalArgumentException(name + " must be a non-blank id other than '.' or '..'");
    }
    return id;
  }
}
