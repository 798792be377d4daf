package io.compliancescorecard.sdk.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okio.ByteString;

/**
 * The {@code v1} scheme: hex HMAC-SHA256 of {@code "<t>.<raw body>"}, shared by signer and
 * verifier.
 */
final class SignatureScheme {

  static final String TIMESTAMP_KEY = "t";
  static final String V1_KEY = "v1";

  private static final String ALGORITHM = "HmacSHA256";

  private SignatureScheme() {}

  static String requireSecret(String secret) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("webhook secret must not be empty");
    }
    return secret;
  }

  static String v1(String secret, long timestampSeconds, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      mac.update((timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
      return ByteString.of(mac.doFinal(body)).hex();
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      // Every Java runtime must provide HmacSHA256; any key bytes are valid for HMAC.
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
