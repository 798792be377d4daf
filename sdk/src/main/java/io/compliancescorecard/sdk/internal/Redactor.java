package io.compliancescorecard.sdk.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/** Removes secrets from what the SDK logs or puts into exception messages. */
public final class Redactor {

  /** What replaces a secret. */
  public static final String REDACTED = "[REDACTED]";

  private static final List<String> SENSITIVE_NAME_PARTS =
      List.of(
          "authorization",
          "cookie",
          "token",
          "secret",
          "password",
          "passwd",
          "api_key",
          "api-key",
          "apikey");

  /** A JWT anywhere in free text: three base64url parts, the first starting like a JSON header. */
  private static final Pattern JWT =
      Pattern.compile("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

  /**
   * {@code "name": "value"} or {@code name=value} with a sensitive name, in text that is not valid
   * JSON.
   */
  private static final Pattern SENSITIVE_PAIR =
      Pattern.compile(
          "(?i)(\"?[\\w-]*(?:authorization|token|secret|password|passwd|api_key|api-key|apikey)[\\w-]*\"?\\s*[:=]\\s*)"
              + "(\"[^\"]*\"?|[^\\s,&}\"]+)");

  private Redactor() {}

  /**
   * @param name a header, query parameter or JSON property name
   * @return whether its value is a secret
   */
  public static boolean isSensitive(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String part : SENSITIVE_NAME_PARTS) {
      if (lower.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param url a request URL
   * @return the URL without user info and with the values of sensitive query parameters redacted
   */
  public static String url(HttpUrl url) {
    HttpUrl.Builder builder = url.newBuilder().username("").password("").query(null);
    for (int i = 0; i < url.querySize(); i++) {
      String name = url.queryParameterName(i);
      builder.addQueryParameter(name, isSensitive(name) ? REDACTED : url.queryParameterValue(i));
    }
    return builder.build().toString();
  }

  /**
   * @param text a body, JSON or not, possibly truncated
   * @return the text with sensitive JSON properties, sensitive {@code name=value} pairs and JWTs
   *     redacted
   */
  public static String text(String text) {
    String redacted;
    try {
      JsonNode tree = Json.mapper().readTree(text);
      redacted = tree == null ? text : Json.mapper().writeValueAsString(redactTree(tree));
    } catch (JsonProcessingException e) {
      redacted = SENSITIVE_PAIR.matcher(text).replaceAll("$1" + REDACTED);
    }
    return JWT.matcher(redacted).replaceAll(REDACTED);
  }

  private static JsonNode redactTree(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      List<String> sensitive = new ArrayList<>();
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        if (isSensitive(field.getKey())) {
          sensitive.add(field.getKey());
        } else {
          redactTree(field.getValue());
        }
      }
      sensitive.forEach(name -> object.put(name, REDACTED));
    } else if (node.isArray()) {
      node.forEach(Redactor::redactTree);
    }
    return node;
  }
}
