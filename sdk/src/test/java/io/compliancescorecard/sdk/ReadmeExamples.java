package io.compliancescorecard.sdk;

import io.compliancescorecard.sdk.auth.Auth0TokenProvider;
import io.compliancescorecard.sdk.auth.StaticTokenProvider;
import io.compliancescorecard.sdk.auth.TokenProvider;
import io.compliancescorecard.sdk.error.ApiException;
import io.compliancescorecard.sdk.error.NotFoundException;
import io.compliancescorecard.sdk.error.RateLimitException;
import io.compliancescorecard.sdk.error.ValidationException;
import io.compliancescorecard.sdk.model.ApiKey;
import io.compliancescorecard.sdk.model.ApiKeyCreateRequest;
import io.compliancescorecard.sdk.model.AssessmentEvent;
import io.compliancescorecard.sdk.model.AssessmentTemplate;
import io.compliancescorecard.sdk.model.Client;
import io.compliancescorecard.sdk.model.ClientCreateRequest;
import io.compliancescorecard.sdk.model.ClientStatus;
import io.compliancescorecard.sdk.model.Company;
import io.compliancescorecard.sdk.model.CurrentUser;
import io.compliancescorecard.sdk.model.Policy;
import io.compliancescorecard.sdk.model.PolicyCreateRequest;
import io.compliancescorecard.sdk.model.PolicyStatus;
import io.compliancescorecard.sdk.model.User;
import io.compliancescorecard.sdk.observation.CallEnd;
import io.compliancescorecard.sdk.observation.CallObservation;
import io.compliancescorecard.sdk.observation.TokenRenewal;
import io.compliancescorecard.sdk.opentelemetry.OpenTelemetryObserver;
import io.compliancescorecard.sdk.pagination.Page;
import io.compliancescorecard.sdk.ratelimit.RateLimitCategory;
import io.compliancescorecard.sdk.retry.RetryPolicy;
import io.compliancescorecard.sdk.retry.WaitEvent;
import io.compliancescorecard.sdk.webhooks.AssessmentWebhook;
import io.compliancescorecard.sdk.webhooks.PolicyWebhook;
import io.compliancescorecard.sdk.webhooks.SignatureVerificationException;
import io.compliancescorecard.sdk.webhooks.WebhookEvent;
import io.compliancescorecard.sdk.webhooks.WebhookSigner;
import io.compliancescorecard.sdk.webhooks.WebhookVerifier;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.slf4j.Logger;

/**
 * The snippets of {@code sdk/README.md}, kept here so that they compile against the real API; each
 * method is one README section. {@link ReadmeExamplesTest} runs them against a local stub.
 */
final class ReadmeExamples {

  private ReadmeExamples() {}

  static ComplianceScorecardClient build(String domain, String clientId, String clientSecret) {
    return ComplianceScorecardClient.builder()
        .environment(Environment.STAGING) // or .baseUrl("http://127.0.0.1:8080")
        .tokenProvider(
            Auth0TokenProvider.clientCredentials(
                    domain, clientId, clientSecret, "https://go-api.compliancerisk.io")
                .build())
        .connectTimeout(Duration.ofSeconds(5))
        .readTimeout(Duration.ofSeconds(20))
        .callTimeout(Duration.ofMinutes(2))
        .retryPolicy(RetryPolicy.of(3, Duration.ofMillis(250), Duration.ofSeconds(8)))
        .maxRateLimitWait(Duration.ofSeconds(30))
        .throttle(true)
        .userAgentSuffix("my-app/1.4")
        .logLevel(HttpLogLevel.BASIC)
        .build();
  }

  static ComplianceScorecardClient announceWaits() {
    ComplianceScorecardClient client =
        ComplianceScorecardClient.builder()
            .waitListener(
                wait ->
                    System.err.printf(
                        "%s on %s %s: waiting %d ms (attempt %d/%d)%n",
                        wait.reason(),
                        wait.method(),
                        wait.path(),
                        wait.waitTime().toMillis(),
                        wait.attempt(),
                        wait.maxAttempts()))
            .build();
    return client;
  }

