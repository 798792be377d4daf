package io.compliancescorecard.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.compliancescorecard.sdk.error.ApiException;
import io.compliancescorecard.sdk.model.User;
import io.compliancescorecard.sdk.pagination.AutoPager;
import io.compliancescorecard.sdk.pagination.Page;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PaginationTest {

  @RegisterExtension static WireMockExtension server = TestClients.wireMock();

  private ComplianceScorecardClient client;

  @BeforeEach
  void connect() {
    client =
        TestClients.against(server.getRuntimeInfo(), new TestClients.RecordingSleeper()).build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  /** Page {@code page} of {@code total} users, {@code perPage} per page. */
  static String usersPage(int page, int perPage, int total) {
    int lastPage = Math.max(1, (total + perPage - 1) / perPage);
    String users =
        IntStream.range((page - 1) * perPage, Math.min(total, page * perPage))
            .mapToObj(
                i ->
                    "{\"id\":\"user"
                        + i
                        + "\",\"name\":\"User "
                        + i
                        + "\",\"email\":\"u"
                        + i
                        + "@example.com\","
                        + "\"role\":{\"name\":\"company_user\"},\"company\":{\"id\":\"c1\",\"name\":\"C\"},\"status\":\"Active\","
                        + "\"created_at\":\"2025-01-15T10:30:00Z\"}")
            .collect(Collectors.joining(","));
    return "{\"success\":true,\"data\":["
        + users
        + "],\"pagination\":{\"current_page\":"
        + page
        + ",\"per_page\":"
        + perPage
        + ",\"total\":"
        + total
        + ",\"last_page\":"
        + lastPage
        + "}}";
  }

  private void stubPages(int perPage, int total, int pagesToStub) {
    server.stubFor(get(urlPathEqualTo("/api/v4/users")).willReturn(aResponse().withStatus(500)));
    for (int page = 1; page <= pagesToStub; page++) {
      server.stubFor(
          get(urlPathEqualTo("/api/v4/users"))
              .withQueryParam("page", equalTo(String.valueOf(page)))
              .willReturn(okJson(usersPage(page, perPage, total))));
    }
  }

  @Test
  void listReturnsOnePageWithItsPosition() {
    stubPages(15, 45, 3);

    Page<User> page =
        client.users().list(new UserListParams().page(2).perPage(15).role("company_user"));

    assertThat(page.items()).hasSize(15).first().extracting(User::getId).isEqualTo("user15");
    assertThat(page.currentPage()).isEqualTo(2);
    assertThat(page.lastPage()).isEqualTo(3);
    assertThat(page.total()).isEqualTo(45);
    assertThat(page.hasNext()).isTrue();
    server.verify(
        getRequestedFor(urlEqualTo("/api/v4/users?page=2&per_page=15&role=company_user")));
  }

  @Test
  void takingTheFirst20Of10000UsersMakesTwoRequestsNot667() {
    stubPages(15, 10_000, 3);

    List<String> first20 =
        client.users().listAll(new UserListParams().perPage(15)).stream()
            .limit(20)
            .map(User::getId)
            .collect(Collectors.toList());

    assertThat(first20).hasSize(20).startsWith("user0").endsWith("user19");
    server.verify(2, getRequestedFor(urlPathEqualTo("/api/v4/users")));
  }

  @Test
  void iteratingToTheEndStopsAtTheLastPageAndKeepsTheFilters() {
    stubPages(15, 40, 3);

    List<String> ids =
        client.users().listAll(new UserListParams().perPage(15).companyId("c1")).stream()
            .map(User::getId)
            .collect(Collectors.toList());

    assertThat(ids).hasSize(40).doesNotHaveDuplicates();
    server.verify(
        3,
        getRequestedFor(urlPathEqualTo("/api/v4/users"))
            .withQueryParam("company_id", equalTo("c1")));
  }

  @Test
  void anEmptyListIsOneRequest() {
    stubPages(15, 0, 1);

    assertThat(client.users().listAll(new UserListParams())).isEmpty();
    server.verify(1, getRequestedFor(urlPathEqualTo("/api/v4/users")));
  }

  @Test
  void aPageWithoutItsPaginationIsAClearApiException() {
    server.stubFor(
        get(urlPathEqualTo("/api/v4/users"))
            .willReturn(okJson("{\"success\":true,\"data\":[],\"pagination\":{\"total\":0}}")));

    assertThatThrownBy(() -> client.users().list())
        .isExactlyInstanceOf(ApiException.class)
        .hasMessageContaining("no data");
  }

  @Test
  void noPageIsFetchedBeforeIterationStarts() {
    stubPages(15, 45, 3);

    AutoPager<User> lazy = client.users().listAll(new UserListParams().page(3));
    server.verify(0, getRequestedFor(urlPathEqualTo("/api/v4/users")));

    assertThat(lazy).hasSize(15);
    server.verify(getRequestedFor(urlEqualTo("/api/v4/users?page=3")));
  }
}
