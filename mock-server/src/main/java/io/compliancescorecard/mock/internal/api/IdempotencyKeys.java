package io.compliancescorecard.mock.internal.api;

import io.compliancescorecard.mock.internal.http.ApiError;
import io.compliancescorecard.mock.internal.http.ApiResponse;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Replays the first response of a create repeated with the same {@code Idempotency-Key}. Concurrent
 * repeats wait for the first one, so a key never creates twice; a failed first attempt is forgotten so
 * that the client may retry it. Keys are scoped to the user and the operation's path.
 */
final class IdempotencyKeys {

  private record Entry(byte[] body, CompletableFuture<ApiResponse> response) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  /** The response of {@code create}, run once per key. */
  ApiResponse once(String userId, String path, String key, byte[] body, Supplier<ApiResponse> create) {
    String scope = userId + '\u0000' + path + '\u0000' + key;
    Entry mine = new Entry(body, new CompletableFuture<>());
    Entry existing = entries.putIfAbsent(scope, mine);
    if (existing != null) {
      if (!Arrays.equals(existing.body(), body)) {
        throw ApiError.validation("Idempotency-Key", "This key was already used with a different request body.");
      }
      try {
        return existing.response().join().copy().header("Idempotent-Replayed", "true");
      } catch (CompletionException e) {
        // The first attempt failed and was forgotten: this one runs as new.
        return once(userId, path, key, body, create);
      }
    }
    try {
      ApiResponse response = create.get();
      if (response.status() >= 300) {
        entries.remove(scope, mine);
        mine.response().completeExceptionally(new IllegalStateException("not cached"));
        return response;
      }
      mine.response().complete(response.copy());
      return response;
    } catch (RuntimeException e) {
      entries.remove(scope, mine);
      mine.response().completeExceptionally(e);
      throw e;
    }
  }

  /** Forgets every key. */
  void clear() {
    entries.clear();
  }
}
