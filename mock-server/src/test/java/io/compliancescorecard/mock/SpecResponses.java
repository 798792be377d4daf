package io.compliancescorecard.mock;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.compliancescorecard.mock.internal.spec.ApiSpec;
import java.util.concurrent.atomic.AtomicInteger;

/** Checks every API response the suite sees against the spec's response schemas. */
final class SpecResponses {

  private static final ApiSpec SPEC = ApiSpec.packaged();
  private static final OpenApiInteractionValidator VALIDATOR =
      OpenApiInteractionValidator.createFor(SPEC.openApi()).build();
  private static final AtomicInteger CHECKED = new AtomicInteger();

  private SpecResponses() {}

  static ApiSpec spec() {
    return SPEC;
  }

  /** How many responses were checked so far. */
  static int checked() {
    return CHECKED.get();
  }

  /** Fails when {@code reply} to a spec operation does not match the spec's response. */
  static void check(String method, String path, Reply reply) {
    boolean isOperation =
        SPEC.operations().stream()
            .anyMatch(op -> op.method().equals(method) && op.match(path) != null);
    if (!isOperation) {
      return;
    }
    SimpleResponse.Builder response =
        new SimpleResponse.Builder(reply.status()).withBody(reply.body());
    reply.headers().map().forEach((name, values) -> response.withHeader(name, values));
    ValidationReport report =
        VALIDATOR.validateResponse(path, Request.Method.valueOf(method), response.build());
    if (report.hasErrors()) {
      throw new AssertionError(
          "response to "
              + method
              + " "
              + path
              + " ("
              + reply.status()
              + ") breaks the spec: "
              + report.getMessages()
              + "\n"
              + reply.body());
    }
    CHECKED.incrementAndGet();
  }
}
