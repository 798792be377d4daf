package io.compliancescorecard.mock.internal.admin;

import io.compliancescorecard.mock.internal.http.ApiError;
import io.compliancescorecard.mock.internal.http.ApiRequest;
import io.compliancescorecard.mock.internal.http.ServedOrigins;
import java.util.Locale;

/**
 * Keeps web pages the developer opens away from the admin API (it needs no token). A cross-origin
 * {@code fetch} or form sends an {@code Origin}, which must be the mock's own; and a page can POST
 * {@code text/plain} or a form without a preflight, but not {@code application/json}, so any body
 * (or declared body type) must be JSON.
 */
final class AdminGuard {

  private AdminGuard() {}

  /**
   * @throws ApiError 403 for a foreign {@code Origin}, 415 for a body that is not {@code
   *     application/json}
   */
  static void check(ApiRequest request, ServedOrigins origins) {
    String origin = request.header("Origin");
    if (origin != null && (origins == null || !origins.isOwn(origin))) {
      throw ApiError.forbidden("The admin API does not answer requests from another origin.");
    }
    String type = request.header("Content-Type");
    if ((type != null || request.body().length > 0) && !isJson(type)) {
      throw new ApiError(
          415, "UNSUPPORTED_MEDIA_TYPE", "The admin API takes only application/json bodies.", null);
    }
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    int semicolon = contentType.indexOf(';');
    String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
    return type.toLowerCase(Locale.ROOT).equals("application/json");
  }
}
