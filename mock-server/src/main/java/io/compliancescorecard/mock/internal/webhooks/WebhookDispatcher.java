package io.compliancescorecard.mock.internal.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.compliancescorecard.mock.internal.http.Json;
import io.compliancescorecard.mock.internal.spec.ApiSpec;
import io.compliancescorecard.mock.internal.spec.SpecWebhook;
import io.compliancescorecard.mock.internal.store.DataStore;
import io.compliancescorecard.mock.internal.store.Policy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends webhook deliveries to the registered subscriptions, signed by {@link DeliverySignature}
 * ({@code X-Scorecard-Signature: t=...,v1=...}). The events are the spec's {@code x-webhooks}.
 * Sending happens on the dispatcher's own threads, so the API call that caused an event never waits
 * for a receiver; a failed attempt (no 2xx, or no answer) is retried with exponential backoff. The
 * most recent deliveries are kept for the admin API.
 */
public final class WebhookDispatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
  private static final int KEPT_DELIVERIES = 1000;

  private final WebhookSettings settings;
  private final Map<String, SpecWebhook> events;
  private final WebhookPayloads payloads;
  private final Clock clock;
  private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
  private final Deque<Delivery> deliveries = new ConcurrentLinkedDeque<>();
  private final AtomicInteger nextSubscription = new AtomicInteger(1);
  private final ScheduledExecutorService scheduler;
  private HttpClient http;

  /** A dispatcher with no subscriptions yet. */
  public WebhookDispatcher(ApiSpec spec, WebhookSettings settings, Clock clock) {
    this.settings = settings;
    this.events = spec.webhooks();
    this.payloads = new WebhookPayloads(spec, clock);
    this.clock = clock;
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "mock-webhooks");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Made on first use: most runs never deliver, and the client costs start-up time. */
  private synchronized HttpClient http() {
    if (http == null) {
      // HTTP/1.1: an h2c upgrade attempt confuses some plain receivers.
      http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .executor(scheduler)
              .connectTimeout(settings.timeout())
              .build();
    }
    return http;
  }

  /** The spec's event named {@code name}, if there is one. */
  public Optional<SpecWebhook> event(String name) {
    return Optional.ofNullable(events.get(name));
  }

  /** The names of the spec's events, in its order. */
  public Set<String> eventNames() {
    return events.keySet();
  }

  /** Registers a receiver for the named events; {@code events} empty means every event. */
  public Subscription subscribe(URI url, String secret, Set<String> events) {
    // Fails now, not at the first delivery: HMAC takes no empty key, and an unknown event never
    // comes.
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("webhook secret must not be empty");
    }
    events.forEach(
        name ->
            event(name).orElseThrow(() -> new IllegalArgumentException("unknown event " + name)));
    Subscription subscription =
        new Subscription(
            "sub_" + nextSubscription.getAndIncrement(), url, secret, Set.copyOf(events));
    subscriptions.add(subscription);
    return subscription;
  }

  /** Removes a receiver; false when there was none with this id. */
  public boolean unsubscribe(String id) {
    return subscriptions.removeIf(s -> s.id().equals(id));
  }

  /** The registered receivers. */
  public List<Subscription> subscriptions() {
    return List.copyOf(subscriptions);
  }

  /** The most recent deliveries, newest first. */
  public List<Delivery> deliveries() {
    return new ArrayList<>(deliveries);
  }

  /** A delivery by id. */
  public Optional<Delivery> delivery(String id) {
    return deliveries.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** Announces a created policy. */
  public void policyCreated(Policy policy, String clientId, String userId) {
    send(WebhookPayloads.POLICY_CREATED, payloads.policyCreated(policy, clientId, userId));
  }

  /** Sends a realistic sample of {@code event}; returns the deliveries it started. */
  public List<Delivery> trigger(SpecWebhook event, JsonNode dataOverrides) {
    return send(event.event(), payloads.sample(event, dataOverrides));
  }

  private List<Delivery> send(String event, ObjectNode payload) {
    byte[] body = Json.bytes(payload);
    List<Delivery> started = new ArrayList<>();
    for (Subscription subscription : subscriptions) {
      if (subscription.wants(event)) {
        Delivery delivery =
            new Delivery(
                "dlv_" + UUID.randomUUID().toString().replace("-", ""),
                subscription,
                event,
                body,
                DataStore.timestamp(clock.instant()));
        deliveries.addFirst(delivery);
        while (deliveries.size() > KEPT_DELIVERIES) {
          deliveries.pollLast();
        }
        started.add(delivery);
        scheduler.execute(() -> attempt(delivery));
      }
    }
    return started;
  }

  private void attempt(Delivery delivery) {
    Subscription subscription = delivery.subscription();
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(subscription.url())
              .timeout(settings.timeout())
              .header("Content-Type", "application/json")
              .header("User-Agent", "compliance-scorecard-mock")
              .header("X-Scorecard-Event", delivery.event())
              .header("X-Scorecard-Delivery", delivery.id())
              // The receiver checks t against its own wall clock, so t is wall-clock time.
              .header(
                  DeliverySignature.HEADER,
                  DeliverySignature.header(
                      subscription.secret(), Instant.now().getEpochSecond(), delivery.body()))
              .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()))
              .build();
    } catch (IllegalArgumentException e) {
      finish(delivery, null, "invalid subscription URL: " + e.getMessage());
      return;
    }
    http()
        .sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .whenComplete(
            (response, error) -> {
              if (error != null) {
                finish(
                    delivery, null, error.getClass().getSimpleName() + ": " + error.getMessage());
              } else {
                finish(delivery, response.statusCode(), null);
              }
            });
  }

  private void finish(Delivery delivery, Integer status, String error) {
    if (!delivery.recordAttempt(status, error, settings.maxAttempts())) {
      return;
    }
    int attempts = delivery.attempts();
    LOG.debug(
        "webhook delivery {} attempt {} failed ({}); retrying",
        delivery.id(),
        attempts,
        status != null ? "HTTP " + status : error);
    if (!scheduler.isShutdown()) {
      scheduler.schedule(
          () -> attempt(delivery),
          settings.backoffAfter(attempts).toMillis(),
          TimeUnit.MILLISECONDS);
    }
  }

  /** Stops sending; pending retries are dropped. */
  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
