package io.compliancescorecard.mock.internal.journal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.compliancescorecard.mock.internal.http.Json;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The most recent requests the mock answered outside its admin API, each with its W3C {@code
 * traceparent}, so that a test can check which trace each request belonged to ({@code GET
 * /_mock/requests}). Lock-free and bounded: the oldest entries are overwritten. Holds no header but
 * the trace context, no query, no body.
 */
public final class RequestJournal {

  /** How many requests are kept. */
  public static final int CAPACITY = 1000;

  private final Clock clock;
  private final AtomicLong next = new AtomicLong();
  private final AtomicReferenceArray<Entry> slots = new AtomicReferenceArray<>(CAPACITY);

  /**
   * @param clock the source of each entry's time
   */
  public RequestJournal(Clock clock) {
    this.clock = clock;
  }

  /** Paths are cut to this length: a journal of hostile URLs stays small. */
  private static final int MAX_PATH = 256;

  /**
   * @param method the request's method
   * @param path its path, without the query
   * @param status the status answered, or 0 when a fault was injected instead
   * @param fault the injected fault's name, or null
   * @param traceParent its {@code traceparent} header, or null
   */
  public void record(String method, String path, int status, String fault, String traceParent) {
    long sequence = next.getAndIncrement();
    String kept = path.length() > MAX_PATH ? path.substring(0, MAX_PATH) + "..." : path;
    slots.set(
        (int) (sequence % CAPACITY),
        new Entry(
            sequence,
            clock.instant(),
            method,
            kept,
            status,
            fault,
            TraceParent.parse(traceParent)));
  }

  /** Forgets every entry. */
  public void clear() {
    for (int i = 0; i < CAPACITY; i++) {
      slots.set(i, null);
    }
  }

  /**
   * @param traceId only the requests of this trace, or null for all
   * @return the entries as JSON, oldest first
   */
  public ArrayNode toJson(String traceId) {
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < CAPACITY; i++) {
      Entry entry = slots.get(i);
      if (entry != null
          && (traceId == null || entry.trace != null && entry.trace.traceId().equals(traceId))) {
        entries.add(entry);
      }
    }
    entries.sort(Comparator.comparingLong(Entry::sequence));
    ArrayNode list = Json.MAPPER.createArrayNode();
    entries.forEach(entry -> list.add(entry.toJson()));
    return list;
  }

  private record Entry(
      long sequence,
      Instant time,
      String method,
      String path,
      int status,
      String fault,
      TraceParent trace) {
    ObjectNode toJson() {
      ObjectNode node = Json.object();
      node.put("time", time.toString());
      node.put("method", method);
      node.put("path", path);
      if (fault == null) {
        node.put("status", status);
      } else {
        node.put("fault", fault);
      }
      node.put("traceparent", trace == null ? null : trace.value());
      node.put("trace_id", trace == null ? null : trace.traceId());
      node.put("parent_id", trace == null ? null : trace.parentId());
      return node;
    }
  }
}
