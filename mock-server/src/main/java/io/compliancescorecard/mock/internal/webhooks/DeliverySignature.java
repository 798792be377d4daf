package io.compliancescorecard.mock.internal.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@value #HEADER} of a delivery, as the spec's Webhooks section defines it: {@code t=<unix
 * seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">}. This is deliberately the mock's own code, not the
 * SDK's signer: the SDK verifies with its own, and each side is tested against the spec's {@code
 * x-webhook-signature-test-vector}, so a mistake cannot hide in code both sides share.
 */
public final class DeliverySignature {

  /** The header carrying the signature. */
  public static final String HEADER = "X-Scorecard-Signature";

  private DeliverySignature() {}

  /** The header value for {@code body} sent at {@code epochSeconds}, signed with {@code secret}. */
  public static String header(String secret, long epochSeconds, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((epochSeconds + ".").getBytes(StandardCharsets.UTF_8));
      return "t=" + epochSeconds + ",v1=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      // Every Java runtime has HmacSHA256, and HMAC takes a key of any length but zero.
      throw new IllegalArgumentException("cannot sign with this secret", e);
    }
  }
}
