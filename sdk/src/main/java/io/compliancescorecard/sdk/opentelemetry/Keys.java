package io.compliancescorecard.sdk.opentelemetry;

import io.opentelemetry.api.common.AttributeKey;
import java.util.Locale;

/**
 * The attribute keys used on spans, events and metrics: the stable HTTP client semantic
 * conventions, and the SDK's own under {@code csc.}. None of them carries a query, a header, a body
 * or a token.
 */
final class Keys {

  static final AttributeKey<String> HTTP_REQUEST_METHOD =
      AttributeKey.stringKey("http.request.method");
  static final AttributeKey<String> URL_TEMPLATE = AttributeKey.stringKey("url.template");
  static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
  static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  static final AttributeKey<Long> HTTP_RESPONSE_STATUS_CODE =
      AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<Long> HTTP_REQUEST_RESEND_COUNT =
      AttributeKey.longKey("http.request.resend_count");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  static final AttributeKey<String> OPERATION = AttributeKey.stringKey("csc.operation");
  static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("csc.outcome");
  static final AttributeKey<String> WAIT_CAUSE = AttributeKey.stringKey("csc.wait.cause");
  static final AttributeKey<Long> WAIT_DURATION_MS = AttributeKey.longKey("csc.wait.duration_ms");
  static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("csc.attempt");
  static final AttributeKey<String> TOKEN_RENEWAL_REASON =
      AttributeKey.stringKey("csc.token.renewal.reason");
  static final AttributeKey<Long> TOKEN_RENEWAL_DURATION_MS =
      AttributeKey.longKey("csc.token.renewal.duration_ms");
  static final AttributeKey<String> RATE_LIMIT_CATEGORY =
      AttributeKey.stringKey("csc.rate_limit.category");

  private Keys() {}

  /** {@code RATE_LIMITED} becomes {@code rate_limited}: attribute values are lower case. */
  static String value(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }
}
