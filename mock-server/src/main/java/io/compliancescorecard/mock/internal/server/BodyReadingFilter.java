package io.compliancescorecard.mock.internal.server;

import io.compliancescorecard.mock.MockServerOptions;
import io.compliancescorecard.mock.internal.http.ApiError;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Request;

/**
 * Reads a request's body before anything else sees it, with Servlet non-blocking I/O: a thread
 * works only while bytes are there to read, so clients that upload slowly or stop half-way hold a
 * connection but no thread, and cannot starve the others. A body over the size limit answers 413,
 * one not complete within the body timeout 408, a broken or unfinished one (a bad chunk size, a
 * client gone half-way) 400, and nothing is logged. The complete body is then served by a second
 * dispatch of the same request, so the fast path and WireMock both read it from memory.
 */
final class BodyReadingFilter implements Filter {

  private static final String BODY = BodyReadingFilter.class.getName() + ".body";

  private final Supplier<MockServerOptions> options;
  private long maxBodySize;
  private long bodyTimeoutMillis;

  /**
   * A supplier, because Jetty builds its contexts before the server object is fully constructed.
   */
  BodyReadingFilter(Supplier<MockServerOptions> options) {
    this.options = options;
  }

  @Override
  public void init(FilterConfig config) {
    maxBodySize = options.get().maxBodySize();
    bodyTimeoutMillis = options.get().bodyTimeout().toMillis();
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    byte[] body = (byte[]) request.getAttribute(BODY);
    if (body != null) {
      chain.doFilter(new ReadBodyRequest(request, body), response);
      return;
    }
    long length = request.getContentLengthLong();
    if (length > maxBodySize) {
      ServletResponses.writeAndClose(response, tooLarge());
      return;
    }
    if (!hasBody(request, length)) {
      chain.doFilter(request, response);
      return;
    }
    AsyncContext async = request.startAsync();
    async.setTimeout(bodyTimeoutMillis);
    Reader reader = new Reader(async, request.getInputStream(), response);
    async.addListener(reader);
    request.getInputStream().setReadListener(reader);
  }

  /**
   * HTTP/1 announces a body by Content-Length or Transfer-Encoding; HTTP/2 (h2c) may send one with
   * neither.
   */
  private static boolean hasBody(HttpServletRequest request, long length) {
    return length > 0
        || length < 0
            && (request.getHeader("Transfer-Encoding") != null
                || !request.getProtocol().startsWith("HTTP/1"));
  }

  private ApiError tooLarge() {
    return new ApiError(
        413,
        "PAYLOAD_TOO_LARGE",
        "The request body is larger than the limit of " + maxBodySize + " bytes.",
        null);
  }

  /**
   * Collects one body; whichever of its ends comes first (all read, too large, broken, timed out)
   * wins.
   */
  private final class Reader implements ReadListener, AsyncListener {

    private final AsyncContext async;
    private final ServletInputStream in;
    private final HttpServletResponse response;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final byte[] chunk = new byte[8192];
    private final AtomicBoolean ended = new AtomicBoolean();

    Reader(AsyncContext async, ServletInputStream in, HttpServletResponse response) {
      this.async = async;
      this.in = in;
      this.response = response;
    }

    @Override
    public void onDataAvailable() throws IOException {
      while (in.isReady() && !in.isFinished()) {
        int n = in.read(chunk);
        if (n < 0) {
          return;
        }
        if (buffer.size() + n > maxBodySize) {
          answer(tooLarge());
          return;
        }
        buffer.write(chunk, 0, n);
      }
    }

    @Override
    public void onAllDataRead() {
      if (ended.compareAndSet(false, true)) {
        async.getRequest().setAttribute(BODY, buffer.toByteArray());
        async.dispatch();
      }
    }

    /**
     * Jetty reports a broken body (a bad chunk size) and a client that stopped sending alike, as an
     * early end of the body; both get 400, which a client that went away never reads.
     */
    @Override
    public void onError(Throwable failure) {
      answer(
          timedOut(failure)
              ? timedOut()
              : ApiError.badRequest("The request body is malformed or ended early."));
    }

    /**
     * The connection's idle timeout ends a stalled body too, as an I/O error caused by a timeout.
     */
    private static boolean timedOut(Throwable failure) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (t instanceof TimeoutException) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void onTimeout(AsyncEvent event) {
      answer(timedOut(), true);
    }

    @Override
    public void onComplete(AsyncEvent event) {
      // Nothing to release: the buffer goes with this reader.
    }

    @Override
    public void onError(AsyncEvent event) {
      onError(event.getThrowable());
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
      // A later startAsync (WireMock's delayed responses) needs nothing from the reader.
    }

    private void answer(ApiError error) {
      answer(error, false);
    }

    private void answer(ApiError error, boolean readPending) {
      if (!ended.compareAndSet(false, true)) {
        return;
      }
      try {
        ServletResponses.writeAndClose(response, error);
        if (readPending) {
          // Jetty warns when a request completes while a read still waits for its body: send the
          // answer,
          // then end that read by closing the connection.
          response.flushBuffer();
          Request.getBaseRequest(async.getRequest()).getHttpChannel().getEndPoint().close();
        }
      } catch (IOException | IllegalStateException e) {
        // The client went away: there is no one to answer.
      }
      async.complete();
    }

    private ApiError timedOut() {
      return new ApiError(
          408,
          "REQUEST_TIMEOUT",
          "The request body did not arrive within " + bodyTimeoutMillis + " ms.",
          null);
    }
  }
}
