package io.compliancescorecard.mock.internal.store;

/** A template assessments are made from: global, or a client's own. */
public record AssessmentTemplate(
    String id,
    String name,
    String description,
    String category,
    boolean global,
    String version,
    Integer questionCount,
    String createdAt) {}
