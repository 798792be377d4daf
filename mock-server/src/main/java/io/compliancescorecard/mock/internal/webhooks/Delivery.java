package io.compliancescorecard.mock.internal.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.compliancescorecard.mock.internal.http.Json;

/**
 * One event sent to one subscription, with its outcome so far. Updated by the dispatcher's threads.
 */
public final class Delivery {

  /** Where a delivery stands. */
  public enum Status {
    /** Not yet acknowledged; more attempts may follow. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Every attempt failed. */
    FAILED
  }

  private final String id;
  private final Subscription subscription;
  private final String event;
  private final byte[] body;
  private final String createdAt;
  private Status status = Status.PENDING;
  private int attempts;
  private Integer lastResponseStatus;
  private String lastError;

  Delivery(String id, Subscription subscription, String event, byte[] body, String createdAt) {
    this.id = id;
    this.subscription = subscription;
    this.event = event;
    this.body = body;
    this.createdAt = createdAt;
  }

  /** The delivery's id, also sent as {@code X-Scorecard-Delivery}. */
  public String id() {
    return id;
  }

  Subscription subscription() {
    return subscription;
  }

  byte[] body() {
    return body;
  }

  /** The event name. */
  public String event() {
    return event;
  }

  /** Where it stands. */
  public synchronized Status status() {
    return status;
  }

  /** Attempts made so far. */
  public synchronized int attempts() {
    return attempts;
  }

  /** Records one attempt; returns whether another attempt should follow. */
  synchronized boolean recordAttempt(Integer responseStatus, String error, int maxAttempts) {
    attempts++;
    lastResponseStatus = responseStatus;
    lastError = error;
    boolean acknowledged = responseStatus != null && responseStatus >= 200 && responseStatus < 300;
    if (acknowledged) {
      status = Status.DELIVERED;
    } else if (attempts >= maxAttempts) {
      status = Status.FAILED;
    }
    return status == Status.PENDING;
  }

  /** The admin API's view: everything but the subscription's secret. */
  public synchronized ObjectNode toJson() {
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("subscription_id", subscription.id());
    node.put("url", subscription.url().toString());
    node.put("event", event);
    node.put("status", status.name().toLowerCase(java.util.Locale.ROOT));
    node.put("attempts", attempts);
    if (lastResponseStatus != null) {
      node.put("response_status", lastResponseStatus);
    }
    if (lastError != null) {
      node.put("error", lastError);
    }
    node.put("created_at", createdAt);
    node.set("payload", payload());
    return node;
  }

  /** The payload as JSON. */
  public JsonNode payload() {
    try {
      return Json.MAPPER.readTree(body);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("our own payload is JSON", e);
    }
  }
}
