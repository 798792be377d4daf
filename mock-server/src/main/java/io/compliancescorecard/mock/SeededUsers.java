package io.compliancescorecard.mock;

/**
 * Logins of the packaged seed, one per role and tenant worth testing. Every seeded user logs in
 * with the password grant (username = email, password {@link MockServer#USER_PASSWORD}); the
 * client-credentials application {@link MockServer#CLIENT_ID} acts as {@link #JOHN_DOE}.
 */
public final class SeededUsers {

  /** John Doe ({@code abc123}), msp_admin of {@code company123} "Example MSP". */
  public static final String JOHN_DOE = "john@example.com";

  /** Jane Smith ({@code user123}), company_user of {@code comp456} "Client Company". */
  public static final String JANE_SMITH = "jane@example.com";

  /** Mary Major ({@code user201}), msp_admin of {@code comp123} "Example MSP Company". */
  public static final String MARY_MAJOR = "mary@examplemsp.com";

  /** Sam Super ({@code admin001}), super_admin: sees every company. */
  public static final String SUPER_ADMIN = "admin@compliancescorecard.com";

  private SeededUsers() {}
}
