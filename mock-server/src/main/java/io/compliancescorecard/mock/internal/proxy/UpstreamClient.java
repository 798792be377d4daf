package io.compliancescorecard.mock.internal.proxy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one request to an upstream with the JDK's HTTP client and reads its whole answer within a
 * time and a size limit. Redirects are not followed, so a request (and its token) reaches only the
 * host it was sent to.
 */
final class UpstreamClient {

  private final HttpClient http;
  private final Duration readTimeout;
  private final long maxBody;

  UpstreamClient(Duration connectTimeout, Duration readTimeout, long maxBody) {
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.readTimeout = readTimeout;
    this.maxBody = maxBody;
  }

  /** An upstream's answer: status, headers as sent, body bytes as sent. */
  record Answer(int status, Map<String, List<String>> headers, byte[] body) {}

  /**
   * Why no answer came; the message names the upstream by its origin only, never a header or body.
   */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean timeout;

    Failure(String message, boolean timeout) {
      super(message, null, false, false);
      this.timeout = timeout;
    }

    boolean timeout() {
      return timeout;
    }
  }

  /**
   * Sends {@code method url} with {@code headers} and {@code body}, and waits at most the read
   * timeout (after the connect timeout) for the whole answer.
   */
  Answer send(String method, URI url, Map<String, String> headers, byte[] body) throws Failure {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(readTimeout)
            .method(
                method,
                body.length == 0
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    String origin = url.getScheme() + "://" + url.getRawAuthority();
    CompletableFuture<HttpResponse<byte[]>> sent =
        http.sendAsync(request.build(), info -> new Capped(maxBody));
    try {
      HttpResponse<byte[]> response =
          sent.get(readTimeout.toMillis() + httpConnectMillis(), TimeUnit.MILLISECONDS);
      return new Answer(response.statusCode(), response.headers().map(), response.body());
    } catch (TimeoutException e) {
      sent.cancel(true);
      throw new Failure(
          "The upstream " + origin + " did not answer within " + readTimeout.toMillis() + " ms.",
          true);
    } catch (InterruptedException e) {
      sent.cancel(true);
      Thread.currentThread().interrupt();
      throw new Failure("The request to the upstream " + origin + " was interrupted.", false);
    } catch (ExecutionException e) {
      throw new Failure(
          describe(e.getCause(), origin),
          e.getCause() instanceof HttpTimeoutException
              && !(e.getCause() instanceof HttpConnectTimeoutException));
    }
  }

  private long httpConnectMillis() {
    return http.connectTimeout().map(Duration::toMillis).orElse(0L);
  }

  private String describe(Throwable cause, String origin) {
    if (cause instanceof BodyTooLarge) {
      return "The upstream " + origin + " sent a body larger than " + maxBody + " bytes.";
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return "The upstream " + origin + " did not accept a connection in time.";
    }
    if (cause instanceof HttpTimeoutException) {
      return "The upstream " + origin + " did not answer within " + readTimeout.toMillis() + " ms.";
    }
    if (cause instanceof ConnectException) {
      return "The upstream " + origin + " is unreachable (connection refused or no route).";
    }
    String kind = cause instanceof IOException ? "an I/O error" : "an error";
    return "The upstream "
        + origin
        + " failed with "
        + kind
        + " ("
        + cause.getClass().getSimpleName()
        + ").";
  }

  /** Thrown inside the body subscriber when the body passes the cap. */
  private static final class BodyTooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLarge() {
      super("upstream body too large", null);
    }
  }

  /** Collects a body up to a cap, then cancels the exchange rather than buffer more. */
  private static final class Capped implements HttpResponse.BodySubscriber<byte[]> {
    private final long max;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    Capped(long max) {
      this.max = max;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer buffer : buffers) {
        if (bytes.size() + (long) buffer.remaining() > max) {
          subscription.cancel();
          result.completeExceptionally(new BodyTooLarge());
          return;
        }
        byte[] chunk = new byte[buffer.remaining()];
        buffer.get(chunk);
        bytes.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable error) {
      result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      result.complete(bytes.toByteArray());
    }
  }
}
