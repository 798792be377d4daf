package io.compliancescorecard.sdk.auth;

import com.auth0.client.auth.AuthAPI;
import com.auth0.exception.APIException;
import com.auth0.exception.Auth0Exception;
import com.auth0.json.auth.TokenHolder;
import com.auth0.jwt.JWT;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.net.TokenRequest;
import io.compliancescorecard.sdk.error.AuthenticationException;
import io.compliancescorecard.sdk.error.ConnectionException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Tokens from Auth0 through the Auth0 Java SDK, by the client-credentials grant (service to
 * service) or the password grant (a user's login), cached and renewed ahead of their {@code exp}
 * claim.
 *
 * <p>Renewal is single-flight: however many threads find the token expired, one token request is
 * made and the others wait for its result. The domain may be a bare host ({@code tenant.auth0.com},
 * HTTPS) or a full {@code http://} or {@code https://} URL, so a local mock server works too. A
 * token request follows a redirect only within the domain's own origin: one to another host, port
 * or scheme fails with an {@link AuthenticationException} naming the domain, and the secret is not
 * sent there.
 *
 * <pre>{@code
 * TokenProvider tokens = Auth0TokenProvider
 *     .clientCredentials("tenant.auth0.com", clientId, clientSecret, "https://go-api.compliancerisk.io")
 *     .build();
 * }</pre>
 */
public final class Auth0TokenProvider implements TokenProvider {

  private final AuthAPI auth;
  private final String domain;
  private final String audience;
  private final String username;
  private final String password;
  private final Duration renewBefore;
  private final Clock clock;
  private final Object lock = new Object();
  private volatile CachedToken cached;

  private Auth0TokenProvider(Builder builder) {
    AuthAPI.Builder api =
        AuthAPI.newBuilder(builder.domain, builder.clientId)
            .withHttpClient(new TokenEndpointClient());
    if (builder.clientSecret != null) {
      api.withClientSecret(builder.clientSecret);
    }
    this.auth = api.build();
    this.domain = builder.domain;
    this.audience = builder.audience;
    this.username = builder.username;
    this.password = builder.password;
    this.renewBefore = builder.renewBefore;
    this.clock = builder.clock;
  }

  /**
   * Starts a provider using the client-credentials grant.
   *
   * @param domain the Auth0 domain, for example {@code tenant.auth0.com} or {@code
   *     http://127.0.0.1:8080}
   * @param clientId the application's client id
   * @param clientSecret the application's client secret
   * @param audience the API identifier the token is for
   * @return a builder for further options
   */
  public static Builder clientCredentials(
      String domain, String clientId, String clientSecret, String audience) {
    return new Builder(domain, clientId).clientSecret(clientSecret).audience(audience);
  }

  /**
   * Starts a provider using the password grant (a user logs in with name and password).
   *
   * @param domain the Auth0 domain, for example {@code tenant.auth0.com} or {@code
   *     http://127.0.0.1:8080}
   * @param clientId the application's client id
   * @param username the user's login
   * @param password the user's password
   * @return a builder for further options (client secret, audience)
   */
  public static Builder password(String domain, String clientId, String username, String password) {
    Builder builder = new Builder(domain, clientId);
    builder.username = Objects.requireNonNull(username, "username");
    builder.password = Objects.requireNonNull(password, "password");
    return builder;
  }

  @Override
  public String token() {
    CachedToken current = cached;
    if (current != null && current.isFresh(clock.instant())) {
      return current.token;
    }
    synchronized (lock) {
      current = cached;
      if (current == null || !current.isFresh(clock.instant())) {
        current = fetch();
        cached = current;
      }
      return current.token;
    }
  }

  @Override
  public void invalidate(String token) {
    synchronized (lock) {
      if (cached != null && cached.token.equals(token)) {
        cached = null;
      }
    }
  }

  @Override
  public String toString() {
    return "Auth0TokenProvider{domain="
        + domain
        + ", grant="
        + (username == null ? "client_credentials" : "password")
        + "}";
  }

  private CachedToken fetch() {
    TokenRequest request =
        username == null
            ? auth.requestToken(audience)
            : auth.login(username, password.toCharArray());
    if (username != null && audience != null) {
      request.setAudience(audience);
    }
    Instant requestedAt = clock.instant();
    TokenHolder holder;
    try {
      holder = request.execute().getBody();
    } catch (APIException e) {
      // The description is Auth0's own text; the request (and its secrets) is never part of the
      // message.
      throw new AuthenticationException(
          e.getStatusCode(),
          e.getError(),
          "Auth0 refused the token request: " + e.getDescription(),
          null,
          null,
          tokenEndpoint(),
          null);
    } catch (Auth0Exception e) {
      if (e.getCause() instanceof TokenEndpointClient.CrossOriginRedirectException) {
        throw new AuthenticationException(
            0,
            null,
            "Auth0 domain " + e.getCause().getMessage(),
            null,
            null,
            tokenEndpoint(),
            null);
      }
      if (e.getCause() instanceof IOException) {
        throw new ConnectionException(tokenEndpoint(), (IOException) e.getCause());
      }
      throw new AuthenticationException(
          0,
          null,
          "Auth0 token request failed: " + e.getMessage(),
          null,
          null,
          tokenEndpoint(),
          null);
    }
    if (holder == null || holder.getAccessToken() == null || holder.getAccessToken().isBlank()) {
      throw new AuthenticationException(
          0, null, "Auth0 answered without an access_token", null, null, tokenEndpoint(), null);
    }
    return new CachedToken(
        holder.getAccessToken(), requestedAt, expiry(holder, requestedAt), renewBefore);
  }

  private String tokenEndpoint() {
    return "POST " + domain + "/oauth/token";
  }

  private static Instant expiry(TokenHolder holder, Instant requestedAt) {
    try {
      Instant exp = JWT.decode(holder.getAccessToken()).getExpiresAtAsInstant();
      if (exp != null) {
        return exp;
      }
    } catch (JWTDecodeException e) {
      // An opaque token: fall back to expires_in below.
    }
    return requestedAt.plusSeconds(Math.max(0, holder.getExpiresIn()));
  }

  /** A token with the instant from which it must be renewed. */
  private static final class CachedToken {
    final String token;
    final Instant renewAt;

    CachedToken(String token, Instant issuedAt, Instant expiresAt, Duration renewBefore) {
      this.token = token;
      // Short-lived tokens (tests, odd tenants) are renewed at half-life rather than immediately.
      Duration lifetime = Duration.between(issuedAt, expiresAt);
      Duration margin =
          lifetime.dividedBy(2).compareTo(renewBefore) < 0 ? lifetime.dividedBy(2) : renewBefore;
      this.renewAt = expiresAt.minus(margin);
    }

    boolean isFresh(Instant now) {
      return now.isBefore(renewAt);
    }
  }

  /** Options of an {@link Auth0TokenProvider}. */
  public static final class Builder {
    private final String domain;
    private final String clientId;
    private String clientSecret;
    private String audience;
    private String username;
    private String password;
    private Duration renewBefore = Duration.ofMinutes(5);
    private Clock clock = Clock.systemUTC();

    private Builder(String domain, String clientId) {
      this.domain = stripTrailingSlash(Objects.requireNonNull(domain, "domain"));
      this.clientId = Objects.requireNonNull(clientId, "clientId");
    }

    /**
     * @param clientSecret the application's client secret (optional for public applications)
     * @return this builder
     */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = clientSecret;
      return this;
    }

    /**
     * @param audience the API identifier the token is for
     * @return this builder
     */
    public Builder audience(String audience) {
      this.audience = audience;
      return this;
    }

    /**
     * @param renewBefore how long before {@code exp} a token is renewed (default 5 minutes; at most
     *     half its lifetime)
     * @return this builder
     */
    public Builder renewBefore(Duration renewBefore) {
      if (renewBefore.isNegative()) {
        throw new IllegalArgumentException("renewBefore must not be negative");
      }
      this.renewBefore = renewBefore;
      return this;
    }

    /**
     * @param clock the source of now, to test renewal
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @return the provider; it requests its first token on first use
     */
    public Auth0TokenProvider build() {
      if (username == null && (clientSecret == null || audience == null)) {
        throw new IllegalArgumentException(
            "the client-credentials grant needs a client secret and an audience");
      }
      return new Auth0TokenProvider(this);
    }

    private static String stripTrailingSlash(String domain) {
      return domain.endsWith("/") ? domain.substring(0, domain.length() - 1) : domain;
    }
  }
}
