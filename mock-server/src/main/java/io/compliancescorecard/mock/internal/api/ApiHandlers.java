package io.compliancescorecard.mock.internal.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.compliancescorecard.mock.internal.auth.Principal;
import io.compliancescorecard.mock.internal.auth.Role;
import io.compliancescorecard.mock.internal.auth.TokenService;
import io.compliancescorecard.mock.internal.http.ApiError;
import io.compliancescorecard.mock.internal.http.ApiResponse;
import io.compliancescorecard.mock.internal.http.Json;
import io.compliancescorecard.mock.internal.store.ApiKey;
import io.compliancescorecard.mock.internal.store.Client;
import io.compliancescorecard.mock.internal.store.Company;
import io.compliancescorecard.mock.internal.store.DataStore;
import io.compliancescorecard.mock.internal.store.Policy;
import io.compliancescorecard.mock.internal.store.User;
import io.compliancescorecard.mock.internal.webhooks.WebhookDispatcher;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The behaviour of every operation of the spec, keyed by operationId, over the store. Tenancy lives
 * here: another company's company, client or sub-resource answers 404 exactly as a missing one.
 */
public final class ApiHandlers {

  /** One operation's behaviour. */
  @FunctionalInterface
  public interface Handler {
    /** Answers a call that passed authentication, rate limiting, permission and validation. */
    ApiResponse handle(ApiCall call);
  }

  private static final int DEFAULT_PER_PAGE = 15;

  private final DataStore store;
  private final TokenService tokens;
  private final WebhookDispatcher webhooks;
  private final Views views;
  private final Map<String, Handler> handlers;

  /**
   * Handlers over {@code store}; logout revokes through {@code tokens}; creates notify {@code
   * webhooks}.
   */
  public ApiHandlers(DataStore store, TokenService tokens, WebhookDispatcher webhooks) {
    this.store = store;
    this.tokens = tokens;
    this.webhooks = webhooks;
    this.views = new Views(store);
    Map<String, Handler> map = new LinkedHashMap<>();
    map.put("getCurrentUser", this::getCurrentUser);
    map.put("logoutUser", this::logoutUser);
    map.put("listUsers", this::listUsers);
    map.put("listCompanies", this::listCompanies);
    map.put("getCompany", this::getCompany);
    map.put("listClients", this::listClients);
    map.put("createClient", this::createClient);
    map.put("listPolicies", this::listPolicies);
    map.put("createPolicy", this::createPolicy);
    map.put("listAssessmentEvents", this::listAssessmentEvents);
    map.put("listAssessmentTemplates", this::listAssessmentTemplates);
    map.put("listApiKeys", this::listApiKeys);
    map.put("createApiKey", this::createApiKey);
    this.handlers = Collections.unmodifiableMap(map);
  }

  /** The handler of each operationId. */
  public Map<String, Handler> byOperationId() {
    return handlers;
  }

  private ApiResponse getCurrentUser(ApiCall call) {
    return ApiResponse.success(200, views.currentUser(caller(call.principal())));
  }

  private ApiResponse logoutUser(ApiCall call) {
    tokens.revoke(call.principal());
    return ApiResponse.message("User logged out successfully");
  }

  private ApiResponse listUsers(ApiCall call) {
    Principal principal = call.principal();
    String role = call.query("role");
    String companyId = call.query("company_id");
    List<User> visible =
        store.users().stream()
            .filter(u -> principal.sees(u.companyId()))
            .filter(u -> role == null || u.role().equals(role))
            .filter(u -> companyId == null || u.companyId().equals(companyId))
            .collect(Collectors.toList());
    int page = intQuery(call, "page", 1);
    int perPage = intQuery(call, "per_page", DEFAULT_PER_PAGE);
    int total = visible.size();
    int lastPage = Math.max(1, (total + perPage - 1) / perPage);
    long from = (long) (page - 1) * perPage;
    ArrayNode data = Json.MAPPER.createArrayNode();
    visible.stream().skip(Math.min(from, total)).limit(perPage).map(views::user).forEach(data::add);
    ObjectNode body = Json.object();
    body.put("success", true);
    body.set("data", data);
    ObjectNode pagination = body.putObject("pagination");
    pagination.put("current_page", page);
    pagination.put("per_page", perPage);
    pagination.put("total", total);
    pagination.put("last_page", lastPage);
    return ApiResponse.json(200, body);
  }

  private ApiResponse listCompanies(ApiCall call) {
    return list(
        store.companies().stream()
            .filter(c -> call.principal().sees(c.id()))
            .collect(Collectors.toList()),
        views::company);
  }

  private ApiResponse getCompany(ApiCall call) {
    return ApiResponse.success(200, views.company(visibleCompany(call)));
  }

  private ApiResponse listClients(ApiCall call) {
    Company company = visibleCompany(call);
    String status = call.query("status");
    Predicate<Client> matches =
        c ->
            (status == null || c.status().equals(status))
                && contains(c.name(), call.query("search"));
    return list(
        store.clientsOf(company.id()).stream().filter(matches).collect(Collectors.toList()),
        views::client);
  }

