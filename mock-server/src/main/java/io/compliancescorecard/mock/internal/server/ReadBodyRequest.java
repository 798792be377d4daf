package io.compliancescorecard.mock.internal.server;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;

/**
 * A request whose body {@link BodyReadingFilter} has already read: WireMock and the fast path read
 * it from memory with blocking calls.
 */
final class ReadBodyRequest extends HttpServletRequestWrapper {

  private static final byte[] NONE = new byte[0];

  private final byte[] body;

  ReadBodyRequest(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
  }

  /**
   * The body of a request that passed {@link BodyReadingFilter}: it wraps every request that has
   * one, so any other has none, and nothing is read (reading an empty stream to its end allocates
   * kilobytes).
   */
  static byte[] bodyOf(HttpServletRequest request) {
    return request instanceof ReadBodyRequest read ? read.body : NONE;
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream bytes = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return bytes.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return bytes.read(b, off, len);
      }

      @Override
      public boolean isFinished() {
        return bytes.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new IllegalStateException("the body was read already; read it with blocking calls");
      }
    };
  }

  @Override
  public int getContentLength() {
    return body.length;
  }

  @Override
  public long getContentLengthLong() {
    return body.length;
  }
}
