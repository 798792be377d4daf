package io.compliancescorecard.mock.internal.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.compliancescorecard.mock.internal.http.ApiError;
import io.compliancescorecard.mock.internal.http.ApiRequest;
import io.compliancescorecard.mock.internal.http.ApiResponse;
import io.compliancescorecard.mock.internal.http.Json;
import io.compliancescorecard.mock.internal.spec.ApiSpec;
import io.compliancescorecard.mock.internal.spec.SpecOperation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --proxy-to}: forwards every API request to the real API and answers with the upstream's
 * status, headers and body unchanged, while checking both against the spec; token requests go to
 * the Auth0 domain. The caller's {@code Authorization} goes only to the API's host, never to the
 * Auth0 domain, and redirects are passed back rather than followed. Optionally records what it saw
 * as a data file and writes a drift report, both at {@link #close()}.
 */
public final class ValidatingProxy implements AutoCloseable {

  /**
   * The request headers forwarded: the token, the body's type, what the caller accepts and who it
   * is, and the spec's own header parameter. Cookies, forwarding headers and the like stay here.
   */
  static final List<String> FORWARDED_HEADERS =
      List.of("Authorization", "Content-Type", "Accept", "User-Agent", "Idempotency-Key");

  /**
   * Auth0's endpoints, forwarded to the Auth0 domain without the caller's {@code Authorization}.
   */
  private static final Set<String> AUTH0_PATHS = Set.of("/oauth/token", "/.well-known/jwks.json");

  /** Connection-level headers, which describe one hop and are not passed on. */
  private static final Set<String> HOP_BY_HOP =
      Set.of(
          "connection",
          "keep-alive",
          "transfer-encoding",
          "te",
          "trailer",
          "upgrade",
          "proxy-authenticate",
          "proxy-connection",
          "content-length");

  private static final Logger LOG = LoggerFactory.getLogger(ValidatingProxy.class);

  private final ProxySettings settings;
  private final UpstreamClient client;
  private final SpecConformance conformance;
  private final ViolationLog violations;
  private final Recording recording;

  /** A proxy for {@code settings}; the validator is built in the background meanwhile. */
  public ValidatingProxy(ApiSpec spec, ProxySettings settings) {
    this.settings = settings;
    this.client =
        new UpstreamClient(
            settings.connectTimeout(), settings.readTimeout(), settings.maxUpstreamBody());
    this.conformance = new SpecConformance(spec);
    this.violations = new ViolationLog(settings.maxViolations());
    this.recording = settings.record() == null ? null : new Recording(settings.anonymize());
  }

  /** The violations seen so far. */
  public ViolationLog violations() {
    return violations;
  }

  /**
   * Answers one request (anything outside the admin API) through the upstream.
   *
   * @param url the request's raw URL, path and query as the caller sent them
   */
  public ApiResponse handle(ApiRequest request, String url) {
    if (AUTH0_PATHS.contains(request.path())) {
      return toAuth0(request, url);
    }
    SpecOperation op = conformance.operation(request.method(), request.path());
    String operation = SpecConformance.operationName(op, request.method(), request.path());
    List<Violation> found = new java.util.ArrayList<>(conformance.checkRequest(request, operation));
    UpstreamClient.Answer answer;
    try {
      answer =
          client.send(
              request.method(),
              URI.create(settings.upstream() + url),
              forwarded(request, true),
              request.body());
    } catch (UpstreamClient.Failure e) {
      violations.record(found);
      return gatewayError(e);
    }
    List<Violation> drift =
        conformance.checkResponse(
            request.method(),
            request.path(),
            operation,
            answer.status(),
            answer.headers(),
            answer.body());
    found.addAll(drift);
    violations.record(found);
    if (recording != null && drift.isEmpty() && op != null) {
      recording.observe(op, request, answer.status(), answer.body());
    }
    if (settings.failOnViolation() && !drift.isEmpty()) {
      Violation first = drift.get(0);
      return ApiResponse.error(
          new ApiError(
              502,
              "SPEC_VIOLATION",
              "The upstream's answer to "
                  + operation
                  + " breaks the spec in "
                  + drift.size()
                  + " place"
                  + (drift.size() == 1 ? "" : "s")
                  + ", first: "
                  + first.in()
                  + " "
                  + (first.pointer().isEmpty() ? "/" : first.pointer())
                  + " expected "
                  + first.expected()
                  + ". GET /_mock/violations lists them.",
              null));
    }
    return passOn(answer);
  }

  private ApiResponse toAuth0(ApiRequest request, String url) {
    if (settings.auth0Domain() == null) {
      ObjectNode body = Json.object();
      body.put("error", "proxy_without_auth0_domain");
      body.put(
          "error_description",
          "This proxy forwards "
              + request.path()
              + " only to an Auth0 domain, and none"
              + " was given (--proxy-auth0-domain); get tokens from your Auth0 tenant directly.");
      return ApiResponse.json(501, body);
    }
    try {
      return passOn(
          client.send(
              request.method(),
              URI.create(settings.auth0Domain() + url),
              forwarded(request, false),
              request.body()));
    } catch (UpstreamClient.Failure e) {
      return gatewayError(e);
    }
  }

  /** The headers to send on: the allow-listed ones, the token only to the API itself. */
  private static Map<String, String> forwarded(ApiRequest request, boolean withToken) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : FORWARDED_HEADERS) {
      String value = request.header(name);
      if (value != null && (withToken || !name.equals("Authorization"))) {
        headers.put(name, value);
      }
    }
    return headers;
  }

  private static ApiResponse passOn(UpstreamClient.Answer answer) {
    ApiResponse response = ApiResponse.raw(answer.status(), answer.body());
    answer
        .headers()
        .forEach(
            (name, values) -> {
              if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                response.header(name, String.join(", ", values));
              }
            });
    return response;
  }

  private static ApiResponse gatewayError(UpstreamClient.Failure failure) {
    return failure.timeout()
        ? ApiResponse.error(new ApiError(504, "GATEWAY_TIMEOUT", failure.getMessage(), null))
        : ApiResponse.error(new ApiError(502, "BAD_GATEWAY", failure.getMessage(), null));
  }

  /**
   * Writes the recording and the drift report, when asked for; a failure to write is logged, not
   * thrown.
   */
  @Override
  public void close() {
    if (recording != null) {
      write(settings.record(), recording.toDataFile(), "recording");
    }
    if (settings.report() != null) {
      write(settings.report(), violations.report(), "drift report");
    }
  }

  private static void write(Path file, JsonNode content, String what) {
    try {
      Path absolute = file.toAbsolutePath();
      Path temp =
          Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".tmp");
      Files.write(temp, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(content));
      Files.move(
          temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | UncheckedIOException e) {
      LOG.error("could not write the {} to {}: {}", what, file, e.getMessage());
    }
  }
}
