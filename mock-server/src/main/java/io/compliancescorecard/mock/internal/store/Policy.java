package io.compliancescorecard.mock.internal.store;

/** A client's policy; {@code categoryId} and {@code ownerId} are resolved when shown. */
public record Policy(
    String id,
    String title,
    String description,
    String categoryId,
    String status,
    String ownerId,
    String currentVersion,
    String lastUpdated,
    double adoptionRate,
    String policyType,
    String notes) {}
