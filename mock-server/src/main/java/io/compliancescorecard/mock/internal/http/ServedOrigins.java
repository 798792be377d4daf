package io.compliancescorecard.mock.internal.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names the mock answers to, from its bind address, its port and the allowed hosts. A browser
 * page that rebinds its own DNS name to 127.0.0.1 still sends that name as {@code Host}, so a
 * request naming any other host is not for this server. Only the host is compared, not the port, so
 * a port mapping in front of the mock keeps working.
 */
public final class ServedOrigins {

  private static final List<String> LOOPBACK = List.of("127.0.0.1", "localhost", "[::1]");
  // An address literal cannot be rebound: a request naming one went to that address.
  private static final Pattern IP_LITERAL =
      Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|\\[[0-9a-f:.]+]");

  private final int port;
  private final Set<String> names = new LinkedHashSet<>();
  private final boolean anyAddress;

  /**
   * @param bindAddress the address listened on ({@code 127.0.0.1}, {@code ::1}, {@code 0.0.0.0},
   *     ...)
   * @param port the port listened on
   * @param allowedHosts further names the server answers to (a container's service name, say)
   */
  public ServedOrigins(String bindAddress, int port, List<String> allowedHosts) {
    this.port = port;
    String bind =
        bindAddress.contains(":") && !bindAddress.startsWith("[")
            ? "[" + bindAddress + "]"
            : bindAddress;
    bind = bind.toLowerCase(Locale.ROOT);
    this.anyAddress =
        bind.equals("0.0.0.0") || bind.equals("[::]") || bind.equals("[0:0:0:0:0:0:0:0]");
    if (!anyAddress) {
      names.add(bind);
    }
    if (anyAddress || LOOPBACK.contains(bind) || bind.startsWith("127.")) {
      names.addAll(LOOPBACK);
    }
    allowedHosts.forEach(host -> names.add(host.toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether a request with this {@code Host} header is for this server; no header (no browser omits
   * it) is.
   */
  public boolean allowsHost(String hostHeader) {
    return hostHeader == null || allowsName(hostOf(hostHeader.trim().toLowerCase(Locale.ROOT)));
  }

  /** Whether an {@code Origin} header names this server (http, an allowed host, its port). */
  public boolean isOwn(String origin) {
    try {
      URI uri = new URI(origin);
      String host = uri.getHost();
      int originPort = uri.getPort() < 0 ? 80 : uri.getPort();
      return "http".equalsIgnoreCase(uri.getScheme())
          && host != null
          && originPort == port
          && allowsName(host.toLowerCase(Locale.ROOT));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /**
   * The base URLs of the named hosts ({@code http://127.0.0.1:8080}, {@code http://localhost:8080},
   * ...).
   */
  public List<String> baseUrls() {
    List<String> urls = new ArrayList<>();
    names.forEach(name -> urls.add("http://" + name + ":" + port));
    return urls;
  }

  private boolean allowsName(String host) {
    return names.contains(host) || anyAddress && IP_LITERAL.matcher(host).matches();
  }

  /**
   * The host of a {@code Host} header: {@code [::1]:8080} gives {@code [::1]}, {@code a:80} gives
   * {@code a}.
   */
  private static String hostOf(String header) {
    if (header.startsWith("[")) {
      int end = header.indexOf(']');
      return end < 0 ? header : header.substring(0, end + 1);
    }
    int colon = header.indexOf(':');
    return colon < 0 ? header : header.substring(0, colon);
  }
}