  static ComplianceScorecardClient observeCalls(Logger log) {
    ComplianceScorecardClient client =
        ComplianceScorecardClient.builder()
            .observer(
                call ->
                    new CallObservation() {
                      @Override
                      public void onWait(WaitEvent wait) {
                        log.info("{} waits: {}", call.operation(), wait);
                      }

                      @Override
                      public void onTokenRenewal(TokenRenewal renewal) {
                        log.info("{}: {}", call.operation(), renewal);
                      }

                      @Override
                      public void onEnd(CallEnd end) {
                        log.info(
                            "{}: {}", call.operation(), end); // HTTP 200 after 1 attempt(s), 84 ms
                      }
                    })
            .build();
    return client;
  }

  static ComplianceScorecardClient traceCalls(OpenTelemetry openTelemetry, Executor executor) {
    ComplianceScorecardClient client =
        ComplianceScorecardClient.builder()
            .observer(
                OpenTelemetryObserver.create(
                    openTelemetry)) // GlobalOpenTelemetry.get(), or your own SDK
            .asyncExecutor(
                Context.taskWrapping(executor)) // async calls keep the caller's span as parent
            .build();
    return client;
  }

  static List<TokenProvider> tokens(
      String domain, String clientId, String clientSecret, String password) {
    TokenProvider fromEnvironment = StaticTokenProvider.fromEnvironment(); // CSC_TOKEN
    TokenProvider fixed = StaticTokenProvider.of("eyJ...");
    TokenProvider user =
        Auth0TokenProvider.password(domain, clientId, "admin@example.com", password)
            .clientSecret(clientSecret)
            .audience("https://go-api.compliancerisk.io")
            .renewBefore(Duration.ofMinutes(10))
            .build();
    return List.of(fromEnvironment, fixed, user);
  }

  static void resources(ComplianceScorecardClient client) {
    CurrentUser me = client.auth().currentUser();
    List<Company> companies = client.companies().list();
    Company company = client.companies().get(me.getCompany().getId());

    List<Client> active =
        client.clients(company.getId()).list(new ClientListParams().status(ClientStatus.ACTIVE));
    Client created =
        client
            .clients(company.getId())
            .create(new ClientCreateRequest().name("Acme").country("US"));

    List<Policy> drafts =
        client
            .policies(company.getId(), created.getId())
            .list(new PolicyListParams().status(PolicyStatus.DRAFT).search("security"));
    Policy policy =
        client
            .policies(company.getId(), created.getId())
            .create(
                new PolicyCreateRequest().title("Access Control Policy").policyType("operational"));

    List<AssessmentEvent> events = client.assessments(company.getId(), created.getId()).events();
    List<AssessmentTemplate> own =
        client
            .assessments(company.getId(), created.getId())
            .templates(new TemplateListParams().global(false));

    List<ApiKey> keys = client.apiKeys(company.getId(), created.getId()).list();
    ApiKey key =
        client
            .apiKeys(company.getId(), created.getId())
            .create(
                new ApiKeyCreateRequest()
                    .type("connectwise")
                    .name("Main ConnectWise")
                    .apiKey("...")
                    .apiSecret("..."));

    client.auth().logout();
    System.out.println(
        companies.size()
            + active.size()
            + drafts.size()
            + events.size()
            + own.size()
            + keys.size()
            + policy.getId()
            + key.getId());
  }

  static List<String> pagination(ComplianceScorecardClient client) {
    Page<User> page =
        client.users().list(new UserListParams().page(2).perPage(50).role("msp_admin"));
    System.out.println(page.currentPage() + "/" + page.lastPage() + " of " + page.total());

    for (User user : client.users().listAll(new UserListParams().perPage(100))) {
      System.out.println(user.getEmail());
    }
    return client.users().listAll(new UserListParams()).stream()
        .limit(20) // fetches 2 pages of 15, not all of them
        .map(User::getEmail)
        .collect(Collectors.toList());
  }

