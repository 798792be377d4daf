package io.compliancescorecard.sdk.internal;

import static io.compliancescorecard.sdk.ratelimit.RateLimitCategory.AUTHENTICATION;
import static io.compliancescorecard.sdk.ratelimit.RateLimitCategory.GENERAL;

import io.compliancescorecard.sdk.ratelimit.RateLimitCategory;
import java.util.List;
import okhttp3.Request;

/**
 * The rate-limit category of each operation, as its {@code x-rate-limit-category} in the spec says,
 * for typed and raw requests alike. The generator carries no vendor extension into code, so the
 * table is written here; {@code OperationCategoriesTest} holds it to the spec operation by
 * operation and fails on any operation missing or different.
 */
public final class OperationCategories {

  /** Every operation of the spec: method, path template, category. */
  static final List<Operation> OPERATIONS =
      List.of(
          new Operation("GET", "/api/v3/auth/user", AUTHENTICATION),
          new Operation("POST", "/api/v3/auth/logout-user", AUTHENTICATION),
          new Operation("GET", "/api/v4/users", GENERAL),
          new Operation("GET", "/api/v3/companies", GENERAL),
          new Operation("GET", "/api/v3/companies/{companyId}", GENERAL),
          new Operation("GET", "/api/v3/companies/{companyId}/clients", GENERAL),
          new Operation("POST", "/api/v3/companies/{companyId}/clients", GENERAL),
          new Operation(
              "GET", "/api/v3/companies/{companyId}/clients/{clientId}/policies", GENERAL),
          new Operation(
              "POST", "/api/v3/companies/{companyId}/clients/{clientId}/policies", GENERAL),
          new Operation(
              "GET", "/api/v3/companies/{companyId}/clients/{clientId}/assessment-events", GENERAL),
          new Operation(
              "GET",
              "/api/v3/companies/{companyId}/clients/{clientId}/assessment-templates",
              GENERAL),
          new Operation(
              "GET", "/api/v3/companies/{companyId}/clients/{clientId}/api-keys", GENERAL),
          new Operation(
              "POST", "/api/v3/companies/{companyId}/clients/{clientId}/api-keys", GENERAL));

  private OperationCategories() {}

  /**
   * @param request any request to the API
   * @return the category of the operation it calls; {@link RateLimitCategory#GENERAL} for a path
   *     that is no operation of the spec
   */
  public static RateLimitCategory of(Request request) {
    Operation operation = find(request);
    return operation == null ? GENERAL : operation.category;
  }

  /**
   * @param request any request to the API
   * @return the spec's path template of the operation it calls, for example {@code
   *     /api/v3/companies/{companyId}/clients}; null for a path that is no operation of the spec
   */
  public static String template(Request request) {
    Operation operation = find(request);
    return operation == null ? null : operation.template;
  }

  private static Operation find(Request request) {
    List<String> path = request.url().pathSegments();
    for (Operation operation : OPERATIONS) {
      if (operation.method.equals(request.method()) && operation.matches(path)) {
        return operation;
      }
    }
    return null;
  }

  /** One operation; its template is matched against the end of a path, after any base path. */
  static final class Operation {
    final String method;
    final String template;
    final RateLimitCategory category;
    private final String[] segments;

    Operation(String method, String template, RateLimitCategory category) {
      this.method = method;
      this.template = template;
      this.category = category;
      this.segments = template.substring(1).split("/");
    }

    boolean matches(List<String> path) {
      int offset = path.size() - segments.length;
      if (offset < 0) {
        return false;
      }
      for (int i = 0; i < segments.length; i++) {
        boolean variable = segments[i].startsWith("{");
        if (!variable && !segments[i].equals(path.get(offset + i))) {
          return false;
        }
      }
      return true;
    }
  }
}
