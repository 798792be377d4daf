package io.compliancescorecard.mock.internal.webhooks;

import java.util.Arrays;
import java.util.Optional;

/** The nine events of the spec's {@code x-webhooks}. */
public enum WebhookEventType {
  /** A policy was created. */
  POLICY_CREATED("policy.created"),
  /** A policy was changed. */
  POLICY_UPDATED("policy.updated"),
  /** A policy version was published. */
  POLICY_PUBLISHED("policy.published"),
  /** A policy was approved. */
  POLICY_APPROVED("policy.approved"),
  /** A policy was rejected. */
  POLICY_REJECTED("policy.rejected"),
  /** An assessment started. */
  ASSESSMENT_STARTED("assessment.started"),
  /** An assessment was completed. */
  ASSESSMENT_COMPLETED("assessment.completed"),
  /** An assessment received its score. */
  ASSESSMENT_SCORED("assessment.scored"),
  /** An assessment failed. */
  ASSESSMENT_FAILED("assessment.failed");

  private final String wireName;

  WebhookEventType(String wireName) {
    this.wireName = wireName;
  }

  /** The name in payloads, for example {@code policy.created}. */
  public String wireName() {
    return wireName;
  }

  /** Whether this is a {@code policy.*} event. */
  public boolean isPolicyEvent() {
    return wireName.startsWith("policy.");
  }

  /** The part after the dot, for example {@code created}. */
  public String action() {
    return wireName.substring(wireName.indexOf('.') + 1);
  }

  /** The event named {@code wireName}. */
  public static Optional<WebhookEventType> byWireName(String wireName) {
    return Arrays.stream(values()).filter(e -> e.wireName.equals(wireName)).findFirst();
  }
}
