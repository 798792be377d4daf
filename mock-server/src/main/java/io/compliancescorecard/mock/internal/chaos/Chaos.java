package io.compliancescorecard.mock.internal.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.compliancescorecard.mock.chaos.ChaosFault;
import io.compliancescorecard.mock.chaos.ChaosRule;
import io.compliancescorecard.mock.internal.http.ApiError;
import io.compliancescorecard.mock.internal.http.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** The chaos rules in force: off (empty) unless set at start or through the admin API. */
public final class Chaos {

  /**
   * What the rules decided for one request.
   *
   * @param latencyMillis extra delay
   * @param status an error status to answer instead, or null
   * @param fault a fault to inject instead, or null
   * @param retryAfterSeconds the {@code Retry-After} of the error status, or null for none
   */
  public record Outcome(
      int latencyMillis, Integer status, ChaosFault fault, Integer retryAfterSeconds) {
    /** Nothing happens. */
    public static final Outcome NONE = new Outcome(0, null, null, null);
  }

  private final List<ChaosRule> rules = new CopyOnWriteArrayList<>();

  /** Starts with {@code initial} rules. */
  public Chaos(List<ChaosRule> initial) {
    rules.addAll(initial);
  }

  /**
   * Rolls the dice of every rule matching {@code path}; latencies add up, the first status or fault
   * wins.
   */
  public Outcome decide(String path) {
    if (rules.isEmpty()) {
      return Outcome.NONE;
    }
    long latency = 0;
    Integer status = null;
    ChaosFault fault = null;
    Integer retryAfter = null;
    for (ChaosRule rule : rules) {
      if (rule.matches(path) && ThreadLocalRandom.current().nextDouble() < rule.probability()) {
        latency += rule.latency().toMillis();
        if (status == null && fault == null) {
          status = rule.status();
          fault = rule.fault();
          retryAfter = rule.retryAfterSeconds();
        }
      }
    }
    return new Outcome((int) Math.min(latency, Integer.MAX_VALUE), status, fault, retryAfter);
  }

  /** Whether any rule is set. */
  public boolean active() {
    return !rules.isEmpty();
  }

  /** Replaces the rules. */
  public void set(List<ChaosRule> newRules) {
    rules.clear();
    rules.addAll(newRules);
  }

  /** The rules as the admin API shows them. */
  public ArrayNode toJson() {
    ArrayNode list = Json.MAPPER.createArrayNode();
    for (ChaosRule rule : rules) {
      ObjectNode node = list.addObject();
      if (rule.pathPattern() != null) {
        node.put("path", rule.pathPattern().pattern());
      }
      node.put("probability", rule.probability());
      node.put("latency_ms", rule.latency().toMillis());
      if (rule.status() != null) {
        node.put("status", rule.status());
      }
      if (rule.fault() != null) {
        node.put("fault", rule.fault().name());
      }
      if (rule.retryAfterSeconds() != null) {
        node.put("retry_after", rule.retryAfterSeconds());
      }
    }
    return list;
  }

  /**
   * Reads rules in the admin API's shape: an array of {@code {path, probability, latency_ms,
   * status, fault, retry_after}}.
   *
   * @throws ApiError 422 when a rule is invalid
   */
  public static List<ChaosRule> fromJson(JsonNode json) {
    JsonNode array = json.isObject() && json.has("rules") ? json.get("rules") : json;
    if (!array.isArray()) {
      throw ApiError.validation(
          "rules", "Send an array of rules, or an object with a 'rules' array.");
    }
    List<ChaosRule> parsed = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode node = array.get(i);
      String field = "rules." + i;
      try {
        Pattern path = node.hasNonNull("path") ? Pattern.compile(node.get("path").asText()) : null;
        ChaosFault fault =
            node.hasNonNull("fault") ? ChaosFault.parse(node.get("fault").asText()) : null;
        Integer status = node.hasNonNull("status") ? node.get("status").asInt() : null;
        Integer retryAfter =
            node.hasNonNull("retry_after") ? node.get("retry_after").asInt() : null;
        parsed.add(
            new ChaosRule(
                path,
                node.path("probability").asDouble(1.0),
                Duration.ofMillis(node.path("latency_ms").asLong(0)),
                status,
                fault,
                retryAfter));
      } catch (IllegalArgumentException e) {
        throw ApiError.validation(field, e.getMessage());
      }
    }
    return parsed;
  }
}
