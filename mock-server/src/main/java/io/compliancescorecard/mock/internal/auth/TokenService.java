package io.compliancescorecard.mock.internal.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.compliancescorecard.mock.internal.http.ApiError;
import io.compliancescorecard.mock.internal.http.Json;
import io.compliancescorecard.mock.internal.store.User;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues and checks the mock tenant's ES256 tokens, for the {@link Audiences} it serves. Each
 * instance signs with a key pair of its own, made at its start and never written anywhere,
 * published as a JWKS under a key id of this instance; a token's signature is checked once and the
 * result cached, so the hot path of an API call is a map lookup plus the expiry and revocation
 * checks.
 */
public final class TokenService {

  private static final int MAX_CACHED = 100_000;
  private static final String BEARER = "bearer ";

  private final Clock clock;
  private final Duration lifetime;
  private final Audiences audiences;
  private final String keyId = UUID.randomUUID().toString();
  private final ECPublicKey publicKey;
  private final Algorithm algorithm;
  private final JWTVerifier verifier;
  private final ConcurrentHashMap<String, Principal> verified = new ConcurrentHashMap<>();
  private final Set<String> revoked = ConcurrentHashMap.newKeySet();

  /** The issuer ({@code iss}) of the mock's tokens. */
  public static final String ISSUER = "urn:compliance-scorecard:mock";

  /**
   * Signs with {@code pair} (see {@link #newKeyPair()}); tokens live {@code lifetime}, for {@code
   * audiences}.
   */
  public TokenService(Clock clock, Duration lifetime, KeyPair pair, Audiences audiences) {
    this.clock = clock;
    this.lifetime = lifetime;
    this.audiences = audiences;
    this.publicKey = (ECPublicKey) pair.getPublic();
    this.algorithm = Algorithm.ECDSA256(publicKey, (ECPrivateKey) pair.getPrivate());
    this.verifier =
        ((JWTVerifier.BaseVerification) JWT.require(algorithm).withIssuer(ISSUER)).build(clock);
  }

  /** How long new tokens live. */
  public Duration lifetime() {
    return lifetime;
  }

  /**
   * Whether a token may be issued for {@code audience}: one this mock serves, or none (the
   * fallback).
   */
  public boolean issuesFor(String audience) {
    return audience == null || audience.isBlank() || audiences.accepts(audience);
  }

  /** The audiences this mock serves, for an error message. */
  public Set<String> audiences() {
    return audiences.accepted();
  }

  /**
   * A signed token for {@code user}.
   *
   * @param audience its {@code aud}; null or blank for the fallback audience
   * @throws IllegalArgumentException when the mock does not serve {@code audience} (see {@link
   *     #issuesFor})
   */
  public String issue(User user, String audience) {
    if (!issuesFor(audience)) {
      throw new IllegalArgumentException("not an audience of this mock: " + audience);
    }
    Role role = roleOf(user);
    Instant now = clock.instant();
    List<String> permissions = new ArrayList<>(effectivePermissions(user, role));
    permissions.sort(null);
    return JWT.create()
        .withKeyId(keyId)
        .withIssuer(ISSUER)
        .withSubject(user.id())
        .withAudience(audience == null || audience.isBlank() ? audiences.fallback() : audience)
        .withJWTId(UUID.randomUUID().toString())
        .withIssuedAt(now)
        .withExpiresAt(now.plus(lifetime))
        .withClaim("email", user.email())
        .withClaim("role", role.apiName())
        .withClaim("company_id", user.companyId())
        .withClaim("permissions", permissions)
        .sign(algorithm);
  }

  /**
   * The principal of an {@code Authorization} header.
   *
   * @throws ApiError 401 when the header is missing or its token is garbled, wrongly signed,
   *     expired or revoked
   */
  public Principal authenticate(String authorization) {
    if (authorization == null || authorization.isBlank()) {
      throw ApiError.unauthorized("Authentication required.");
    }
    // Cached by the whole header, which only a verified "Bearer <token>" put there: no copy of the
    // token.
    Principal principal = verified.get(authorization);
    if (principal == null) {
      if (authorization.length() <= BEARER.length()
          || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
        throw ApiError.unauthorized("The Authorization header must be 'Bearer <token>'.");
      }
      principal = verify(authorization.substring(BEARER.length()).trim());
      if (verified.size() >= MAX_CACHED) {
        verified.clear();
      }
      verified.put(authorization, principal);
    }
    if (!clock.instant().isBefore(principal.expiresAt())) {
      throw ApiError.unauthorized("The token has expired.");
    }
    if (revoked.contains(principal.tokenId())) {
      throw ApiError.unauthorized("The token has been revoked.");
    }
    return principal;
  }

  /** Revokes the token of {@code principal}: every later use answers 401. */
  public void revoke(Principal principal) {
    revoked.add(principal.tokenId());
  }

  /** The public key as a JSON Web Key Set. */
  public ObjectNode jwks() {
    ObjectNode key = Json.object();
    key.put("kty", "EC");
    key.put("use", "sig");
    key.put("alg", "ES256");
    key.put("kid", keyId);
    key.put("crv", "P-256");
    key.put("x", coordinate(publicKey.getW().getAffineX()));
    key.put("y", coordinate(publicKey.getW().getAffineY()));
    ObjectNode jwks = Json.object();
    ArrayNode keys = jwks.putArray("keys");
    keys.add(key);
    return jwks;
  }

  /** The role of {@code user}; a data file naming an unknown role is refused when loaded. */
  public static Role roleOf(User user) {
    return Role.byApiName(user.role())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "user " + user.id() + " has unknown role " + user.role()));
  }

  private static Set<String> effectivePermissions(User user, Role role) {
    Set<String> all = new HashSet<>(role.permissions());
    all.addAll(user.directPermissions());
    return all;
  }

  private Principal verify(String token) {
    DecodedJWT jwt;
    try {
      jwt = verifier.verify(token);
    } catch (TokenExpiredException e) {
      throw ApiError.unauthorized("The token has expired.");
    } catch (JWTVerificationException e) {
      throw ApiError.unauthorized("The token is invalid.");
    }
    if (!keyId.equals(jwt.getKeyId())) {
      // Not this instance's key id: never ours, whatever the signature.
      throw ApiError.unauthorized("The token is invalid.");
    }
    List<String> audience = jwt.getAudience();
    if (audience == null || audience.stream().noneMatch(audiences::accepts)) {
      // A token of this key for another API (or for none) must not open this one.
      throw ApiError.unauthorized("The token is not for this API (audience).");
    }
    Role role =
        Role.byApiName(jwt.getClaim("role").asString())
            .orElseThrow(() -> ApiError.unauthorized("The token is invalid."));
    List<String> permissions = jwt.getClaim("permissions").asList(String.class);
    return new Principal(
        jwt.getId(),
        jwt.getSubject(),
        role,
        jwt.getClaim("company_id").asString(),
        Set.copyOf(permissions == null ? List.of() : permissions),
        jwt.getExpiresAtAsInstant());
  }

  /** A P-256 coordinate as JWK wants it: 32 bytes, big-endian, base64url without padding. */
  private static String coordinate(BigInteger value) {
    byte[] bytes = value.toByteArray();
    byte[] fixed = new byte[32];
    int length = Math.min(bytes.length, 32);
    System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(fixed);
  }

  /**
   * A fresh P-256 key pair for ES256, made in milliseconds (an RSA pair took a large share of a
   * start). Every start makes its own, so no two instances, and no two copies of the jar, share a
   * key.
   */
  public static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime provides P-256", e);
    }
  }
}
