package io.compliancescorecard.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListsAndTenancyTest {

  private final MockServer mock = SharedMock.get();
  private final TestClient api = SharedMock.client();
  private final String john = mock.tokenFor(SeededUsers.JOHN_DOE);
  private final String jane = mock.tokenFor(SeededUsers.JANE_SMITH);
  private final String mary = mock.tokenFor(SeededUsers.MARY_MAJOR);
  private final String superAdmin = mock.tokenFor(SeededUsers.SUPER_ADMIN);

  @Test
  void superAdminPagesThroughAllFortyFiveUsers() {
    List<String> ids = new ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      Reply reply = api.get("/api/v4/users?page=" + page, superAdmin);
      assertThat(reply.json().at("/pagination/total").asInt()).isEqualTo(45);
      assertThat(reply.json().at("/pagination/last_page").asInt()).isEqualTo(3);
      assertThat(reply.json().at("/pagination/per_page").asInt()).isEqualTo(15);
      assertThat(reply.json().at("/pagination/current_page").asInt()).isEqualTo(page);
      reply.data().forEach(u -> ids.add(u.get("id").asText()));
    }
    assertThat(ids).hasSize(45).doesNotHaveDuplicates();
    assertThat(api.get("/api/v4/users?per_page=100", superAdmin).data()).hasSize(45);
    Reply pastTheEnd = api.get("/api/v4/users?page=9", superAdmin);
    assertThat(pastTheEnd.status()).isEqualTo(200);
    assertThat(pastTheEnd.data()).isEmpty();
    assertThat(pastTheEnd.json().at("/pagination/current_page").asInt()).isEqualTo(9);
  }

  @Test
  void usersFilterByRoleAndCompany() {
    JsonNode admins = api.get("/api/v4/users?role=msp_admin&per_page=100", superAdmin).data();
    assertThat(admins)
        .isNotEmpty()
        .allSatisfy(u -> assertThat(u.at("/role/name").asText()).isEqualTo("msp_admin"));
    JsonNode comp123 = api.get("/api/v4/users?company_id=comp123&per_page=100", superAdmin).data();
    assertThat(comp123)
        .hasSize(8)
        .allSatisfy(u -> assertThat(u.at("/company/id").asText()).isEqualTo("comp123"));
  }

  @Test
  void nonSuperAdminsListOnlyTheirOwnCompanysUsers() {
    JsonNode users = api.get("/api/v4/users?per_page=100", john).data();
    assertThat(users)
        .isNotEmpty()
        .allSatisfy(u -> assertThat(u.at("/company/id").asText()).isEqualTo("company123"));
    assertThat(api.get("/api/v4/users?company_id=comp123", john).data()).isEmpty();
  }

  @Test
  void companiesAreOwnOnlyExceptForSuperAdmins() {
    assertThat(ids(api.get("/api/v3/companies", john).data())).containsExactly("company123");
    assertThat(ids(api.get("/api/v3/companies", jane).data())).containsExactly("comp456");
    assertThat(ids(api.get("/api/v3/companies", superAdmin).data()))
        .contains("comp123", "company123", "comp456", "comp789", "comp000");
    assertThat(api.get("/api/v3/companies/comp456", superAdmin).status()).isEqualTo(200);
  }

  @Test
  void anotherTenantsResourcesAnswer404LikeMissingOnes() {
    for (String path :
        List.of(
            "/api/v3/companies/comp123",
            "/api/v3/companies/comp123/clients",
            "/api/v3/companies/comp123/clients/client123/policies",
            "/api/v3/companies/comp123/clients/client123/assessment-events",
            "/api/v3/companies/comp123/clients/client123/assessment-templates",
            "/api/v3/companies/comp123/clients/client123/api-keys",
            // A client of another company under one's own company id is no way around it either.
            "/api/v3/companies/company123/clients/client123/policies",
            "/api/v3/companies/does-not-exist")) {
      Reply reply = api.get(path, john);
      assertThat(reply.status()).as(path).isEqualTo(404);
      assertThat(reply.errorCode()).isEqualTo("NOT_FOUND");
      assertThat(reply.body()).doesNotContain("comp123").doesNotContain("client123");
    }
    assertThat(
            api.post("/api/v3/companies/comp123/clients", john, "{\"name\":\"Intruder\"}").status())
        .isEqualTo(404);
  }

  @Test
  void rolesLackingAPermissionGet403() {
    assertForbidden(api.get("/api/v4/users", jane));
    assertForbidden(api.get("/api/v3/companies/comp456/clients/client3003/api-keys", jane));
    assertForbidden(api.post("/api/v3/companies/comp456/clients", jane, "{\"name\":\"x\"}"));
    assertForbidden(
        api.post(
            "/api/v3/companies/comp456/clients/client3003/policies", jane, "{\"title\":\"x\"}"));
    assertForbidden(
        api.post(
            "/api/v3/companies/comp456/clients/client3003/api-keys",
            jane,
            "{\"type\":\"huntress\",\"name\":\"x\",\"api_key\":\"k\"}"));
    assertThat(api.get("/api/v3/companies/comp456/clients", jane).status()).isEqualTo(200);
    assertThat(api.get("/api/v3/companies/comp456/clients/client3003/policies", jane).status())
        .isEqualTo(200);
  }

  @Test
  void clientsFilterByStatusAndCaseInsensitiveSearch() {
    String path = "/api/v3/companies/comp123/clients";
    JsonNode all = api.get(path, mary).data();
    JsonNode inactive = api.get(path + "?status=INACTIVE", mary).data();
    assertThat(inactive)
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.get("status").asText()).isEqualTo("INACTIVE"));
    assertThat(api.get(path + "?status=ACTIVE", mary).data().size() + inactive.size())
        .isEqualTo(all.size());
    assertThat(ids(api.get(path + "?search=acme%20CORP", mary).data()))
        .containsExactly("client123");
    assertThat(api.get(path + "?search=zzz-none", mary).data()).isEmpty();
    assertThat(api.get(path + "?status=ARCHIVED", mary).status()).isEqualTo(422);
  }

  @Test
  void policiesFilterByStatusCategoryAndSearch() {
    String path = "/api/v3/companies/comp123/clients/client123/policies";
    assertThat(api.get(path, mary).data()).hasSize(15);
    assertThat(api.get(path + "?status=published", mary).data())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.get("status").asText()).isEqualTo("published"));
    assertThat(api.get(path + "?category_id=cat456", mary).data())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.at("/category/id").asText()).isEqualTo("cat456"));
    assertThat(ids(api.get(path + "?search=PASSWORD", mary).data())).hasSize(1);
    JsonNode combined = api.get(path + "?status=published&category_id=cat456", mary).data();
    assertThat(combined)
        .allSatisfy(
            p -> {
              assertThat(p.get("status").asText()).isEqualTo("published");
              assertThat(p.at("/category/id").asText()).isEqualTo("cat456");
            });
  }

  @Test
  void templatesIncludeGlobalOnesUnlessAskedNotToAndFilterByCategory() {
    String path = "/api/v3/companies/company123/clients/client456/assessment-templates";
    JsonNode all = api.get(path, john).data();
    assertThat(all)
        .anySatisfy(t -> assertThat(t.get("global").asBoolean()).isTrue())
        .anySatisfy(t -> assertThat(t.get("global").asBoolean()).isFalse());
    assertThat(api.get(path + "?global=false", john).data())
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t.get("global").asBoolean()).isFalse());
    assertThat(api.get(path + "?category=security", john).data())
        .hasSize(2)
        .allSatisfy(t -> assertThat(t.get("category").asText()).isEqualTo("Security"));
    assertThat(api.get(path + "?global=maybe", john).status()).isEqualTo(422);
  }

  @Test
  void countsFollowTheData() {
    JsonNode company = api.get("/api/v3/companies/comp123", mary).data();
    assertThat(company.get("client_count").asInt())
        .isEqualTo(api.get("/api/v3/companies/comp123/clients", mary).data().size());
    JsonNode acme = api.get("/api/v3/companies/comp123/clients?search=Acme", mary).data().get(0);
    assertThat(acme.get("policy_count").asInt()).isEqualTo(15);
    assertThat(acme.get("assessment_count").asInt()).isEqualTo(8);
  }

  private static void assertForbidden(Reply reply) {
    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.errorCode()).isEqualTo("FORBIDDEN");
  }

  private static List<String> ids(JsonNode rows) {
    List<String> ids = new ArrayList<>();
    rows.forEach(r -> ids.add(r.get("id").asText()));
    return ids;
  }
}
