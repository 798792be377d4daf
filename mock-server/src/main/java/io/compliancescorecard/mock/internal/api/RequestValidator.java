package io.compliancescorecard.mock.internal.api;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.compliancescorecard.mock.internal.http.ApiError;
import io.compliancescorecard.mock.internal.http.ApiRequest;
import io.compliancescorecard.mock.internal.server.MockEngine;
import io.compliancescorecard.mock.internal.spec.ApiSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks parameters and bodies against the spec with Atlassian's swagger-request-validator and
 * turns its messages into the API's {@code VALIDATION_ERROR} details (field -> messages).
 * Authentication is checked by the token service, not here.
 */
final class RequestValidator {

  private static final Pattern PATH_PREFIX = Pattern.compile("^\\[Path '[^']*'\\]\\s*");
  private static final int MAX_MESSAGE = 200;
  private static final Pattern QUOTED_NAMES = Pattern.compile("\"([^\"]+)\"");
  private static final Pattern MIN_LENGTH = Pattern.compile("required minimum: (\\d+)");
  private static final Pattern MAX_LENGTH = Pattern.compile("maximum allowed: (\\d+)");
  private static final Pattern MINIMUM = Pattern.compile("minimum: ([-0-9.eE]+)");
  private static final Pattern MAXIMUM = Pattern.compile("maximum: ([-0-9.eE]+)");
  private static final Pattern ALLOWED_TYPES = Pattern.compile("allowed: \\[([^\\]]*)\\]");
  private static final Pattern ENUM_VALUES = Pattern.compile("possible values: \\[([^\\]]*)\\]");
  private static final Pattern PATTERN = Pattern.compile("regex \"(.+?)\" does not match");

  /**
   * One per JVM: every server validates against the one packaged spec, and the validator is
   * thread-safe.
   */
  private static volatile CompletableFuture<OpenApiInteractionValidator> shared;

  private final ApiSpec spec;
  private final Set<String> secretFields;

  RequestValidator(ApiSpec spec) {
    this.spec = spec;
    this.secretFields = spec.writeOnlyProperties();
  }

  /**
   * Starts building the validator on a background thread, if not yet started. Building it (the full
   * OpenAPI parse) is the slowest part of a start, and requests without parameters or body never
   * need it, so the server calls this once it has answered its first call; a request that needs it
   * sooner waits. Later servers in the same JVM share the first one's.
   */
  CompletableFuture<OpenApiInteractionValidator> prepare() {
    CompletableFuture<OpenApiInteractionValidator> validator = shared;
    return validator != null ? validator : prepare(spec);
  }

  private static synchronized CompletableFuture<OpenApiInteractionValidator> prepare(ApiSpec spec) {
    if (shared == null) {
      shared =
          CompletableFuture.supplyAsync(
              () ->
                  OpenApiInteractionValidator.createFor(spec.openApi())
                      .withLevelResolver(
                          LevelResolver.create()
                              .withLevel(
                                  "validation.request.security", ValidationReport.Level.IGNORE)
                              .build())
                      .build(),
              MockEngine::daemon);
    }
    return shared;
  }

