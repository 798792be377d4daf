package io.compliancescorecard.mock.internal.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.compliancescorecard.mock.internal.http.ApiRequest;
import io.compliancescorecard.mock.internal.http.Json;
import io.compliancescorecard.mock.internal.spec.SpecOperation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code --record}: turns the answers the proxy passed on into a data file of the shape {@code
 * --data} loads (the seed's). Only fields of that shape are copied, one by one, so nothing else of
 * an answer (a token, a header) can reach the file; API keys' {@code api_key} and {@code
 * api_secret}, which the API never returns, are written as {@value #REDACTED}. Rows seen several
 * times are merged, the latest values winning, and rows a list showed keep that list's order, so
 * the recording lists them as the API did. With {@code anonymize}, every email becomes a hash of
 * itself at {@code anonymized.invalid}, the same for the same address, so logins by email still
 * work against the recording.
 */
final class Recording {

  /** What stands in for a secret. */
  static final String REDACTED = "REDACTED";

  private static final String[] COMPANY = {
    "id",
    "name",
    "email",
    "subscription_status",
    "subscription_package",
    "created_at",
    "subscription_cycle_end_date"
  };
  private static final String[] USER = {
    "id", "name", "email", "status", "created_at", "permissions", "current_client_id"
  };
  private static final String[] CLIENT = {
    "id",
    "name",
    "status",
    "city",
    "state",
    "country",
    "email_delivery_settings",
    "industry",
    "employee_count",
    "created_at"
  };
  private static final String[] POLICY = {
    "id",
    "title",
    "description",
    "status",
    "current_version",
    "last_updated",
    "adoption_rate",
    "policy_type",
    "notes"
  };
  private static final String[] EVENT = {
    "id",
    "name",
    "status",
    "completion_percentage",
    "score",
    "started_at",
    "completed_at",
    "version"
  };
  private static final String[] TEMPLATE = {
    "id", "name", "description", "category", "global", "version", "question_count", "created_at"
  };
  private static final String[] API_KEY = {
    "id", "type", "name", "status", "server_url", "client_id", "last_sync", "created_at"
  };

  private final boolean anonymize;
  private boolean listed;
  private final Map<String, ObjectNode> companies = new LinkedHashMap<>();
  private final Map<String, ObjectNode> users = new LinkedHashMap<>();
  private final Map<String, ObjectNode> categories = new LinkedHashMap<>();
  private final Map<String, ObjectNode> globalTemplates = new LinkedHashMap<>();
  private final Map<String, RecordedClient> clients = new LinkedHashMap<>();

  Recording(boolean anonymize) {
    this.anonymize = anonymize;
  }

  /** A client and what was seen under it. */
  private static final class RecordedClient {
    final ObjectNode client = Json.object();
    final Map<String, ObjectNode> policies = new LinkedHashMap<>();
    final Map<String, ObjectNode> events = new LinkedHashMap<>();
    final Map<String, ObjectNode> templates = new LinkedHashMap<>();
    final Map<String, ObjectNode> apiKeys = new LinkedHashMap<>();
  }

  /** Takes what a successful, conforming answer shows. */
  synchronized void observe(SpecOperation op, ApiRequest request, int status, byte[] body) {
    if (status < 200 || status > 299) {
      return;
    }
    JsonNode data;
    try {
      data = Json.MAPPER.readTree(body).path("data");
    } catch (IOException e) {
      return;
    }
    Map<String, String> params = op.match(request.path());
    String companyId = params.get("companyId");
    String clientId = params.get("clientId");
    listed = data.isArray();
    for (JsonNode row : listed ? data : java.util.List.of(data)) {
      if (!row.isObject() || !row.hasNonNull("id")) {
        continue;
      }
      switch (op.operationId()) {
        case "getCurrentUser", "listUsers" -> user(row);
        case "listCompanies", "getCompany" -> merge(companies, row, COMPANY);
        case "listClients", "createClient" -> clientOf(companyId, row);
        case "listPolicies", "createPolicy" -> policy(client(clientId), row);
        case "listAssessmentEvents" -> event(client(clientId), row);
        case "listAssessmentTemplates" ->
            merge(
                row.path("global").asBoolean(false) ? globalTemplates : client(clientId).templates,
                row,
                TEMPLATE);
        case "listApiKeys", "createApiKey" -> {
          ObjectNode key = merge(client(clientId).apiKeys, row, API_KEY);
          key.put("api_key", REDACTED);
          key.put("api_secret", REDACTED);
        }
        default -> {
          // Other operations (logout) show no data to keep.
        }
      }
    }
  }

  private void user(JsonNode row) {
    ObjectNode user = merge(users, row, USER);
    JsonNode role = row.path("role").path("name");
    if (role.isTextual()) {
      user.put("role", role.asText());
    }
    JsonNode company = row.path("company");
    if (company.hasNonNull("id")) {
      user.put("company_id", company.get("id").asText());
      copy(
          companies.computeIfAbsent(company.get("id").asText(), k -> Json.object()),
          company,
          COMPANY);
    }
  }

  private void clientOf(String companyId, JsonNode row) {
    RecordedClient recorded = client(row.get("id").asText());
    if (listed) {
      clients.put(
          recorded.client.get("id").asText(), clients.remove(recorded.client.get("id").asText()));
    }
    copy(recorded.client, row, CLIENT);
    recorded.client.put("company_id", companyId);
  }

  private RecordedClient client(String clientId) {
    RecordedClient recorded = clients.computeIfAbsent(clientId, id -> new RecordedClient());
    recorded.client.put("id", clientId);
    return recorded;
  }

  private void policy(RecordedClient client, JsonNode row) {
    ObjectNode policy = merge(client.policies, row, POLICY);
    JsonNode category = row.path("category");
    if (category.hasNonNull("id")) {
      policy.put("category_id", category.get("id").asText());
      copy(
          categories.computeIfAbsent(category.get("id").asText(), k -> Json.object()),
          category,
          new String[] {"id", "name"});
    }
    if (row.path("owner").hasNonNull("id")) {
      policy.put("owner_id", row.path("owner").get("id").asText());
    }
  }

  private void event(RecordedClient client, JsonNode row) {
    ObjectNode event = merge(client.events, row, EVENT);
    if (row.path("template").hasNonNull("id")) {
      event.put("template_id", row.path("template").get("id").asText());
    }
  }

  private ObjectNode merge(Map<String, ObjectNode> rows, JsonNode row, String[] fields) {
    String id = row.get("id").asText();
    ObjectNode target = rows.computeIfAbsent(id, k -> Json.object());
    if (listed) {
      rows.put(id, rows.remove(id));
    }
    copy(target, row, fields);
    return target;
  }

  private void copy(ObjectNode target, JsonNode row, String[] fields) {
    for (String field : fields) {
      JsonNode value = row.get(field);
      if (value == null || value.isNull() && target.has(field)) {
        continue;
      }
      target.set(
          field,
          field.equals("email") && anonymize && value.isTextual()
              ? Json.MAPPER.getNodeFactory().textNode(hashed(value.asText()))
              : value.deepCopy());
    }
  }

  private static String hashed(String email) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  email.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12) + "@anonymized.invalid";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * The data file: companies, users, categories, global templates and each client with its rows.
   */
  synchronized ObjectNode toDataFile() {
    ObjectNode file = Json.object();
    file.set("companies", array(companies));
    file.set("users", array(users));
    file.set("categories", array(categories));
    file.set("global_assessment_templates", array(globalTemplates));
    ArrayNode list = file.putArray("clients");
    clients.values().stream()
        .filter(c -> c.client.has("company_id"))
        .forEach(
            c -> {
              ObjectNode entry = list.addObject();
              entry.set("client", c.client);
              entry.set("policies", array(c.policies));
              entry.set("assessment_events", array(c.events));
              entry.set("assessment_templates", array(c.templates));
              entry.set("api_keys", array(c.apiKeys));
            });
    return file;
  }

  private static ArrayNode array(Map<String, ObjectNode> rows) {
    ArrayNode array = Json.MAPPER.createArrayNode();
    rows.values().forEach(array::add);
    return array;
  }
}