  static long perCallOptions(ComplianceScorecardClient client) {
    RequestOptions quick =
        RequestOptions.builder()
            .timeout(Duration.ofSeconds(2)) // the whole call, retries and waits included
            .maxRetries(1)
            .header("X-Correlation-Id", "job-7f3a")
            .build();
    List<Company> companies = client.companies().list(quick);
    Page<User> admins = client.users().list(new UserListParams().role("msp_admin").options(quick));

    ComplianceScorecardClient nightly =
        client.withOptions(o -> o.maxRetries(10).header("X-Job", "nightly"));
    long everyone = nightly.users().listAll(new UserListParams().perPage(100)).stream().count();
    System.out.println(companies.size() + admins.items().size() + everyone);
    return everyone;
  }

  static void metadataAndAsync(ComplianceScorecardClient client) {
    ApiResponse<List<Company>> response = client.companies().withRawResponse().list();
    System.out.println(response.status() + " " + response.header("X-Request-Id").orElse("-"));
    response
        .rateLimit()
        .ifPresent(
            limit -> System.out.println(limit.remaining() + " left until " + limit.resetAt()));
    client.rateLimit(RateLimitCategory.GENERAL).ifPresent(System.out::println);

    CompletableFuture<List<Company>> companies = client.async(c -> c.companies().list());
    CompletableFuture<ApiResponse<List<Company>>> withMetadata =
        client.async(c -> c.companies().withRawResponse().list());
    companies.join();
    withMetadata.join();
  }

  static Client idempotency(ComplianceScorecardClient client, String companyId) {
    String key = UUID.randomUUID().toString(); // persist it with your job to resume safely
    return client
        .clients(companyId)
        .create(
            new ClientCreateRequest().name("Acme"),
            RequestOptions.builder().idempotencyKey(key).build());
  }

  static void errors(ComplianceScorecardClient client, String companyId) {
    try {
      client.clients(companyId).create(new ClientCreateRequest().name(""));
    } catch (ValidationException e) {
      e.fieldErrors().forEach((field, messages) -> System.out.println(field + ": " + messages));
    } catch (RateLimitException e) {
      System.out.println("try again at " + e.resetAt().orElse(null));
    } catch (NotFoundException e) {
      System.out.println("no such company (or another tenant's)");
    } catch (ApiException e) {
      System.out.println(e.status() + " " + e.errorCode().orElse("?") + ": " + e.getMessage());
    }
  }

  static ApiResponse<String> raw(ComplianceScorecardClient client) {
    ApiResponse<String> response = client.rawRequest("GET", "/api/v4/users?per_page=5", null);
    System.out.println(response.status() + " " + response.data());
    return response;
  }

  static void rawAnywhere(
      ComplianceScorecardClient client, byte[] deliveryBytes, String signature) {
    client.rawRequest(
        RawRequest.of("POST", "/_mock/webhooks/trigger")
            .jsonBody("{\"event\":\"policy.published\"}")
            .withoutCredentials());
    client.rawRequest(
        RawRequest.of("POST", "http://127.0.0.1:3000/hooks")
            .jsonBody(deliveryBytes)
            .header("X-Scorecard-Signature", signature));
  }

  static String webhooks(String rawBody, String signatureHeader, String secret) {
    WebhookVerifier verifier = new WebhookVerifier(secret);
    try {
      WebhookEvent event = verifier.constructEvent(rawBody, signatureHeader);
      if (event instanceof PolicyWebhook) {
        return "policy " + ((PolicyWebhook) event).data().getPolicyId() + " " + event.type();
      } else if (event instanceof AssessmentWebhook) {
        return "assessment scored " + ((AssessmentWebhook) event).data().getScore();
      }
      return "ignoring " + event.type();
    } catch (SignatureVerificationException e) {
      return "reject with 400: " + e.getMessage();
    }
  }

  static String signForTests(String body, String secret) {
    String header = new WebhookSigner(secret).signatureHeader(body, Instant.now());
    String rotating =
        new WebhookSigner("new-secret", "old-secret").signatureHeader(body, Instant.now());
    return header + rotating + WebhookSigner.generateTestHeader(body, secret);
  }
}
