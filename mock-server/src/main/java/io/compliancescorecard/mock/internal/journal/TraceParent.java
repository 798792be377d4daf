package io.compliancescorecard.mock.internal.journal;

/**
 * A W3C Trace Context {@code traceparent} header ({@code version-traceid-parentid-flags}), read
 * strictly: lower-case hex, no all-zero ids, version {@code ff} refused, and for version {@code 00}
 * nothing after the flags. Anything else is no trace context, and is never echoed back.
 *
 * @param value the header as sent
 * @param traceId its 32-hex-digit trace id
 * @param parentId its 16-hex-digit parent (span) id
 */
public record TraceParent(String value, String traceId, String parentId) {

  private static final int LENGTH = 55;

  /**
   * @return the trace context in {@code header}, or null when it is absent or malformed
   */
  public static TraceParent parse(String header) {
    if (header == null || header.length() < LENGTH || header.length() > 512) {
      return null;
    }
    boolean laterVersion = !header.startsWith("00");
    if (header.length() > LENGTH && (!laterVersion || header.charAt(LENGTH) != '-')) {
      return null;
    }
    if (!hex(header, 0, 2)
        || header.startsWith("ff")
        || header.charAt(2) != '-'
        || !hex(header, 3, 35)
        || header.charAt(35) != '-'
        || !hex(header, 36, 52)
        || header.charAt(52) != '-'
        || !hex(header, 53, 55)) {
      return null;
    }
    String traceId = header.substring(3, 35);
    String parentId = header.substring(36, 52);
    if (zeros(traceId) || zeros(parentId)) {
      return null;
    }
    return new TraceParent(header.substring(0, LENGTH), traceId, parentId);
  }

  private static boolean hex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  private static boolean zeros(String id) {
    return id.chars().allMatch(c -> c == '0');
  }
}
