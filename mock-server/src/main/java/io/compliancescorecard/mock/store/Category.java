package io.compliancescorecard.mock.store;

/** A policy category. */
public record Category(String id, String name) {}
