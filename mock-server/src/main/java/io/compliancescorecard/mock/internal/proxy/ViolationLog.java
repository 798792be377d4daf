package io.compliancescorecard.mock.internal.proxy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.compliancescorecard.mock.internal.http.Json;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every violation the proxy saw: each logged on one line, the newest kept for {@code GET
 * /_mock/violations}, and all counted by operation for the drift report. Memory stays bounded: the
 * list keeps at most {@code capacity} violations, and the counts at most {@value #MAX_GROUPS}
 * distinct kinds (array indices in pointers count as one), beyond which they are counted as {@code
 * other}.
 */
public final class ViolationLog {

  /** The logger violations go to, one line each, at WARN. */
  public static final String LOGGER = "io.compliancescorecard.mock.violations";

  static final int MAX_GROUPS = 10_000;

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

  private final int capacity;
  private final Deque<Violation> recent = new ArrayDeque<>();
  private final Map<String, Map<String, Group>> byOperation = new LinkedHashMap<>();
  private int groups;
  private long total;
  private long drift;
  private long exchanges;

  ViolationLog(int capacity) {
    this.capacity = capacity;
  }

  private static final class Group {
    final Violation example;
    long count;

    Group(Violation example) {
      this.example = example;
    }
  }

  /** Counts one exchange through the proxy and records its violations. */
  synchronized void record(List<Violation> violations) {
    exchanges++;
    for (Violation violation : violations) {
      LOG.warn("spec violation: {}", violation.logLine());
      total++;
      if (violation.drift()) {
        drift++;
      }
      if (recent.size() == capacity) {
        recent.removeFirst();
      }
      recent.addLast(violation);
      Map<String, Group> groupsOf =
          byOperation.computeIfAbsent(violation.operation(), k -> new LinkedHashMap<>());
      Group group = groupsOf.get(violation.groupKey());
      if (group == null) {
        String key = groups < MAX_GROUPS ? violation.groupKey() : "other";
        group = groupsOf.computeIfAbsent(key, k -> new Group(violation));
        if (!key.equals("other")) {
          groups++;
        }
      }
      group.count++;
    }
  }

  /**
   * How many violations of the upstream's answers (drift, not the callers' own mistakes) were seen.
   */
  public synchronized long driftCount() {
    return drift;
  }

  /** How many violations were seen in all. */
  public synchronized long total() {
    return total;
  }

  /** The admin API's view: counts and the newest violations, oldest first. */
  public synchronized ObjectNode toJson() {
    ObjectNode node = Json.object();
    node.put("total", total);
    node.put("drift", drift);
    node.put("kept", recent.size());
    ArrayNode list = node.putArray("violations");
    recent.forEach(v -> list.add(v.toJson()));
    return node;
  }

  /**
   * The drift report: every violation grouped by operation, each kind with its count and an
   * example.
   */
  public synchronized ObjectNode report() {
    ObjectNode node = Json.object();
    node.put("exchanges", exchanges);
    node.put("total", total);
    node.put("drift", drift);
    ObjectNode operations = node.putObject("operations");
    byOperation.forEach(
        (operation, kinds) -> {
          ObjectNode entry = operations.putObject(operation);
          entry.put("count", kinds.values().stream().mapToLong(g -> g.count).sum());
          ArrayNode list = entry.putArray("violations");
          kinds.forEach(
              (key, group) -> {
                ObjectNode kind = group.example.toJson();
                kind.remove("operation");
                kind.put("count", group.count);
                list.add(kind);
              });
        });
    return node;
  }

  /**
   * One line for a terminal: {@code 3 spec violations (2 drift) in 2 operations: listClients 2,
   * getCompany 1}.
   */
  public synchronized String summary() {
    if (total == 0) {
      return "no spec violations in " + exchanges + (exchanges == 1 ? " exchange" : " exchanges");
    }
    StringBuilder line =
        new StringBuilder()
            .append(total)
            .append(" spec violation")
            .append(total == 1 ? "" : "s")
            .append(" (")
            .append(drift)
            .append(" in upstream answers) in ")
            .append(exchanges)
            .append(" exchanges: ");
    String separator = "";
    for (Map.Entry<String, Map<String, Group>> e : byOperation.entrySet()) {
      line.append(separator)
          .append(e.getKey())
          .append(' ')
          .append(e.getValue().values().stream().mapToLong(g -> g.count).sum());
      separator = ", ";
    }
    return line.toString();
  }
}
