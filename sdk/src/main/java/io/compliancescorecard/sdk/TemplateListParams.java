package io.compliancescorecard.sdk;

/**
 * Filters and options of {@code assessments(companyId, clientId).templates(...)}. A mutable value;
 * build one per call.
 */
public final class TemplateListParams extends OperationParams<TemplateListParams> {

  private Boolean global;
  private String category;

  /**
   * @param global false to leave out the global templates (the API includes them by default)
   * @return this
   */
  public TemplateListParams global(boolean global) {
    this.global = global;
    return this;
  }

  /**
   * @param category only templates of this category (exact, case-insensitive)
   * @return this
   */
  public TemplateListParams category(String category) {
    this.category = category;
    return this;
  }

  Boolean global() {
    return global;
  }

  String category() {
    return category;
  }
}
