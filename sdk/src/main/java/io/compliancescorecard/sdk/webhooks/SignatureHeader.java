package io.compliancescorecard.sdk.webhooks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A parsed {@code t=<seconds>,v1=<hex>[,v1=<hex>...]} header; unknown keys (future schemes) are
 * ignored.
 */
final class SignatureHeader {

  private final long timestamp;
  private final List<String> v1Signatures;

  private SignatureHeader(long timestamp, List<String> v1Signatures) {
    this.timestamp = timestamp;
    this.v1Signatures = v1Signatures;
  }

  static SignatureHeader parse(String header) {
    if (header == null || header.isBlank()) {
      throw new SignatureVerificationException("missing " + WebhookSigner.HEADER + " header");
    }
    Long timestamp = null;
    List<String> signatures = new ArrayList<>();
    for (String part : header.split(",")) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw new SignatureVerificationException(
            "malformed " + WebhookSigner.HEADER + " element: expected key=value");
      }
      String key = part.substring(0, eq).trim();
      String value = part.substring(eq + 1).trim();
      if (SignatureScheme.TIMESTAMP_KEY.equals(key)) {
        if (timestamp != null) {
          throw new SignatureVerificationException(
              "more than one timestamp in " + WebhookSigner.HEADER);
        }
        timestamp = parseSeconds(value);
      } else if (SignatureScheme.V1_KEY.equals(key)) {
        signatures.add(value.toLowerCase(Locale.ROOT));
      }
    }
    if (timestamp == null) {
      throw new SignatureVerificationException("no timestamp (t=) in " + WebhookSigner.HEADER);
    }
    if (signatures.isEmpty()) {
      throw new SignatureVerificationException("no v1 signature in " + WebhookSigner.HEADER);
    }
    return new SignatureHeader(timestamp, Collections.unmodifiableList(signatures));
  }

  long timestamp() {
    return timestamp;
  }

  List<String> v1Signatures() {
    return v1Signatures;
  }

  private static long parseSeconds(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new SignatureVerificationException(
          "timestamp in " + WebhookSigner.HEADER + " is not a number of seconds");
    }
  }
}
