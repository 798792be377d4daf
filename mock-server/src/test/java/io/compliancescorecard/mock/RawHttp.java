package io.compliancescorecard.mock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Raw HTTP over a socket, for requests no HTTP client sends: broken, slow or abandoned ones. */
final class RawHttp {

  private RawHttp() {}

  /** A socket connected to {@code server}, reads giving up after 10 s. */
  static Socket connect(MockServer server) {
    URI base = URI.create(server.baseUrl());
    try {
      Socket socket = new Socket(base.getHost(), base.getPort());
      socket.setSoTimeout(10_000);
      return socket;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sends {@code request} as is on a new connection and returns all the server sends until it
   * closes.
   */
  static String exchange(MockServer server, String request) {
    try (Socket socket = connect(server)) {
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      return readAll(socket);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Everything the server sends on {@code socket} until it closes the connection. */
  static String readAll(Socket socket) throws IOException {
    return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  /** The status line of a raw response, e.g. {@code HTTP/1.1 400 Bad Request}. */
  static String statusLine(String response) {
    int end = response.indexOf('\r');
    return end < 0 ? response : response.substring(0, end);
  }
}
