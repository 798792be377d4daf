package io.compliancescorecard.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.compliancescorecard.sdk.TheSpec;
import io.compliancescorecard.sdk.ratelimit.RateLimitCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The SDK's category of every operation is the spec's {@code x-rate-limit-category}. */
class OperationCategoriesTest {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  /** An operation of the spec: "METHOD /template" and its category's name. */
  private record SpecOperation(String method, String template, String category) {
    String key() {
      return method + " " + template;
    }
  }

  private static List<SpecOperation> specOperations() {
    List<SpecOperation> operations = new ArrayList<>();
    TheSpec.tree()
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        op -> {
                          if (METHODS.contains(op.getKey())) {
                            JsonNode category = op.getValue().get("x-rate-limit-category");
                            operations.add(
                                new SpecOperation(
                                    op.getKey().toUpperCase(Locale.ROOT),
                                    path.getKey(),
                                    category == null ? null : category.asText()));
                          }
                        }));
    return operations;
  }

  @TestFactory
  Stream<DynamicTest> everyOperationCountsAgainstTheSpecsCategory() {
    return specOperations().stream()
        .map(
            op ->
                DynamicTest.dynamicTest(
                    op.key(),
                    () -> {
                      String path = op.template().replaceAll("\\{(\\w+)}", "$1-42");
                      for (String base :
                          List.of(
                              "https://go-api.compliancerisk.io",
                              "http://127.0.0.1:8080/behind/a/proxy")) {
                        RateLimitCategory category =
                            OperationCategories.of(request(op.method(), base + path));

                        assertThat(category.specName())
                            .as(op.key() + " under " + base)
                            .isEqualTo(op.category());
                      }
                    }));
  }

  @Test
  void theTableHasEveryOperationOfTheSpecAndNoOther() {
    assertThat(OperationCategories.OPERATIONS.stream().map(op -> op.method + " " + op.template))
        .containsExactlyInAnyOrderElementsOf(
            specOperations().stream().map(SpecOperation::key).collect(Collectors.toList()));
  }

  @Test
  void everyCategoryOfTheSpecIsOneOfTheSdks() {
    List<String> specNames = new ArrayList<>();
    TheSpec.tree().path("x-rate-limit-categories").fieldNames().forEachRemaining(specNames::add);

    assertThat(Stream.of(RateLimitCategory.values()).map(RateLimitCategory::specName))
        .containsExactlyInAnyOrderElementsOf(specNames);
  }

  @Test
  void aPathThatIsNoOperationCountsAsGeneral() {
    assertThat(
            OperationCategories.of(request("POST", "http://127.0.0.1:8080/_mock/webhooks/trigger")))
        .isEqualTo(RateLimitCategory.GENERAL);
    assertThat(
            OperationCategories.of(request("GET", "http://127.0.0.1:8080/api/v3/auth/logout-user")))
        .as("the method is part of the operation")
        .isEqualTo(RateLimitCategory.GENERAL);
  }

  private static Request request(String method, String url) {
    return new Request.Builder()
        .url(url)
        .method(method, method.equals("GET") ? null : RequestBody.create(new byte[0], null))
        .build();
  }
}
