package io.compliancescorecard.sdk.observation;

import io.compliancescorecard.sdk.ratelimit.RateLimitCategory;
import java.util.Objects;
import java.util.Optional;

/**
 * A call about to start, as told to {@link CallObserver#start}. Holds nothing secret: no query, no
 * header.
 */
public final class CallStart {

  private final String method;
  private final String urlTemplate;
  private final String serverAddress;
  private final int serverPort;
  private final RateLimitCategory category;

  /**
   * @param method the HTTP method, for example {@code GET}
   * @param urlTemplate the spec's path template, for example {@code
   *     /api/v3/companies/{companyId}/clients}, or null for a raw request to a path that is no
   *     operation of the spec
   * @param serverAddress the API's host
   * @param serverPort the API's port
   * @param category the rate-limit budget the operation spends
   */
  public CallStart(
      String method,
      String urlTemplate,
      String serverAddress,
      int serverPort,
      RateLimitCategory category) {
    this.method = Objects.requireNonNull(method, "method");
    this.urlTemplate = urlTemplate;
    this.serverAddress = Objects.requireNonNull(serverAddress, "serverAddress");
    this.serverPort = serverPort;
    this.category = Objects.requireNonNull(category, "category");
  }

  /**
   * @return the HTTP method, for example {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * @return the spec's path template, empty for a raw request to a path the spec does not have
   */
  public Optional<String> urlTemplate() {
    return Optional.ofNullable(urlTemplate);
  }

  /**
   * @return the operation's name: method and template, for example {@code GET
   *     /api/v3/companies/{companyId}/clients}, or only the method when the template is unknown
   */
  public String operation() {
    return urlTemplate == null ? method : method + " " + urlTemplate;
  }

  /**
   * @return the API's host
   */
  public String serverAddress() {
    return serverAddress;
  }

  /**
   * @return the API's port
   */
  public int serverPort() {
    return serverPort;
  }

  /**
   * @return the rate-limit budget the operation spends
   */
  public RateLimitCategory category() {
    return category;
  }

  @Override
  public String toString() {
    return operation() + " at " + serverAddress + ":" + serverPort;
  }
}
