package io.compliancescorecard.mock.internal.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.compliancescorecard.mock.internal.http.ApiRequest;
import io.compliancescorecard.mock.internal.http.ApiResponse;
import io.compliancescorecard.mock.internal.http.Json;
import io.compliancescorecard.mock.internal.store.DataStore;
import io.compliancescorecard.mock.internal.store.User;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /oauth/token} with Auth0's request and response shapes: the {@code
 * client_credentials} grant for the seeded application, and the {@code password} grant (also
 * Auth0's {@code password-realm}) for every seeded user. Bodies may be JSON (what the Auth0 Java
 * SDK sends) or form-encoded. Errors use Auth0's {@code {"error", "error_description"}} shape, and
 * repeated failed logins are blocked as Auth0's brute-force protection blocks them ({@link
 * LoginThrottle}).
 */
public final class OAuthEndpoint {

  /** The seeded application's client id. */
  public static final String CLIENT_ID = "mock-client";

  /** The seeded application's client secret. */
  public static final String CLIENT_SECRET = "mock-secret";

  /** Every seeded user's password. */
  public static final String USER_PASSWORD = "mock-password";

  /** The user the client-credentials application acts as: John Doe, msp_admin of company123. */
  public static final String CLIENT_CREDENTIALS_USER = "abc123";

  private static final String PASSWORD_REALM_GRANT =
      "http://auth0.com/oauth/grant-type/password-realm";

  private final TokenService tokens;
  private final DataStore store;
  private final LoginThrottle throttle;

  /**
   * Issues {@code tokens} for users of {@code store}, blocking repeated failed logins with {@code
   * throttle}.
   */
  public OAuthEndpoint(TokenService tokens, DataStore store, LoginThrottle throttle) {
    this.tokens = tokens;
    this.store = store;
    this.throttle = throttle;
  }

  /** Answers one token request. */
  public ApiResponse handle(ApiRequest request) {
    if (!"POST".equals(request.method())) {
      return oauthError(405, "invalid_request", "Use POST.");
    }
    Map<String, String> params = parameters(request);
    if (params == null) {
      return oauthError(
          400, "invalid_request", "The body must be JSON or form-encoded parameters.");
    }
    String grantType = params.get("grant_type");
    if (grantType == null) {
      return oauthError(400, "invalid_request", "Missing required parameter: grant_type");
    }
    if (!CLIENT_ID.equals(params.get("client_id"))) {
      return oauthError(401, "access_denied", "Unauthorized");
    }
    String secret = params.get("client_secret");
    switch (grantType) {
      case "client_credentials":
        if (!constantTimeEquals(CLIENT_SECRET, secret)) {
          return oauthError(401, "access_denied", "Unauthorized");
        }
        return granted(store.user(CLIENT_CREDENTIALS_USER), params.get("audience"));
      case "password":
      case PASSWORD_REALM_GRANT:
        if (secret != null && !constantTimeEquals(CLIENT_SECRET, secret)) {
          return oauthError(401, "access_denied", "Unauthorized");
        }
        String username = params.get("username");
        String password = params.get("password");
        if (username == null || password == null) {
          return oauthError(
              400, "invalid_request", "Missing required parameters: username and password");
        }
        if (throttle.blocked(username, request.clientAddress())) {
          return oauthError(
              429,
              "too_many_attempts",
              "Your account has been blocked after multiple" + " consecutive login attempts.");
        }
        Optional<User> user = store.userByEmail(username);
        if (user.isEmpty() || !constantTimeEquals(USER_PASSWORD, password)) {
          throttle.failed(username, request.clientAddress());
          return oauthError(403, "invalid_grant", "Wrong email or password.");
        }
        throttle.succeeded(username, request.clientAddress());
        return granted(user, params.get("audience"));
      default:
        return oauthError(
            403,
            "unsupported_grant_type",
            "Grant type '" + grantType + "' not allowed for the client.");
    }
  }

  private ApiResponse granted(Optional<User> user, String audience) {
    if (user.isEmpty()) {
      return oauthError(403, "invalid_grant", "The user of this application no longer exists.");
    }
    if (!tokens.issuesFor(audience)) {
      // Auth0's answer for an API the tenant does not have.
      return oauthError(403, "access_denied", "Service not found: " + audience);
    }
    ObjectNode body = Json.object();
    body.put("access_token", tokens.issue(user.get(), audience));
    body.put("token_type", "Bearer");
    body.put("expires_in", tokens.lifetime().toSeconds());
    return ApiResponse.json(200, body)
        .header("Cache-Control", "no-store")
        .principal(user.get().id());
  }

  private static ApiResponse oauthError(int status, String error, String description) {
    ObjectNode body = Json.object();
    body.put("error", error);
    body.put("error_description", description);
    return ApiResponse.json(status, body);
  }

  private static Map<String, String> parameters(ApiRequest request) {
    String contentType = request.header("Content-Type");
    Map<String, String> params = new HashMap<>();
    if (contentType != null
        && contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
      String body = new String(request.body(), StandardCharsets.UTF_8);
      try {
        for (String pair : body.split("&")) {
          int eq = pair.indexOf('=');
          if (eq > 0) {
            params.put(
                URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
          }
        }
      } catch (IllegalArgumentException e) {
        return null;
      }
      return params;
    }
    try {
      JsonNode json = Json.MAPPER.readTree(request.body());
      if (json == null || !json.isObject()) {
        return null;
      }
      json.properties()
          .forEach(
              e -> {
                if (e.getValue().isValueNode()) {
                  params.put(e.getKey(), e.getValue().asText());
                }
              });
      return params;
    } catch (IOException e) {
      return null;
    }
  }

  private static boolean constantTimeEquals(String expected, String actual) {
    return actual != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
  }
}
