package io.compliancescorecard.mock;

import io.compliancescorecard.mock.chaos.ChaosRule;
import io.compliancescorecard.mock.internal.proxy.ProxySettings;
import io.compliancescorecard.mock.internal.ratelimit.RateLimit;
import io.compliancescorecard.mock.internal.webhooks.WebhookSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a {@link MockServer} runs. Immutable; made with {@link #builder()}. Defaults: a free port on
 * 127.0.0.1, the packaged seed, 24 h tokens, the spec's rate limits, five webhook attempts with 1 s
 * first backoff, no chaos, quiet logging; request bodies up to 1 MiB arriving within 10 s,
 * connections idle for at most 30 s, idempotency keys remembered for 24 h, at most 10,000 of them.
 */
public final class MockServerOptions {

  private final int port;
  private final String bindAddress;
  private final Path dataFile;
  private final Duration tokenLifetime;
  private final Map<String, RateLimit> rateLimits;
  private final WebhookSettings webhookSettings;
  private final List<WebhookTarget> webhooks;
  private final List<ChaosRule> chaos;
  private final boolean verbose;
  private final Clock clock;
  // Trust: who may call the mock, and for which API its tokens are.
  private final List<String> audiences;
  private final List<String> allowedHosts;
  private final int maxLoginAttempts;
  private final Duration loginBlock;

  // Limits against slow, broken and hostile clients.
  private final long maxBodySize;
  private final Duration bodyTimeout;
  private final Duration idleTimeout;
  private final int idempotencyKeyLimit;
  private final Duration idempotencyKeyLifetime;

  // The validating proxy: null unless proxying.
  private final ProxySettings proxy;

  private MockServerOptions(Builder b) {
    this.port = b.port;
    this.bindAddress = b.bindAddress;
    this.dataFile = b.dataFile;
    this.tokenLifetime = b.tokenLifetime;
    this.rateLimits = Map.copyOf(b.rateLimits);
    this.webhookSettings =
        new WebhookSettings(b.webhookAttempts, b.webhookBackoff, b.webhookTimeout);
    this.webhooks = List.copyOf(b.webhooks);
    this.chaos = List.copyOf(b.chaos);
    this.verbose = b.verbose;
    this.clock = b.clock;
    this.audiences = List.copyOf(b.audiences);
    this.allowedHosts = List.copyOf(b.allowedHosts);
    this.maxLoginAttempts = b.maxLoginAttempts;
    this.loginBlock = b.loginBlock;

    this.maxBodySize = b.maxBodySize;
    this.bodyTimeout = b.bodyTimeout;
    this.idleTimeout = b.idleTimeout;
    this.idempotencyKeyLimit = b.idempotencyKeyLimit;
    this.idempotencyKeyLifetime = b.idempotencyKeyLifetime;
    this.proxy = b.proxySettings();
  }

  /**
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the options with every default
   */
  public static MockServerOptions defaults() {
    return builder().build();
  }

  /**
   * @return the port; 0 for a free one
   */
  public int port() {
    return port;
  }

  /**
   * @return the address to listen on
   */
  public String bindAddress() {
    return bindAddress;
  }

  /**
   * @return a data file replacing the packaged seed, or null
   */
  public Path dataFile() {
    return dataFile;
  }

  /**
   * @return how long issued tokens live
   */
  public Duration tokenLifetime() {
    return tokenLifetime;
  }

  /**
   * @return rate limits replacing the spec's, by category ({@code general}, {@code authentication},
   *     ...)
   */
  public Map<String, RateLimit> rateLimits() {
    return rateLimits;
  }

  /**
   * @return the attempts, backoff and timeout of webhook deliveries
   */
  public WebhookSettings webhookSettings() {
    return webhookSettings;
  }

  /**
   * @return the webhook subscriptions registered at start
   */
  public List<WebhookTarget> webhooks() {
    return webhooks;
  }

  /**
   * @return the chaos rules in force at start
   */
  public List<ChaosRule> chaos() {
    return chaos;
  }

  /**
   * @return whether every request is logged (one line each, never a header or body)
   */
  public boolean verbose() {
    return verbose;
  }

  /**
   * @return the clock of timestamps, token expiry and rate-limit windows
   */
  public Clock clock() {
    return clock;
  }

  /**
   * @return the largest request body accepted, in bytes; a larger one is answered 413
   */
  public long maxBodySize() {
    return maxBodySize;
  }

  /**
   * @return how long a request body may take to arrive once its headers have; a slower one is
   *     answered 408
   */
  public Duration bodyTimeout() {
    return bodyTimeout;
  }

  /**
   * @return how long a connection may stay silent before it is closed
   */
  public Duration idleTimeout() {
    return idleTimeout;
  }

  /**
   * @return how many idempotency keys are remembered at most; the oldest are forgotten first
   */
  public int idempotencyKeyLimit() {
    return idempotencyKeyLimit;
  }

  /**
   * @return how long an idempotency key is remembered
   */
  public Duration idempotencyKeyLifetime() {
    return idempotencyKeyLifetime;
  }

  /**
   * @return the token audiences served; empty for the default (the mock's own base URLs and the
   *     hosted API's, the spec's production URL)
   */
  public List<String> audiences() {
    return audiences;
  }

  /**
   * @return host names accepted in {@code Host} and {@code Origin} besides the bind address (and
   *     loopback names)
   */
  public List<String> allowedHosts() {
    return allowedHosts;
  }

  /**
   * @return failed logins per user and address before Auth0-style blocking; 0 when off
   */
  public int maxLoginAttempts() {
    return maxLoginAttempts;
  }

  /**
   * @return how long a blocked user stays blocked from that address
   */
  public Duration loginBlock() {
    return loginBlock;
  }

  /**
   * @return the validating proxy's settings (upstream, Auth0 domain, timeouts, limits, recording,
   *     report), or null when the server serves its own data
   */
  public ProxySettings proxy() {
    return proxy;
  }

  /**
   * A webhook subscription made at start.
   *
   * @param url where deliveries go
   * @param secret the signing secret
   */
  public record WebhookTarget(URI url, String secret) {

    /** Keeps the secret out of logs. */
    @Override
    public String toString() {
      return "WebhookTarget[url=" + url + "]";
    }
  }

  /** Builds {@link MockServerOptions}. */
  public static final class Builder {
    private int port;
    private String bindAddress = "127.0.0.1";
    private Path dataFile;
    private Duration tokenLifetime = Duration.ofHours(24);
    private final Map<String, RateLimit> rateLimits = new LinkedHashMap<>();
    private int webhookAttempts = WebhookSettings.DEFAULTS.maxAttempts();
    private Duration webhookBackoff = WebhookSettings.DEFAULTS.initialBackoff();
    private Duration webhookTimeout = WebhookSettings.DEFAULTS.timeout();
    private final List<WebhookTarget> webhooks = new ArrayList<>();
    private final List<ChaosRule> chaos = new ArrayList<>();
    private boolean verbose;
    private Clock clock = Clock.systemUTC();
    private final List<String> audiences = new ArrayList<>();
    private final List<String> allowedHosts = new ArrayList<>();
    private int maxLoginAttempts = 10;
    private Duration loginBlock = Duration.ofDays(30);

    private long maxBodySize = 1024 * 1024;
    private Duration bodyTimeout = Duration.ofSeconds(10);
    private Duration idleTimeout = Duration.ofSeconds(30);
    private int idempotencyKeyLimit = 10_000;
    private Duration idempotencyKeyLifetime = Duration.ofHours(24);

    private URI proxyTo;
    private URI proxyAuth0Domain;
    private Duration proxyConnectTimeout = ProxySettings.CONNECT_TIMEOUT;
    private Duration proxyReadTimeout = ProxySettings.READ_TIMEOUT;
    private long proxyMaxBody = ProxySettings.MAX_UPSTREAM_BODY;
    private int proxyMaxViolations = ProxySettings.MAX_VIOLATIONS;
    private boolean failOnViolation;
    private Path record;
    private boolean recordAnonymize;
    private Path report;

    private Builder() {}

    /**
     * @param port the port to listen on, 0-65535; 0 (the default) picks a free one
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0-65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * @param bindAddress the address to listen on; 127.0.0.1 by default
     * @return this builder
     */
    public Builder bindAddress(String bindAddress) {
      this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
      return this;
    }

    /**
     * Serve this data file (the seed's shape) instead of the packaged seed; reset returns to it.
     *
     * @param dataFile a data set in the seed's JSON shape, or null for the packaged seed
     * @return this builder
     */
    public Builder dataFile(Path dataFile) {
      this.dataFile = dataFile;
      return this;
    }

    /**
     * Short lifetimes let clients rehearse renewal.
     *
     * @param lifetime how long tokens live, positive; 24 h by default
     * @return this builder
     */
    public Builder tokenLifetime(Duration lifetime) {
      if (lifetime.isZero() || lifetime.isNegative()) {
        throw new IllegalArgumentException("token lifetime must be positive");
      }
      this.tokenLifetime = lifetime;
      return this;
    }

    /**
     * Replaces one category's limit and window.
     *
     * @param category the rate-limit category, for example {@code general} or {@code
     *     authentication}
     * @param limit requests allowed per window, at least 1
     * @param window the window's length, positive
     * @return this builder
     */
    public Builder rateLimit(String category, int limit, Duration window) {
      rateLimits.put(Objects.requireNonNull(category, "category"), new RateLimit(limit, window));
      return this;
    }

    /**
     * @param attempts attempts per webhook delivery, at least 1 (5 by default)
     * @return this builder
     */
    public Builder webhookAttempts(int attempts) {
      this.webhookAttempts = attempts;
      return this;
    }

    /**
     * @param backoff the wait before a delivery's second attempt, doubling after (1 s by default)
     * @return this builder
     */
    public Builder webhookBackoff(Duration backoff) {
      this.webhookBackoff = Objects.requireNonNull(backoff, "backoff");
      return this;
    }

    /**
     * @param timeout how long one delivery attempt waits for the receiver (10 s by default)
     * @return this builder
     */
    public Builder webhookTimeout(Duration timeout) {
      this.webhookTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * Subscribes {@code url} to every event at start, signing with {@code secret}.
     *
     * @param url where deliveries go
     * @param secret the signing secret
     * @return this builder
     */
    public Builder webhook(URI url, String secret) {
      webhooks.add(
          new WebhookTarget(
              Objects.requireNonNull(url, "url"), Objects.requireNonNull(secret, "secret")));
      return this;
    }

    /**
     * Adds a chaos rule in force from the start.
     *
     * @param rule which requests to disturb, and how
     * @return this builder
     */
    public Builder chaos(ChaosRule rule) {
      chaos.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * @param verbose whether to log every request (off by default: it costs throughput)
     * @return this builder
     */
    public Builder verbose(boolean verbose) {
      this.verbose = verbose;
      return this;
    }

    /**
     * @param clock the clock of timestamps, token expiry and rate-limit windows (the system clock
     *     by default)
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Serves tokens for {@code audience}; the first call replaces the default audiences (the mock's
     * own base URLs and the hosted API's), and a token request naming none gets the first one
     * given.
     *
     * @param audience an API identifier, such as {@code https://go-api.compliancerisk.io}
     * @return this builder
     */
    public Builder audience(String audience) {
      if (Objects.requireNonNull(audience, "audience").isBlank()) {
        throw new IllegalArgumentException("an audience must not be blank");
      }
      audiences.add(audience.trim());
      return this;
    }

    /**
     * Answers requests whose {@code Host} (and admin requests whose {@code Origin}) name {@code
     * host}, besides the bind address and, on a loopback or wildcard bind, {@code localhost},
     * {@code 127.0.0.1} and {@code [::1]}. Other names get 421, which defeats DNS rebinding.
     *
     * @param host a host name without port, such as {@code mock} or {@code mock.internal}
     * @return this builder
     */
    public Builder allowedHost(String host) {
      if (Objects.requireNonNull(host, "host").isBlank()
          || host.contains(":") && !host.startsWith("[")
          || host.contains("/")) {
        throw new IllegalArgumentException(
            "an allowed host is a name without scheme or port, got '" + host + "'");
      }
      allowedHosts.add(host.trim());
      return this;
    }

    /**
     * Auth0's brute-force protection: after this many consecutive failed password logins for one
     * user from one address, the token endpoint answers {@code 429 too_many_attempts} to that user
     * from that address, even with the right password, until the block runs out or the data is
     * reset.
     *
     * @param attempts failed logins before blocking, 10 by default (Auth0's); 0 turns the
     *     protection off
     * @return this builder
     */
    public Builder maxLoginAttempts(int attempts) {
      if (attempts < 0) {
        throw new IllegalArgumentException(
            "max login attempts must be 0 (off) or more, was " + attempts);
      }
      this.maxLoginAttempts = attempts;
      return this;
    }

    /**
     * @param block how long a block lasts, positive; 30 days by default (Auth0's), short in tests
     * @return this builder
     */
    public Builder loginBlock(Duration block) {
      if (block.isZero() || block.isNegative()) {
        throw new IllegalArgumentException("the login block must be positive");
      }
      this.loginBlock = block;
      return this;
    }

    /**
     * @param bytes the largest request body accepted, at least 1 (1 MiB by default); larger ones
     *     get 413
     * @return this builder
     */
    public Builder maxBodySize(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException(
            "the body size limit must be at least 1 byte, was " + bytes);
      }
      this.maxBodySize = bytes;
      return this;
    }

    /**
     * @param timeout how long a request body may take to arrive, positive (10 s by default); slower
     *     ones get 408
     * @return this builder
     */
    public Builder bodyTimeout(Duration timeout) {
      this.bodyTimeout = positive(timeout, "body timeout");
      return this;
    }

    /**
     * @param timeout how long a connection may stay silent before it is closed, positive (30 s by
     *     default)
     * @return this builder
     */
    public Builder idleTimeout(Duration timeout) {
      this.idleTimeout = positive(timeout, "idle timeout");
      return this;
    }

    /**
     * Bounds the memory idempotency keys take: each key keeps a digest of its request and the first
     * response, until it is older than {@code lifetime} or {@code limit} newer keys have come.
     *
     * @param limit how many keys are remembered at most, at least 1 (10,000 by default)
     * @param lifetime how long a key is remembered, positive (24 h by default)
     * @return this builder
     */
    public Builder idempotencyKeys(int limit, Duration lifetime) {
      if (limit < 1) {
        throw new IllegalArgumentException(
            "the idempotency key limit must be at least 1, was " + limit);
      }
      this.idempotencyKeyLimit = limit;
      this.idempotencyKeyLifetime = positive(lifetime, "idempotency key lifetime");
      return this;
    }

    /**
     * Makes the server a validating proxy: every API request goes, with the caller's {@code
     * Authorization}, to {@code upstream}, and its answer comes back unchanged while both are
     * checked against the spec; violations are logged and listed by {@code GET /_mock/violations}.
     *
     * @param upstream the real API's base URL, such as {@code https://go-api.compliancerisk.io}
     * @return this builder
     */
    public Builder proxyTo(URI upstream) {
      this.proxyTo = Objects.requireNonNull(upstream, "upstream");
      return this;
    }

    /**
     * Where the proxy sends {@code /oauth/token}; without it, token requests are refused with 501.
     *
     * @param domain the Auth0 domain, such as {@code https://tenant.eu.auth0.com} (https when no
     *     scheme)
     * @return this builder
     */
    public Builder proxyAuth0Domain(URI domain) {
      this.proxyAuth0Domain = Objects.requireNonNull(domain, "domain");
      return this;
    }

    /**
     * @param connect the longest wait for a connection to an upstream, positive (5 s by default)
     * @param read the longest wait for an upstream's whole answer, positive (30 s by default); then
     *     504
     * @return this builder
     */
    public Builder proxyTimeouts(Duration connect, Duration read) {
      this.proxyConnectTimeout = positive(connect, "proxy connect timeout");
      this.proxyReadTimeout = positive(read, "proxy read timeout");
      return this;
    }

    /**
     * Bounds the proxy's memory.
     *
     * @param maxUpstreamBody the largest upstream body passed on, in bytes (16 MiB by default);
     *     larger is 502
     * @param maxViolations violations kept for {@code GET /_mock/violations}, the newest (1,000 by
     *     default)
     * @return this builder
     */
    public Builder proxyLimits(long maxUpstreamBody, int maxViolations) {
      this.proxyMaxBody = maxUpstreamBody;
      this.proxyMaxViolations = maxViolations;
      return this;
    }

    /**
     * @param fail whether an upstream answer that breaks the spec is answered 502 with the error
     *     envelope instead of passed on (off by default)
     * @return this builder
     */
    public Builder failOnViolation(boolean fail) {
      this.failOnViolation = fail;
      return this;
    }

    /**
     * Writes what the proxy saw, at {@link MockServer#close()}, as a data file {@link
     * #dataFile(Path)} loads, with every secret replaced.
     *
     * @param file where to write the recording
     * @param anonymize whether email addresses are replaced by hashes of themselves
     * @return this builder
     */
    public Builder record(Path file, boolean anonymize) {
      this.record = Objects.requireNonNull(file, "file");
      this.recordAnonymize = anonymize;
      return this;
    }

    /**
     * Writes the drift report, every violation grouped by operation with counts, at {@link
     * MockServer#close()}.
     *
     * @param file where to write the JSON report
     * @return this builder
     */
    public Builder report(Path file) {
      this.report = Objects.requireNonNull(file, "file");
      return this;
    }

    private ProxySettings proxySettings() {
      if (proxyTo == null) {
        if (proxyAuth0Domain != null || failOnViolation || record != null || report != null) {
          throw new IllegalArgumentException(
              "the Auth0 domain, fail-on-violation, record and report need a proxy target (--proxy-to)");
        }
        return null;
      }
      if (dataFile != null) {
        throw new IllegalArgumentException(
            "a proxy serves the upstream's data, not a data file (--data)");
      }
      return new ProxySettings(
          proxyTo,
          proxyAuth0Domain,
          proxyConnectTimeout,
          proxyReadTimeout,
          proxyMaxBody,
          proxyMaxViolations,
          failOnViolation,
          record,
          recordAnonymize,
          report);
    }

    private static Duration positive(Duration duration, String what) {
      if (duration.isZero() || duration.isNegative()) {
        throw new IllegalArgumentException(what + " must be positive");
      }
      return duration;
    }

    /**
     * @return the options set on this builder
     */
    public MockServerOptions build() {
      return new MockServerOptions(this);
    }
  }
}
