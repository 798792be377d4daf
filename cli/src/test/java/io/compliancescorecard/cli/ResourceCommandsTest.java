package io.compliancescorecard.cli;

import static io.compliancescorecard.cli.MockLogins.JANE;
import static io.compliancescorecard.cli.MockLogins.JOHN;
import static io.compliancescorecard.cli.MockLogins.SUPER_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.compliancescorecard.mock.MockServerOptions;
import io.compliancescorecard.mock.junit.MockServerExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Every resource command against one in-process mock server. */
class ResourceCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final MockServerExtension MOCK = new MockServerExtension(MockServerOptions.defaults());

  @TempDir Path home;

  private CscRunner csc(String user) {
    return MockLogins.csc(MOCK, home, user);
  }

  private static JsonNode json(CscRunner.Result result) throws Exception {
    assertThat(result.exitCode).as(result.toString()).isZero();
    return JSON.readTree(result.out);
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }

  @Test
  void companiesListAndGetPrintTheApiData() throws Exception {
    JsonNode all = json(csc(SUPER_ADMIN).run("companies", "list"));
    JsonNode one = json(csc(JOHN).run("companies", "get", "company123"));

    assertThat(ids(all)).contains("comp123", "company123", "comp456");
    assertThat(one.path("name").asText()).isEqualTo("Example MSP");
    assertThat(one.has("subscription_status")).isTrue();
  }

  @Test
  void pipedOutputIsJsonAndTerminalOutputATableWithoutColourUnderNoColor() throws Exception {
    CscRunner.Result piped = csc(JOHN).run("clients", "list", "--company", "company123");
    CscRunner.Result terminal =
        csc(JOHN).terminal(true).run("clients", "list", "--company", "company123");
    CscRunner.Result noColor =
        csc(JOHN)
            .terminal(true)
            .env("NO_COLOR", "1")
            .run("clients", "list", "--company", "company123");
    CscRunner.Result noColorFlag =
        csc(JOHN).terminal(true).run("clients", "list", "--company", "company123", "--no-color");

    assertThat(json(piped).isArray()).isTrue();
    assertThat(piped.out).doesNotContain("\u001b[");
    assertThat(terminal.out).startsWith("\u001b[1mID").contains("Globex Corporation");
    assertThat(noColor.out).startsWith("ID ").doesNotContain("\u001b[");
    assertThat(noColorFlag.out).startsWith("ID ").doesNotContain("\u001b[");
  }

  @Test
  void clientsListHonoursFiltersInEveryFormat() throws Exception {
    JsonNode inactive =
        json(csc(JOHN).run("clients", "list", "--company", "company123", "--status", "inactive"));
    JsonNode search =
        json(csc(JOHN).run("clients", "list", "--company", "company123", "--search", "GLOBEX"));
    String csv =
        csc(JOHN)
            .run("clients", "list", "--company", "company123", "--status", "ACTIVE", "-o", "csv")
            .out;
    String yaml =
        csc(JOHN)
            .run("clients", "list", "--company", "company123", "--search", "initrode", "-o", "yaml")
            .out;
    String table = csc(JOHN).run("clients", "list", "--company", "company123", "-o", "table").out;
    CscRunner.Result none =
        csc(JOHN).run("clients", "list", "--company", "company123", "--search", "no-such");

    assertThat(ids(inactive)).containsExactly("client3002");
    assertThat(ids(search)).containsExactly("client456");
    assertThat(csv.lines().findFirst().orElseThrow()).startsWith("id,name,status,");
    assertThat(csv).contains("client456,\"Globex Corporation\",ACTIVE").doesNotContain("INACTIVE");
    assertThat(yaml).startsWith("- id: client3001\n");
    assertThat(table.lines().findFirst().orElseThrow()).startsWith("ID ").contains("POLICY_COUNT");
    assertThat(none.exitCode).isZero();
    assertThat(none.out).isEqualTo("[]\n");
    assertThat(
            csc(JOHN)
                .run("clients", "list", "--company", "company123", "--status", "gone")
                .exitCode)
        .isEqualTo(2);
  }

  @Test
  void clientsCreateFromFlagsOrFileAppearsInTheList() throws Exception {
    JsonNode fromFlags =
        json(
            csc(JOHN)
                .run(
                    "clients",
                    "create",
                    "--company",
                    "company123",
                    "--name",
                    "Flagged Ltd",
                    "--city",
                    "Leeds",
                    "--country",
                    "GB",
                    "--employee-count",
                    "12"));
    Path file = home.resolve("client.json");
    Files.writeString(
        file, "{\"name\": \"Filed Inc\", \"industry\": \"Retail\", \"country\": \"US\"}");
    JsonNode fromFile =
        json(
            csc(JOHN)
                .run(
                    "clients",
                    "create",
                    "--company",
                    "company123",
                    "--from-file",
                    file.toString(),
                    "--country",
                    "CA"));
    JsonNode fromStdin =
        json(
            csc(JOHN)
                .stdin("{\"name\": \"Piped Co\"}")
                .run("clients", "create", "--company", "company123", "--from-file", "-"));

    assertThat(fromFlags.path("employee_count").asInt()).isEqualTo(12);
    assertThat(fromFlags.path("status").asText()).isEqualTo("ACTIVE");
    assertThat(fromFile.path("country").asText()).as("flags win over the file").isEqualTo("CA");
    assertThat(fromFile.path("industry").asText()).isEqualTo("Retail");
    assertThat(ids(json(csc(JOHN).run("clients", "list", "--company", "company123"))))
        .contains(
            fromFlags.path("id").asText(),
            fromFile.path("id").asText(),
            fromStdin.path("id").asText());
  }

  @Test
  void clientsCreateRefusesUnknownFieldsAndReportsValidationDetails() {
    CscRunner.Result misspelt =
        csc(JOHN)
            .stdin("{\"nmae\": \"Typo\"}")
            .run("clients", "create", "--company", "company123", "--from-file", "-");
    CscRunner.Result invalid =
        csc(JOHN)
            .run("clients", "create", "--company", "company123", "--name", "X", "--country", "USA");

    assertThat(misspelt.exitCode).isEqualTo(2);
    assertThat(misspelt.err).contains("nmae");
    assertThat(invalid.exitCode).isEqualTo(6);
    assertThat(invalid.err.lines()).hasSize(1);
    assertThat(invalid.err).contains("VALIDATION_ERROR").contains("country");
  }

  @Test
  void policiesListFiltersAndCreateMakesADraft() throws Exception {
    CscRunner admin = csc(SUPER_ADMIN);
    JsonNode drafts =
        json(
            admin.run(
                "policies",
                "list",
                "--company",
                "comp123",
                "--client",
                "client123",
                "--status",
                "DRAFT"));
    JsonNode search =
        json(
            admin.run(
                "policies",
                "list",
                "--company",
                "comp123",
                "--client",
                "client123",
                "--search",
                "password"));
    JsonNode created =
        json(
            admin.run(
                "policies",
                "create",
                "--company",
                "comp123",
                "--client",
                "client123",
                "--title",
                "Quantum Key Policy",
                "--type",
                "operational"));

    assertThat(drafts.size()).isPositive();
    drafts.forEach(policy -> assertThat(policy.path("status").asText()).isEqualTo("draft"));
    assertThat(ids(search)).contains("policy1005");
    assertThat(created.path("status").asText()).isEqualTo("draft");
    assertThat(created.path("current_version").asText()).isEqualTo("1.0");
    assertThat(
            ids(
                json(
                    admin.run(
                        "policies",
                        "list",
                        "--company",
                        "comp123",
                        "--client",
                        "client123",
                        "--search",
                        "quantum key"))))
        .containsExactly(created.path("id").asText());
  }

  @Test
  void assessmentsAndTemplatesList() throws Exception {
    JsonNode events =
        json(
            csc(JOHN)
                .run("assessments", "list", "--company", "company123", "--client", "client456"));
    JsonNode withGlobal =
        json(
            csc(SUPER_ADMIN)
                .run(
                    "templates",
                    "list",
                    "--company",
                    "comp123",
                    "--client",
                    "client123",
                    "--global"));
    JsonNode healthcare =
        json(
            csc(SUPER_ADMIN)
                .run(
                    "templates",
                    "list",
                    "--company",
                    "comp123",
                    "--client",
                    "client123",
                    "--global",
                    "--category",
                    "Healthcare"));

    assertThat(ids(events)).containsExactly("event123");
    assertThat(ids(withGlobal)).contains("template456", "template901");
    assertThat(ids(healthcare)).containsExactly("template458");
  }

  @Test
  void usersListPagesAndAllStreamsEveryPage() throws Exception {
    JsonNode page2 = json(csc(SUPER_ADMIN).run("users", "list", "--per-page", "10", "--page", "2"));
    JsonNode all = json(csc(SUPER_ADMIN).run("users", "list", "--all", "--per-page", "10"));
    CscRunner.Result count = csc(SUPER_ADMIN).run("users", "list", "--all", "--query", "length");
    JsonNode admins = json(csc(SUPER_ADMIN).run("users", "list", "--all", "--role", "msp_admin"));
    JsonNode company =
        json(csc(SUPER_ADMIN).run("users", "list", "--all", "--company", "company123"));

    assertThat(page2.size()).isEqualTo(10);
    assertThat(all.size()).isEqualTo(45);
    assertThat(ids(all)).doesNotHaveDuplicates().containsAll(ids(page2));
    assertThat(count.out).isEqualTo("45\n");
    assertThat(admins.size()).isEqualTo(4);
    admins.forEach(
        user -> assertThat(user.path("role").path("name").asText()).isEqualTo("msp_admin"));
    assertThat(company.size()).isEqualTo(13);
  }

  @Test
  void allShowsProgressOnlyWhenStderrIsATerminal() {
    CscRunner.Result terminal =
        csc(SUPER_ADMIN)
            .terminal(true)
            .run("users", "list", "--all", "--per-page", "20", "-o", "json");
    CscRunner.Result piped = csc(SUPER_ADMIN).run("users", "list", "--all", "--per-page", "20");

    assertThat(terminal.err).contains("fetched 45 users");
    assertThat(terminal.out).doesNotContain("fetched");
    assertThat(piped.err).isEmpty();
  }

  @Test
  void apiKeysCreateTakesSecretsFromStdinAndNeverPrintsThem() throws Exception {
    String secretKey = "sk-live-" + System.nanoTime();
    CscRunner.Result created =
        csc(JOHN)
            .stdin(secretKey + "\n")
            .env("CSC_API_SECRET", "env-secret-value")
            .run(
                "api-keys",
                "create",
                "--company",
                "company123",
                "--client",
                "client456",
                "--type",
                "huntress",
                "--name",
                "Huntress EU",
                "--api-key-file",
                "-");
    JsonNode list =
        json(csc(JOHN).run("api-keys", "list", "--company", "company123", "--client", "client456"));

    JsonNode key = json(created);
    assertThat(key.path("status").asText()).isEqualTo("active");
    assertThat(created.out + created.err)
        .doesNotContain(secretKey)
        .doesNotContain("env-secret-value");
    assertThat(ids(list)).contains("key123", "key456", key.path("id").asText());
    assertThat(list.toString()).doesNotContain(secretKey);
  }

  @Test
  void apiKeysCreateWithoutASecretSourceIsAUsageError() {
    CscRunner.Result result =
        csc(JOHN)
            .run(
                "api-keys",
                "create",
                "--company",
                "company123",
                "--client",
                "client456",
                "--type",
                "huntress",
                "--name",
                "No Key");

    assertThat(result.exitCode).isEqualTo(2);
    assertThat(result.err).contains("no API key given");
  }

  @Test
  void pathIdsAreEncodedSoTheyCannotEscapeTheirSegment() {
    CscRunner.Result dots = csc(JOHN).run("companies", "get", "..");
    CscRunner.Result traversal =
        csc(JOHN).run("clients", "list", "--company", "../companies/company123");
    CscRunner.Result slash =
        csc(JOHN).run("policies", "list", "--company", "company123", "--client", "a/b");

    assertThat(dots.exitCode).isEqualTo(2);
    assertThat(dots.err).contains("'..'");
    assertThat(traversal.exitCode).isEqualTo(5);
    assertThat(traversal.err).contains("..%2Fcompanies%2Fcompany123");
    assertThat(slash.exitCode).isEqualTo(5);
    assertThat(slash.err).contains("a%2Fb");
  }

  @Test
  void authStatusShowsTheUserAndTokenPrintsTheToken() throws Exception {
    String token = MOCK.token(JOHN);
    CscRunner john =
        new CscRunner(home).env("CSC_BASE_URL", MOCK.baseUrl()).env("CSC_TOKEN", token);

    JsonNode me = json(john.run("auth", "status"));
    CscRunner.Result printed = john.run("auth", "token");

    assertThat(me.path("email").asText()).isEqualTo(JOHN);
    assertThat(printed.out).isEqualTo(token + "\n");
  }

  @Test
  void permissionAndAuthenticationFailuresHaveTheirExitCodes() {
    CscRunner.Result forbidden = csc(JANE).run("users", "list");
    CscRunner.Result badToken = csc(null).env("CSC_TOKEN", "not-a-jwt").run("companies", "list");
    CscRunner.Result noCredentials = csc(null).run("companies", "list");

    assertThat(forbidden.exitCode).isEqualTo(4);
    assertThat(forbidden.err).contains("FORBIDDEN");
    assertThat(badToken.exitCode).isEqualTo(3);
    assertThat(badToken.err).doesNotContain("not-a-jwt").doesNotContain("at io.");
    assertThat(noCredentials.exitCode).isEqualTo(3);
    assertThat(noCredentials.err).contains("auth login");
  }
}