  private ApiResponse createClient(ApiCall call) {
    Company company = visibleCompany(call);
    Integer employees =
        call.body().hasNonNull("employee_count")
            ? call.body().get("employee_count").intValue()
            : null;
    Client client =
        store.addClient(
            company.id(),
            (id, now) ->
                new Client(
                    id,
                    company.id(),
                    call.field("name"),
                    "ACTIVE",
                    call.field("city"),
                    call.field("state"),
                    call.field("country"),
                    call.field("email_delivery_settings"),
                    call.field("industry"),
                    employees,
                    now));
    return ApiResponse.success(201, views.client(client));
  }

  private ApiResponse listPolicies(ApiCall call) {
    Client client = visibleClient(call);
    String status = call.query("status");
    String categoryId = call.query("category_id");
    Predicate<Policy> matches =
        p ->
            (status == null || p.status().equals(status))
                && (categoryId == null || categoryId.equals(p.categoryId()))
                && contains(p.title(), call.query("search"));
    return list(
        store.policiesOf(client.id()).stream().filter(matches).collect(Collectors.toList()),
        views::policy);
  }

  private ApiResponse createPolicy(ApiCall call) {
    Client client = visibleClient(call);
    String categoryId = call.field("category_id");
    if (categoryId != null && store.category(categoryId).isEmpty()) {
      throw ApiError.validation("category_id", "The selected category_id is invalid.");
    }
    String ownerId =
        call.field("owner_id") == null ? call.principal().userId() : call.field("owner_id");
    boolean ownerInCompany =
        store
            .user(ownerId)
            .map(
                u ->
                    u.companyId().equals(client.companyId())
                        || u.role().equals(Role.SUPER_ADMIN.apiName()))
            .orElse(false);
    if (!ownerInCompany) {
      throw ApiError.validation("owner_id", "The selected owner_id is invalid.");
    }
    Policy policy =
        store.addPolicy(
            client.id(),
            (id, now) ->
                new Policy(
                    id,
                    call.field("title"),
                    call.field("description"),
                    categoryId,
                    "draft",
                    ownerId,
                    "1.0",
                    now,
                    0,
                    call.field("policy_type"),
                    call.field("notes")));
    webhooks.policyCreated(policy, client.id(), call.principal().userId());
    return ApiResponse.success(201, views.policy(policy));
  }

  private ApiResponse listAssessmentEvents(ApiCall call) {
    Client client = visibleClient(call);
    return list(store.assessmentEventsOf(client.id()), e -> views.assessmentEvent(client.id(), e));
  }

  private ApiResponse listAssessmentTemplates(ApiCall call) {
    Client client = visibleClient(call);
    boolean includeGlobal = !"false".equalsIgnoreCase(call.query("global"));
    String category = call.query("category");
    return list(
        store.templatesFor(client.id()).stream()
            .filter(t -> includeGlobal || !t.global())
            .filter(t -> category == null || category.equalsIgnoreCase(t.category()))
            .collect(Collectors.toList()),
        views::assessmentTemplate);
  }

  private ApiResponse listApiKeys(ApiCall call) {
    return list(store.apiKeysOf(visibleClient(call).id()), views::apiKey);
  }

  private ApiResponse createApiKey(ApiCall call) {
    Client client = visibleClient(call);
    ApiKey key =
        store.addApiKey(
            client.id(),
            (id, now) ->
                new ApiKey(
                    id,
                    call.field("type"),
                    call.field("name"),
                    "active",
                    call.field("api_key"),
                    call.field("api_secret"),
                    call.field("server_url"),
                    call.field("client_id"),
                    null,
                    now));
    return ApiResponse.success(201, views.apiKey(key));
  }

  private User caller(Principal principal) {
    // A token outliving its user (after a reset to another data file) is no longer valid.
    return store
        .user(principal.userId())
        .orElseThrow(() -> ApiError.unauthorized("The token's user no longer exists."));
  }

  private Company visibleCompany(ApiCall call) {
    return store
        .company(call.path("companyId"))
        .filter(c -> call.principal().sees(c.id()))
        .orElseThrow(() -> ApiError.notFound("Resource not found."));
  }

  private Client visibleClient(ApiCall call) {
    Company company = visibleCompany(call);
    return store
        .client(call.path("clientId"))
        .filter(c -> c.companyId().equals(company.id()))
        .orElseThrow(() -> ApiError.notFound("Resource not found."));
  }

  private static <T> ApiResponse list(List<T> rows, Function<T, ObjectNode> view) {
    ArrayNode data = Json.MAPPER.createArrayNode();
    rows.forEach(row -> data.add(view.apply(row)));
    return ApiResponse.success(200, data);
  }

  private static boolean contains(String text, String search) {
    return search == null
        || (text != null
            && text.toLowerCase(Locale.ROOT).contains(search.toLowerCase(Locale.ROOT)));
  }

  /** Query integers were checked against the spec by the validator before the handler runs. */
  private static int intQuery(ApiCall call, String name, int fallback) {
    String value = call.query(name);
    try {
      return value == null ? fallback : Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw ApiError.validation(name, "The " + name + " must be an integer.");
    }
  }
}
