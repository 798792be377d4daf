package io.compliancescorecard.sdk;

import java.util.Objects;

/**
 * What the params object of an operation with filters carries besides them: the call's {@link
 * RequestOptions}. A mutable value; build one per call.
 *
 * @param <P> the concrete params type, returned by the fluent setters
 */
public abstract class OperationParams<P extends OperationParams<P>> {

  private RequestOptions options = RequestOptions.none();

  OperationParams() {}

  /**
   * @param options this call's options, merged over the client's defaults (default none)
   * @return this
   */
  public P options(RequestOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    return self();
  }

  RequestOptions options() {
    return options;
  }

  @SuppressWarnings("unchecked")
  private P self() {
    return (P) this;
  }
}
