package io.compliancescorecard.mock.internal.auth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The audiences ({@code aud}) the mock issues tokens for and accepts: those configured, or by
 * default the hosted API's (the spec's production URL) and the mock's own base URLs, which are
 * known once it listens. A trailing slash is ignored, so {@code https://go-api.compliancerisk.io/}
 * is the same API.
 */
public final class Audiences {

  private final List<String> configured;
  private final String hostedApi;
  private volatile Set<String> accepted;

  /**
   * @param configured the audiences to serve, replacing the default; empty for the default
   * @param hostedApi the hosted API's audience
   */
  public Audiences(List<String> configured, String hostedApi) {
    this.configured = List.copyOf(configured);
    this.hostedApi = hostedApi;
    this.accepted = normalised(configured.isEmpty() ? List.of(hostedApi) : configured);
  }

  /** Adds the mock's own base URLs to the default audiences (configured ones stay as they are). */
  public void serveAt(List<String> baseUrls) {
    if (configured.isEmpty()) {
      List<String> all = new ArrayList<>(baseUrls);
      all.add(0, hostedApi);
      accepted = normalised(all);
    }
  }

  /**
   * The audience of a token whose request names none: the hosted API's, or the first configured.
   */
  public String fallback() {
    return configured.isEmpty() ? hostedApi : configured.get(0);
  }

  /** Whether a token for {@code audience} is one of this mock's. */
  public boolean accepts(String audience) {
    return audience != null && accepted.contains(strip(audience));
  }

  /** The accepted audiences, for an error message. */
  public Set<String> accepted() {
    return accepted;
  }

  private static Set<String> normalised(List<String> audiences) {
    Set<String> set = new LinkedHashSet<>();
    audiences.forEach(a -> set.add(strip(a)));
    return Collections.unmodifiableSet(set);
  }

  private static String strip(String audience) {
    return audience.endsWith("/") ? audience.substring(0, audience.length() - 1) : audience;
  }
}
