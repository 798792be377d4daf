package io.compliancescorecard.mock.internal.store;

/** A policy category. */
public record Category(String id, String name) {}
