package io.compliancescorecard.mock.internal.webhooks;

import java.net.URI;
import java.util.Set;

/**
 * A receiver of webhook deliveries.
 *
 * @param id the subscription's id
 * @param url where deliveries are POSTed
 * @param secret the shared signing secret; never shown by the admin API
 * @param events the names of the events it receives; empty for all
 */
public record Subscription(String id, URI url, String secret, Set<String> events) {

  /** Whether it receives the event named {@code event}. */
  public boolean wants(String event) {
    return events.isEmpty() || events.contains(event);
  }

  /** Keeps the secret out of logs. */
  @Override
  public String toString() {
    return "Subscription[id=" + id + ", url=" + url + ", events=" + events + "]";
  }
}
