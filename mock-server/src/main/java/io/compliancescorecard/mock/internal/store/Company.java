package io.compliancescorecard.mock.internal.store;

/** A company (an MSP or a client company); its client and user counts are computed by the store. */
public record Company(
    String id,
    String name,
    String email,
    String subscriptionStatus,
    String subscriptionPackage,
    String createdAt,
    String subscriptionCycleEndDate) {}
