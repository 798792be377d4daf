package io.compliancescorecard.mock.chaos;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One way of misbehaving, applied to a share of the requests whose path matches.
 *
 * @param pathPattern a regular expression a request's path must match in full; null for every path
 * @param probability the share of matching requests affected, from 0 to 1
 * @param latency extra delay before the response; zero for none
 * @param status an error status to answer instead of handling the request, or null
 * @param fault a connection fault to inject instead of answering, or null
 * @param retryAfterSeconds the {@code Retry-After} header of the injected error status, or null for
 *     none
 */
public record ChaosRule(
    Pattern pathPattern,
    double probability,
    Duration latency,
    Integer status,
    ChaosFault fault,
    Integer retryAfterSeconds) {

  /**
   * A rule whose injected errors carry no {@code Retry-After}.
   *
   * @param pathPattern a regular expression a request's path must match in full; null for every
   *     path
   * @param probability the share of matching requests affected, from 0 to 1
   * @param latency extra delay before the response; zero for none
   * @param status an error status to answer instead of handling the request, or null
   * @param fault a connection fault to inject instead of answering, or null
   */
  public ChaosRule(
      Pattern pathPattern, double probability, Duration latency, Integer status, ChaosFault fault) {
    this(pathPattern, probability, latency, status, fault, null);
  }

  /**
   * Checks the values.
   *
   * @param pathPattern a regular expression a request's path must match in full; null for every
   *     path
   * @param probability the share of matching requests affected, from 0 to 1
   * @param latency extra delay before the response; zero for none
   * @param status an error status to answer instead of handling the request, or null
   * @param fault a connection fault to inject instead of answering, or null
   * @param retryAfterSeconds the {@code Retry-After} header of the injected error status, or null
   *     for none
   */
  public ChaosRule {
    Objects.requireNonNull(latency, "latency");
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException(
          "chaos probability must be between 0 and 1, was " + probability);
    }
    if (latency.isNegative()) {
      throw new IllegalArgumentException("chaos latency must not be negative");
    }
    if (status != null && (status < 400 || status > 599)) {
      throw new IllegalArgumentException("chaos status must be a 4xx or 5xx, was " + status);
    }
    if (retryAfterSeconds != null && (status == null || retryAfterSeconds < 0)) {
      throw new IllegalArgumentException(
          "chaos retry_after needs a status and must not be negative");
    }
    if (latency.isZero() && status == null && fault == null) {
      throw new IllegalArgumentException("a chaos rule needs a latency, a status or a fault");
    }
  }

  /**
   * @param path a request's path
   * @return whether the rule applies to {@code path} (before the dice)
   */
  public boolean matches(String path) {
    return pathPattern == null || pathPattern.matcher(path).matches();
  }
}
