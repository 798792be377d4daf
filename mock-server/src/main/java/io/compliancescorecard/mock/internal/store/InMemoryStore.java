package io.compliancescorecard.mock.internal.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The mock's data in memory, thread-safe: companies, users, clients and each client's policies,
 * assessments, templates and API keys. Reads share a lock, writes take it alone, so a list never
 * sees half a create. Ids of new rows continue the reference's examples ({@code client789}, {@code
 * policy789}, {@code key789}, then 790, ...), skipping any id in use.
 */
public final class InMemoryStore implements DataStore {

  private static final int FIRST_GENERATED_ID = 789;

  private final Clock clock;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();

  private Map<String, Company> companies;
  private Map<String, User> users;
  private Map<String, User> usersByEmail;
  private Map<String, Category> categories;
  private List<AssessmentTemplate> globalTemplates;
  private Map<String, Client> clients;
  private Map<String, List<Client>> clientsByCompany;
  private Map<String, ClientData> clientData;
  private Set<String> usedIds;
  private Map<String, Integer> nextId;

  /** A store holding {@code seed}, stamping new rows with {@code clock}. */
  public InMemoryStore(SeedData seed, Clock clock) {
    this.clock = clock;
    reset(seed);
  }

  @Override
  public void reset(SeedData seed) {
    write(
        () -> {
          companies = index(seed.companies(), Company::id);
          users = index(seed.users(), User::id);
          usersByEmail = new HashMap<>();
          seed.users()
              .forEach(u -> usersByEmail.put(u.email().toLowerCase(java.util.Locale.ROOT), u));
          categories =
              index(seed.categories() == null ? List.of() : seed.categories(), Category::id);
          globalTemplates =
              new ArrayList<>(
                  seed.globalAssessmentTemplates() == null
                      ? List.of()
                      : seed.globalAssessmentTemplates());
          clients = new LinkedHashMap<>();
          clientsByCompany = new HashMap<>();
          clientData = new HashMap<>();
          usedIds = new HashSet<>();
          nextId = new HashMap<>();
          for (SeedData.SeedClient seeded : seed.clients()) {
            Client client = seeded.client();
            if (!companies.containsKey(client.companyId())) {
              throw new IllegalArgumentException(
                  "client " + client.id() + " names unknown company " + client.companyId());
            }
            clients.put(client.id(), client);
            clientsByCompany
                .computeIfAbsent(client.companyId(), k -> new ArrayList<>())
                .add(client);
            ClientData data = new ClientData(seeded);
            clientData.put(client.id(), data);
            usedIds.add(client.id());
            data.policies.forEach(p -> usedIds.add(p.id()));
            data.apiKeys.forEach(k -> usedIds.add(k.id()));
          }
          return null;
        });
  }

  @Override
  public List<Company> companies() {
    return read(() -> List.copyOf(companies.values()));
  }

  @Override
  public Optional<Company> company(String id) {
    return read(() -> Optional.ofNullable(companies.get(id)));
  }

  @Override
  public List<User> users() {
    return read(() -> List.copyOf(users.values()));
  }

  @Override
  public Optional<User> user(String id) {
    return read(() -> Optional.ofNullable(users.get(id)));
  }

  @Override
  public Optional<User> userByEmail(String email) {
    return read(
        () -> Optional.ofNullable(usersByEmail.get(email.toLowerCase(java.util.Locale.ROOT))));
  }

  @Override
  public int userCount(String companyId) {
    return read(
        () -> (int) users.values().stream().filter(u -> u.companyId().equals(companyId)).count());
  }

  @Override
  public List<Client> clientsOf(String companyId) {
    return read(() -> List.copyOf(clientsByCompany.getOrDefault(companyId, List.of())));
  }

  @Override
  public Optional<Client> client(String clientId) {
    return read(() -> Optional.ofNullable(clients.get(clientId)));
  }

  @Override
  public Optional<Category> category(String id) {
    return read(() -> Optional.ofNullable(categories.get(id)));
  }

  @Override
  public List<Policy> policiesOf(String clientId) {
    return read(() -> List.copyOf(data(clientId).policies));
  }

  @Override
  public List<AssessmentEvent> assessmentEventsOf(String clientId) {
    return read(() -> List.copyOf(data(clientId).events));
  }

  @Override
  public List<AssessmentTemplate> templatesFor(String clientId) {
    return read(
        () -> {
          List<AssessmentTemplate> all = new ArrayList<>(globalTemplates);
          all.addAll(data(clientId).templates);
          return all;
        });
  }

  @Override
  public List<ApiKey> apiKeysOf(String clientId) {
    return read(() -> List.copyOf(data(clientId).apiKeys));
  }

  @Override
  public int[] clientCounts(String clientId) {
    return read(
        () -> {
          ClientData data = data(clientId);
          return new int[] {data.policies.size(), data.events.size()};
        });
  }

  @Override
  public Client addClient(String companyId, NewRow<Client> make) {
    return write(
        () -> {
          Client client = make.build(newId("client"), now());
          clients.put(client.id(), client);
          clientsByCompany.computeIfAbsent(companyId, k -> new ArrayList<>()).add(client);
          clientData.put(client.id(), new ClientData());
          return client;
        });
  }

  @Override
  public Policy addPolicy(String clientId, NewRow<Policy> make) {
    return write(
        () -> {
          Policy policy = make.build(newId("policy"), now());
          data(clientId).policies.add(policy);
          return policy;
        });
  }

  @Override
  public ApiKey addApiKey(String clientId, NewRow<ApiKey> make) {
    return write(
        () -> {
          ApiKey key = make.build(newId("key"), now());
          data(clientId).apiKeys.add(key);
          return key;
        });
  }

  private String now() {
    return DataStore.timestamp(clock.instant());
  }

  private String newId(String prefix) {
    int n = nextId.getOrDefault(prefix, FIRST_GENERATED_ID);
    String id = prefix + n;
    while (!usedIds.add(id)) {
      id = prefix + ++n;
    }
    nextId.put(prefix, n + 1);
    return id;
  }

  private ClientData data(String clientId) {
    ClientData data = clientData.get(clientId);
    if (data == null) {
      throw new IllegalArgumentException("unknown client " + clientId);
    }
    return data;
  }

  private <T> T read(Supplier<T> action) {
    lock.readLock().lock();
    try {
      return action.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  private <T> T write(Supplier<T> action) {
    lock.writeLock().lock();
    try {
      return action.get();
    } finally {
      lock.writeLock().unlock();
    }
  }

  private static <T> Map<String, T> index(List<T> rows, Function<T, String> id) {
    Map<String, T> map = new LinkedHashMap<>();
    rows.forEach(
        row -> {
          if (map.put(id.apply(row), row) != null) {
            throw new IllegalArgumentException("duplicate id " + id.apply(row));
          }
        });
    return map;
  }

  private static final class ClientData {
    final List<Policy> policies;
    final List<AssessmentEvent> events;
    final List<AssessmentTemplate> templates;
    final List<ApiKey> apiKeys;

    ClientData() {
      this.policies = new ArrayList<>();
      this.events = new ArrayList<>();
      this.templates = new ArrayList<>();
      this.apiKeys = new ArrayList<>();
    }

    ClientData(SeedData.SeedClient seed) {
      this.policies = copy(seed.policies());
      this.events = copy(seed.assessmentEvents());
      this.templates = copy(seed.assessmentTemplates());
      this.apiKeys = copy(seed.apiKeys());
    }

    private static <T> List<T> copy(List<T> rows) {
      return rows == null ? new ArrayList<>() : new ArrayList<>(rows);
    }
  }
}
