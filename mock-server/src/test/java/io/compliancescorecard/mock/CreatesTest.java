package io.compliancescorecard.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CreatesTest {

  private static final String CLIENTS = "/api/v3/companies/company123/clients";
  private static final String POLICIES = "/api/v3/companies/company123/clients/client456/policies";
  private static final String KEYS = "/api/v3/companies/company123/clients/client456/api-keys";

  private final MockServer mock = SharedMock.get();
  private final TestClient api = SharedMock.client();
  private final String john = mock.tokenFor(SeededUsers.JOHN_DOE);

  @Test
  void createdClientIsActiveWithIdTimestampAndZeroCountsAndIsListed() {
    Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Reply created =
        api.post(
            CLIENTS,
            john,
            "{\"name\":\"Created Client Ltd\",\"city\":\"Boston\",\"country\":\"US\"}");

    assertThat(created.status()).isEqualTo(201);
    JsonNode client = created.data();
    assertThat(client.get("id").asText()).startsWith("client");
    assertThat(client.get("status").asText()).isEqualTo("ACTIVE");
    assertThat(client.get("policy_count").asInt()).isZero();
    assertThat(Instant.parse(client.get("created_at").asText())).isAfterOrEqualTo(before);
    JsonNode listed = api.get(CLIENTS + "?search=Created%20Client%20Ltd", john).data();
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0)).isEqualTo(client);
  }

  @Test
  void repeatedIdempotencyKeyReplaysTheFirstResponseInsteadOfCreatingTwice() {
    String key = UUID.randomUUID().toString();
    String body = "{\"name\":\"Idempotent " + key + "\"}";
    Reply first = api.post(CLIENTS, john, body, "Idempotency-Key", key);
    Reply second = api.post(CLIENTS, john, body, "Idempotency-Key", key);

    assertThat(first.status()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.json()).isEqualTo(first.json());
    assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(api.get(CLIENTS + "?search=" + key, john).data()).hasSize(1);

    Reply other = api.post(CLIENTS, john, "{\"name\":\"Something else\"}", "Idempotency-Key", key);
    assertThat(other.status()).isEqualTo(422);
    assertThat(other.json().at("/error/details/Idempotency-Key")).isNotEmpty();
  }

  @Test
  void aFailedCreateDoesNotBurnItsIdempotencyKey() {
    String key = UUID.randomUUID().toString();
    String policies = "/api/v3/companies/company123/clients/client456/policies";
    String body = "{\"title\":\"Retry me " + key + "\",\"owner_id\":\"user123\"}";
    assertThat(api.post(policies, john, body, "Idempotency-Key", key).status()).isEqualTo(422);
    assertThat(api.post(policies, john, body, "Idempotency-Key", key).status()).isEqualTo(422);
  }

  @Test
  void newPolicyIsADraftAtVersionOneOwnedByTheCallerUnlessTold() {
    JsonNode policy =
        api.post(POLICIES, john, "{\"title\":\"Clean Desk Policy\",\"category_id\":\"cat456\"}")
            .data();
    assertThat(policy.get("status").asText()).isEqualTo("draft");
    assertThat(policy.get("current_version").asText()).isEqualTo("1.0");
    assertThat(policy.at("/owner/id").asText()).isEqualTo("abc123");
    assertThat(policy.at("/owner/name").asText()).isEqualTo("John Doe");
    assertThat(policy.at("/category/name").asText()).isEqualTo("Security");

    JsonNode owned =
        api.post(POLICIES, john, "{\"title\":\"Owned\",\"owner_id\":\"user789\"}").data();
    assertThat(owned.at("/owner/name").asText()).isEqualTo("Policy Owner");
    assertThat(api.get(POLICIES + "?search=Clean%20Desk", john).data()).hasSize(1);
  }

  @Test
  void policyReferencesMustExistInTheCallersTenant() {
    Reply unknownCategory =
        api.post(POLICIES, john, "{\"title\":\"x\",\"category_id\":\"cat-nope\"}");
    assertThat(unknownCategory.status()).isEqualTo(422);
    assertThat(unknownCategory.json().at("/error/details/category_id")).isNotEmpty();
    Reply foreignOwner = api.post(POLICIES, john, "{\"title\":\"x\",\"owner_id\":\"user123\"}");
    assertThat(foreignOwner.status()).isEqualTo(422);
    assertThat(foreignOwner.json().at("/error/details/owner_id")).isNotEmpty();
  }

  @Test
  void apiKeySecretsAreStoredButNeverReturned() {
    Reply created =
        api.post(
            KEYS,
            john,
            "{\"type\":\"huntress\",\"name\":\"Secret Holder\","
                + "\"api_key\":\"AKIA-TOP-SECRET\",\"api_secret\":\"SUPER-SECRET-VALUE\"}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.data().get("status").asText()).isEqualTo("active");
    assertThat(created.data().get("last_sync").isNull()).isTrue();
    Reply listed = api.get(KEYS, john);
    for (Reply reply : new Reply[] {created, listed}) {
      assertThat(reply.body())
          .doesNotContain("AKIA-TOP-SECRET")
          .doesNotContain("SUPER-SECRET-VALUE")
          .doesNotContain("api_key")
          .doesNotContain("api_secret");
    }
    assertThat(listed.data())
        .anySatisfy(k -> assertThat(k.get("name").asText()).isEqualTo("Secret Holder"));
  }

  @Test
  void anInvalidSecretIsNeverQuotedBack() {
    String secret = "S3CRET-" + "x".repeat(1200);
    Reply reply =
        api.post(
            KEYS, john, "{\"type\":\"huntress\",\"name\":\"n\",\"api_key\":\"" + secret + "\"}");
    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.json().at("/error/details/api_key")).isNotEmpty();
    assertThat(reply.body()).doesNotContain("S3CRET");
  }

  @Test
  void apiKeyNeedsTypeNameAndKey() {
    Reply reply = api.post(KEYS, john, "{\"name\":\"\"}");
    assertThat(reply.status()).isEqualTo(422);
    JsonNode details = reply.json().at("/error/details");
    assertThat(details.has("type")).as(details.toString()).isTrue();
    assertThat(details.has("api_key")).as(details.toString()).isTrue();
    assertThat(details.has("name")).as(details.toString()).isTrue();
  }
}