  /**
   * Validates one request whose body (if any) is already known to be JSON.
   *
   * @throws ApiError 422 with details, or 400 for a body that is not JSON by content type
   */
  void validate(ApiRequest request) {
    SimpleRequest.Builder builder = new SimpleRequest.Builder(request.method(), request.path());
    request.query().forEach(builder::withQueryParam);
    String idempotencyKey = request.header("Idempotency-Key");
    if (idempotencyKey != null) {
      builder.withHeader("Idempotency-Key", idempotencyKey);
    }
    if (request.body().length > 0) {
      String contentType = request.header("Content-Type");
      builder.withContentType(contentType == null ? "application/json" : contentType);
      builder.withBody(request.body());
    }
    ValidationReport report = prepare().join().validateRequest(builder.build());
    if (!report.hasErrors()) {
      return;
    }
    Map<String, List<String>> details = new LinkedHashMap<>();
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() != ValidationReport.Level.ERROR) {
        continue;
      }
      if (message.getKey().startsWith("validation.request.contentType")) {
        throw ApiError.badRequest(
            "The request body must be JSON (Content-Type: application/json).");
      }
      describe(message, details);
    }
    throw ApiError.validation(details);
  }

  private void describe(ValidationReport.Message message, Map<String, List<String>> details) {
    String key = message.getKey();
    String text = PATH_PREFIX.matcher(message.getMessage()).replaceFirst("");
    var context = message.getContext();
    if (context.isPresent() && context.get().getParameter().isPresent()) {
      String name = context.get().getParameter().get().getName();
      add(details, name, inApiWordsOr(key, name, text, text));
      return;
    }
    String pointer = context.flatMap(c -> c.getPointers()).map(p -> p.getInstance()).orElse("");
    if (key.endsWith(".required") || key.endsWith(".additionalProperties")) {
      boolean required = key.endsWith(".required");
      Matcher names = QUOTED_NAMES.matcher(text.substring(Math.max(0, text.lastIndexOf('['))));
      boolean any = false;
      while (names.find()) {
        any = true;
        String field = field(pointer, names.group(1));
        add(
            details,
            field,
            required
                ? "The " + field + " field is required."
                : "The " + field + " field is not allowed.");
      }
      if (any) {
        return;
      }
    }
    String field = pointer.isEmpty() ? "body" : field(pointer, null);
    // The validator quotes offending values: a secret must not come back in an answer.
    add(
        details,
        field,
        inApiWordsOr(
            key,
            field,
            text,
            secretFields.contains(field) ? "The " + field + " field is invalid." : text));
  }

  private static String inApiWordsOr(String key, String field, String text, String otherwise) {
    String worded = inApiWords(key, field, text);
    return worded != null ? worded : otherwise;
  }

  /**
   * The API's wording (the reference's "The password must be at least 8 characters.") of the
   * validator's common schema messages, which never quotes the offending value; null for any other
   * message.
   *
   * @param key the validator's message key, ending in the schema keyword ({@code
   *     ...schema.minLength})
   * @param text the validator's own message, which holds the keyword's limit
   */
  private static String inApiWords(String key, String field, String text) {
    String keyword = key.substring(key.lastIndexOf('.') + 1);
    String the = "The " + field;
    return switch (keyword) {
      case "minLength" ->
          find(MIN_LENGTH, text).map(n -> the + " must be at least " + characters(n)).orElse(null);
      case "maxLength" ->
          find(MAX_LENGTH, text)
              .map(n -> the + " must not be greater than " + characters(n))
              .orElse(null);
      case "minimum" ->
          find(MINIMUM, text).map(n -> the + " must be at least " + n + ".").orElse(null);
      case "maximum" ->
          find(MAXIMUM, text).map(n -> the + " must not be greater than " + n + ".").orElse(null);
      case "type" ->
          find(ALLOWED_TYPES, text)
              .map(types -> the + " must be " + typeName(types) + ".")
              .orElse(null);
      case "enum" ->
          find(ENUM_VALUES, text)
              .map(
                  values ->
                      "The selected "
                          + field
                          + " is invalid; it must be one of "
                          + values.replace("\"", "").replace(",", ", ")
                          + ".")
              .orElse(null);
      case "pattern" ->
          find(PATTERN, text)
              .map(regex -> the + " format is invalid; it must match " + regex + ".")
              .orElse(the + " format is invalid.");
      case "format" ->
          text.contains("email")
              ? the + " must be a valid email address."
              : the + " format is invalid.";
      default -> null;
    };
  }

  private static Optional<String> find(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static String characters(String count) {
    return count + ("1".equals(count) ? " character." : " characters.");
  }

  /** "an integer" for the validator's {@code ["integer"]} (the first allowed type decides). */
  private static String typeName(String allowed) {
    String first = allowed.replace("\"", "").split(",")[0].trim();
    return switch (first) {
      case "integer" -> "an integer";
      case "array" -> "an array";
      case "object" -> "an object";
      case "boolean" -> "true or false";
      default -> "a " + first;
    };
  }

  private static String field(String pointer, String child) {
    String base = pointer.startsWith("/") ? pointer.substring(1).replace('/', '.') : pointer;
    if (child == null) {
      return base;
    }
    return base.isEmpty() ? child : base + "." + child;
  }

  private static void add(Map<String, List<String>> details, String field, String message) {
    // Messages may quote the offending value: never echo a huge input back.
    String shown =
        message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "...";
    details.computeIfAbsent(field.isEmpty() ? "body" : field, k -> new ArrayList<>()).add(shown);
  }
}
