package io.compliancescorecard.mock.internal.api;

import io.compliancescorecard.mock.internal.http.ApiError;
import io.compliancescorecard.mock.internal.http.ApiResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Replays the first response of a create repeated with the same {@code Idempotency-Key}. Concurrent
 * repeats wait for the first one, so a key never creates twice; a failed first attempt is forgotten
 * so that the client may retry it. A key is scoped to the user, the operation and its decoded path
 * parameters, so {@code /companies/%63ompany123/clients} is the same create as {@code
 * /companies/company123/clients}.
 *
 * <p>Memory stays bounded whatever clients send: a key keeps a SHA-256 digest of its request body
 * (to refuse the same key with another body), never the body, and keys are forgotten once older
 * than the lifetime or when more than the limit are held, oldest first.
 */
public final class IdempotencyKeys {

  /** What a key is scoped to. */
  record Scope(String userId, String operationId, List<String> pathParams, String key) {}

  private record Entry(byte[] digest, Instant expires, CompletableFuture<ApiResponse> response) {}

  private final int limit;
  private final Duration lifetime;
  private final Clock clock;
  // Insertion order is age order, so the entries to forget first are at the head.
  private final LinkedHashMap<Scope, Entry> entries = new LinkedHashMap<>();

  /**
   * A store of at most {@code limit} keys, each remembered for {@code lifetime}.
   *
   * @param limit how many keys are held at most
   * @param lifetime how long a key is remembered
   * @param clock the clock keys age by
   */
  public IdempotencyKeys(int limit, Duration lifetime, Clock clock) {
    this.limit = limit;
    this.lifetime = lifetime;
    this.clock = clock;
  }

  /** The response of {@code create}, run once per scope. */
  ApiResponse once(Scope scope, byte[] body, Supplier<ApiResponse> create) {
    byte[] digest = sha256(body);
    Entry mine = new Entry(digest, clock.instant().plus(lifetime), new CompletableFuture<>());
    Entry existing;
    synchronized (entries) {
      forgetOld(clock.instant());
      existing = entries.putIfAbsent(scope, mine);
    }
    if (existing != null) {
      if (!MessageDigest.isEqual(existing.digest(), digest)) {
        throw ApiError.validation(
            "Idempotency-Key", "This key was already used with a different request body.");
      }
      try {
        return existing.response().join().copy().header("Idempotent-Replayed", "true");
      } catch (CompletionException e) {
        // The first attempt failed and was forgotten: this one runs as new.
        return once(scope, body, create);
      }
    }
    try {
      ApiResponse response = create.get();
      if (response.status() >= 300) {
        forget(scope, mine);
        mine.response().completeExceptionally(new IllegalStateException("not cached"));
        return response;
      }
      mine.response().complete(response.copy());
      return response;
    } catch (RuntimeException e) {
      forget(scope, mine);
      mine.response().completeExceptionally(e);
      throw e;
    }
  }

  /** Forgets every key. */
  void clear() {
    synchronized (entries) {
      entries.clear();
    }
  }

  /**
   * Forgets expired keys, and the oldest while the store is full. A key whose create is still
   * running is kept: forgetting it would let a concurrent repeat create a second time.
   */
  private void forgetOld(Instant now) {
    int excess = entries.size() + 1 - limit;
    for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
      Entry entry = it.next();
      boolean expired = !now.isBefore(entry.expires());
      if (!expired && excess <= 0) {
        return;
      }
      if (entry.response().isDone()) {
        it.remove();
        excess--;
      }
    }
  }

  private void forget(Scope scope, Entry entry) {
    synchronized (entries) {
      entries.remove(scope, entry);
    }
  }

  private static byte[] sha256(byte[] body) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(body);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
