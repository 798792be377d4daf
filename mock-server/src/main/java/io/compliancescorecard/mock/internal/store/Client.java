package io.compliancescorecard.mock.internal.store;

/** A client of a company; its policy and assessment counts are computed by the store. */
public record Client(
    String id,
    String companyId,
    String name,
    String status,
    String city,
    String state,
    String country,
    String emailDeliverySettings,
    String industry,
    Integer employeeCount,
    String createdAt) {}
