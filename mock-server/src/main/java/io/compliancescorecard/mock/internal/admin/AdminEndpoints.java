package io.compliancescorecard.mock.internal.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.compliancescorecard.mock.internal.auth.TokenService;
import io.compliancescorecard.mock.internal.chaos.Chaos;
import io.compliancescorecard.mock.internal.http.ApiError;
import io.compliancescorecard.mock.internal.http.ApiRequest;
import io.compliancescorecard.mock.internal.http.ApiResponse;
import io.compliancescorecard.mock.internal.http.Json;
import io.compliancescorecard.mock.internal.http.ServedOrigins;
import io.compliancescorecard.mock.internal.journal.RequestJournal;
import io.compliancescorecard.mock.internal.proxy.ViolationLog;
import io.compliancescorecard.mock.internal.spec.SpecWebhook;
import io.compliancescorecard.mock.internal.store.DataStore;
import io.compliancescorecard.mock.internal.store.User;
import io.compliancescorecard.mock.internal.webhooks.Delivery;
import io.compliancescorecard.mock.internal.webhooks.Subscription;
import io.compliancescorecard.mock.internal.webhooks.WebhookDispatcher;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The mock-only admin API under {@value #PREFIX} (outside {@code /api/}, no token needed): reset
 * the data, mint tokens, manage webhook subscriptions, trigger events, list deliveries, set chaos
 * rules and read the journal of requests served with their trace contexts. Answers use the API's
 * {@code success}/{@code data} and error envelopes.
 */
public final class AdminEndpoints {

  /** Where the admin API lives. */
  public static final String PREFIX = "/_mock/";

  private final Runnable reset;
  private final DataStore store;
  private final TokenService tokens;
  private final WebhookDispatcher webhooks;
  private final Chaos chaos;
  private final RequestJournal journal;
  private final ViolationLog violations;
  private volatile ServedOrigins origins;

  /**
   * Admin endpoints; {@code reset} restores the data set and forgets counters and idempotency keys;
   * {@code journal} holds the requests served; {@code violations} are the validating proxy's, null
   * when not proxying.
   */
  public AdminEndpoints(
      Runnable reset,
      DataStore store,
      TokenService tokens,
      WebhookDispatcher webhooks,
      Chaos chaos,
      RequestJournal journal,
      ViolationLog violations) {
    this.reset = reset;
    this.store = store;
    this.tokens = tokens;
    this.webhooks = webhooks;
    this.chaos = chaos;
    this.journal = journal;
    this.violations = violations;
  }

  /** From now on, admin requests must come from one of {@code origins} (see {@link AdminGuard}). */
  public void serveAt(ServedOrigins origins) {
    this.origins = origins;
  }

  /** Answers one request under {@value #PREFIX}. */
  public ApiResponse handle(ApiRequest request) {
    AdminGuard.check(request, origins);
    String route = request.path().substring(PREFIX.length());
    String method = request.method();
    switch (route) {
      case "health":
        requireMethod(method, "GET");
        return ApiResponse.message("ready");
      case "reset":
        requireMethod(method, "POST");
        reset.run();
        return ApiResponse.message(
            "Data reset to the seed; rate-limit counters, idempotency keys and login blocks cleared.");
      case "tokens":
        requireMethod(method, "POST");
        return mintToken(Json.parseBody(request.body()));
      case "webhooks":
        if ("GET".equals(method)) {
          ArrayNode list = Json.MAPPER.createArrayNode();
          webhooks.subscriptions().forEach(s -> list.add(subscriptionJson(s)));
          return ApiResponse.success(200, list);
        }
        requireMethod(method, "POST");
        return subscribe(Json.parseBody(request.body()));
      case "webhooks/trigger":
        requireMethod(method, "POST");
        return trigger(Json.parseBody(request.body()));
      case "webhooks/deliveries":
        requireMethod(method, "GET");
        ArrayNode list = Json.MAPPER.createArrayNode();
        webhooks.deliveries().forEach(d -> list.add(d.toJson()));
        return ApiResponse.success(200, list);
      case "requests":
        if ("DELETE".equals(method)) {
          journal.clear();
          return ApiResponse.message("Request journal cleared.");
        }
        requireMethod(method, "GET");
        return ApiResponse.success(200, journal.toJson(request.queryParam("trace_id")));
      case "chaos":
        if ("GET".equals(method)) {
          return ApiResponse.success(200, chaos.toJson());
        }
        if ("DELETE".equals(method)) {
          chaos.set(java.util.List.of());
          return ApiResponse.success(200, chaos.toJson());
        }
        requireMethod(method, "PUT");
        chaos.set(Chaos.fromJson(Json.parseBody(request.body())));
        return ApiResponse.success(200, chaos.toJson());
      case "violations":
        requireMethod(method, "GET");
        if (violations == null) {
          throw ApiError.notFound(
              "No violations: this server is not a validating proxy (--proxy-to).");
        }
        return ApiResponse.success(200, violations.toJson());
      default:
        return nested(route, method);
    }
  }

  private ApiResponse nested(String route, String method) {
    if (route.startsWith("webhooks/deliveries/")) {
      requireMethod(method, "GET");
      String id = route.substring("webhooks/deliveries/".length());
      return webhooks
          .delivery(id)
          .map(d -> ApiResponse.success(200, d.toJson()))
          .orElseThrow(() -> ApiError.notFound("Delivery " + id + " not found."));
    }
    if (route.startsWith("webhooks/") && route.indexOf('/', "webhooks/".length()) < 0) {
      requireMethod(method, "DELETE");
      String id = route.substring("webhooks/".length());
      if (!webhooks.unsubscribe(id)) {
        throw ApiError.notFound("Subscription " + id + " not found.");
      }
      return ApiResponse.message("Subscription " + id + " removed.");
    }
    throw ApiError.notFound("No such admin endpoint: " + PREFIX + route);
  }

  private ApiResponse mintToken(JsonNode body) {
    String who = text(body, "user");
    if (who == null) {
      throw ApiError.validation("user", "The user field is required (a user id or email).");
    }
    Optional<User> user = store.user(who).or(() -> store.userByEmail(who));
    if (user.isEmpty()) {
      throw ApiError.validation("user", "No seeded user has the id or email " + who + ".");
    }
    String audience = text(body, "audience");
    if (!tokens.issuesFor(audience)) {
      throw ApiError.validation(
          "audience",
          "The mock serves the audiences "
              + String.join(", ", tokens.audiences())
              + "; not "
              + audience
              + ".");
    }
    ObjectNode token = Json.object();
    token.put("access_token", tokens.issue(user.get(), audience));
    token.put("token_type", "Bearer");
    token.put("expires_in", tokens.lifetime().toSeconds());
    return ApiResponse.json(200, token);
  }

  private ApiResponse subscribe(JsonNode body) {
    String url = text(body, "url");
    String secret = text(body, "secret");
    URI uri = null;
    if (url != null) {
      try {
        uri = new URI(url);
      } catch (URISyntaxException e) {
        uri = null;
      }
    }
    if (uri == null
        || uri.getHost() == null
        || !("http".equalsIgnoreCase(uri.getScheme())
            || "https".equalsIgnoreCase(uri.getScheme()))) {
      throw ApiError.validation("url", "The url field must be an absolute http(s) URL.");
    }
    if (secret == null || secret.isEmpty()) {
      throw ApiError.validation("secret", "The secret field is required.");
    }
    Set<String> events = new LinkedHashSet<>();
    JsonNode names = body.get("events");
    if (names != null && !names.isNull()) {
      if (!names.isArray()) {
        throw ApiError.validation("events", "The events field must be an array of event names.");
      }
      for (JsonNode name : names) {
        events.add(event(name.asText(), "events").event());
      }
    }
    return ApiResponse.success(201, subscriptionJson(webhooks.subscribe(uri, secret, events)));
  }

  private ApiResponse trigger(JsonNode body) {
    String event = text(body, "event");
    if (event == null) {
      throw ApiError.validation("event", "The event field is required.");
    }
    SpecWebhook type = event(event, "event");
    JsonNode data = body.get("data");
    if (data != null && !data.isNull() && !data.isObject()) {
      throw ApiError.validation("data", "The data field must be an object.");
    }
    ArrayNode started = Json.MAPPER.createArrayNode();
    for (Delivery delivery : webhooks.trigger(type, data)) {
      started.add(delivery.toJson());
    }
    return ApiResponse.success(202, started);
  }

  private SpecWebhook event(String name, String field) {
    return webhooks
        .event(name.toLowerCase(Locale.ROOT))
        .orElseThrow(
            () ->
                ApiError.validation(
                    field,
                    "Unknown event "
                        + name
                        + "; known: "
                        + String.join(", ", webhooks.eventNames())
                        + "."));
  }

  private static ObjectNode subscriptionJson(Subscription subscription) {
    ObjectNode node = Json.object();
    node.put("id", subscription.id());
    node.put("url", subscription.url().toString());
    ArrayNode events = node.putArray("events");
    subscription.events().forEach(events::add);
    return node;
  }

  private static String text(JsonNode body, String field) {
    if (!body.isObject()) {
      throw ApiError.validation("body", "The body must be a JSON object.");
    }
    JsonNode value = body.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static void requireMethod(String method, String allowed) {
    if (!allowed.equals(method)) {
      throw ApiError.methodNotAllowed(method);
    }
  }
}
