package io.compliancescorecard.mock.internal.store;

/** One assessment of a client, made from a template. */
public record AssessmentEvent(
    String id,
    String name,
    String templateId,
    String status,
    Double completionPercentage,
    Double score,
    String startedAt,
    String completedAt,
    String version) {}
