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
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues and checks the mock tenant's RS256 tokens. The key pair is published as a JWKS under a key id
 * of this instance; a token's signature is checked once and the result cached, so the hot path of an API
 * call is a map lookup plus the expiry and revocation checks.
 */
public final class TokenService {

  /** The audience written into tokens when the request names none. */
  public static final String DEFAULT_AUDIENCE = "https://api.compliancescorecard.io";

  private static final int MAX_CACHED = 100_000;
  private static final String PACKAGED_KEY = "/mock/signing-key.p12";
  private static final String PACKAGED_KEY_ALIAS = "mock-signing";
  // Not a secret: the keystore is made by the build only to skip key generation at start.
  private static final char[] PACKAGED_KEY_PASSWORD = "mock-signing".toCharArray();
  private static final String BEARER = "bearer ";

  private final Clock clock;
  private final Duration lifetime;
  private final String keyId = UUID.randomUUID().toString();
  private final RSAPublicKey publicKey;
  private final Algorithm algorithm;
  private final JWTVerifier verifier;
  private final ConcurrentHashMap<String, Principal> verified = new ConcurrentHashMap<>();
  private final Set<String> revoked = ConcurrentHashMap.newKeySet();

  /** The issuer ({@code iss}) of the mock's tokens. */
  public static final String ISSUER = "urn:compliance-scorecard:mock";

  /** Signs with {@code pair} (see {@link #signingKeyPair()}); tokens live {@code lifetime}. */
  public TokenService(Clock clock, Duration lifetime, KeyPair pair) {
    this.clock = clock;
    this.lifetime = lifetime;
    this.publicKey = (RSAPublicKey) pair.getPublic();
    this.algorithm = Algorithm.RSA256(publicKey, (RSAPrivateKey) pair.getPrivate());
    this.verifier = ((JWTVerifier.BaseVerification) JWT.require(algorithm).withIssuer(ISSUER)).build(clock);
  }

  /** How long new tokens live. */
  public Duration lifetime() {
    return lifetime;
  }

  /** A signed token for {@code user}. */
  public String issue(User user, String audience) {
    Role role = roleOf(user);
    Instant now = clock.instant();
    List<String> permissions = new ArrayList<>(effectivePermissions(user, role));
    permissions.sort(null);
    return JWT.create()
        .withKeyId(keyId)
        .withIssuer(ISSUER)
        .withSubject(user.id())
        .withAudience(audience == null || audience.isBlank() ? DEFAULT_AUDIENCE : audience)
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
   * @throws ApiError 401 when the header is missing or its token is garbled, wrongly signed, expired or
   *     revoked
   */
  public Principal authenticate(String authorization) {
    if (authorization == null || authorization.isBlank()) {
      throw ApiError.unauthorized("Authentication required.");
    }
    if (authorization.length() <= BEARER.length()
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw ApiError.unauthorized("The Authorization header must be 'Bearer <token>'.");
    }
    String token = authorization.substring(BEARER.length()).trim();
    Principal principal = verified.get(token);
    if (principal == null) {
      principal = verify(token);
      if (verified.size() >= MAX_CACHED) {
        verified.clear();
      }
      verified.put(token, principal);
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
    key.put("kty", "RSA");
    key.put("use", "sig");
    key.put("alg", "RS256");
    key.put("kid", keyId);
    key.put("n", base64Url(publicKey.getModulus()));
    key.put("e", base64Url(publicKey.getPublicExponent()));
    ObjectNode jwks = Json.object();
    ArrayNode keys = jwks.putArray("keys");
    keys.add(key);
    return jwks;
  }

  /** The role of {@code user}; a data file naming an unknown role is refused when loaded. */
  public static Role roleOf(User user) {
    return Role.byApiName(user.role()).orElseThrow(
        () -> new IllegalArgumentException("user " + user.id() + " has unknown role " + user.role()));
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
      // Signed with the same packaged key by another instance (or an earlier run): not ours.
      throw ApiError.unauthorized("The token is invalid.");
    }
    Role role = Role.byApiName(jwt.getClaim("role").asString())
        .orElseThrow(() -> ApiError.unauthorized("The token is invalid."));
    List<String> permissions = jwt.getClaim("permissions").asList(String.class);
    return new Principal(jwt.getId(), jwt.getSubject(), role, jwt.getClaim("company_id").asString(),
        Set.copyOf(permissions == null ? List.of() : permissions), jwt.getExpiresAtAsInstant());
  }

  private static String base64Url(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * The key pair the build packaged ({@code mock/signing-key.p12}), or a fresh one where there is none.
   * Loading it takes milliseconds where generating takes a large share of a start. Tokens still never
   * outlive their server: each instance has its own key id and refuses tokens of any other.
   */
  public static KeyPair signingKeyPair() {
    try (InputStream in = TokenService.class.getResourceAsStream(PACKAGED_KEY)) {
      if (in == null) {
        return newKeyPair();
      }
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, PACKAGED_KEY_PASSWORD);
      PrivateKey key = (PrivateKey) store.getKey(PACKAGED_KEY_ALIAS, PACKAGED_KEY_PASSWORD);
      return new KeyPair(store.getCertificate(PACKAGED_KEY_ALIAS).getPublicKey(), key);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("the packaged signing key " + PACKAGED_KEY + " cannot be read", e);
    }
  }

  /** A fresh RSA-2048 key pair. */
  public static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides RSA", e);
    }
  }
}
