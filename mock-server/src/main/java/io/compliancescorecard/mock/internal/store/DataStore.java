package io.compliancescorecard.mock.internal.store;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The mock's data as its handlers see it: companies, users, clients and each client's policies,
 * assessments, templates and API keys. Handlers depend on this interface, not on where the data
 * lives: {@link InMemoryStore} is the one the server uses; a store filled from a recording, or a
 * test's own, can stand in. Implementations are thread-safe, and a list never shows half a create.
 */
public interface DataStore {

  /** Replaces everything with {@code seed}. */
  void reset(SeedData seed);

  /** Every company, in seed order. */
  List<Company> companies();

  /** A company by id. */
  Optional<Company> company(String id);

  /** Every user, in seed order. */
  List<User> users();

  /** A user by id. */
  Optional<User> user(String id);

  /** A user by email, case-insensitively. */
  Optional<User> userByEmail(String email);

  /** How many users a company has. */
  int userCount(String companyId);

  /** A company's clients, oldest first. */
  List<Client> clientsOf(String companyId);

  /** A client by id, whatever its company. */
  Optional<Client> client(String clientId);

  /** A category by id. */
  Optional<Category> category(String id);

  /** A client's policies, oldest first. */
  List<Policy> policiesOf(String clientId);

  /** A client's assessment events. */
  List<AssessmentEvent> assessmentEventsOf(String clientId);

  /** The templates a client may use: the global ones, then its own. */
  List<AssessmentTemplate> templatesFor(String clientId);

  /** A template by id, among those of {@code clientId} and the global ones. */
  default Optional<AssessmentTemplate> template(String clientId, String templateId) {
    return templatesFor(clientId).stream().filter(t -> t.id().equals(templateId)).findFirst();
  }

  /** A client's integration API keys. */
  List<ApiKey> apiKeysOf(String clientId);

  /** How many policies and assessment events a client has: {@code [policies, assessments]}. */
  int[] clientCounts(String clientId);

  /** Stores a new client built by {@code make} from a fresh id and the current time. */
  Client addClient(String companyId, NewRow<Client> make);

  /** Stores a new policy of {@code clientId}. */
  Policy addPolicy(String clientId, NewRow<Policy> make);

  /** Stores a new API key of {@code clientId}. */
  ApiKey addApiKey(String clientId, NewRow<ApiKey> make);

  /** {@code instant} as the API writes timestamps: ISO-8601 UTC, whole seconds. */
  static String timestamp(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * Builds a new row from the id and timestamp the store assigns.
   *
   * @param <T> the row type
   */
  @FunctionalInterface
  interface NewRow<T> {
    /** The row with {@code id}, created at {@code timestamp}. */
    T build(String id, String timestamp);
  }
}
