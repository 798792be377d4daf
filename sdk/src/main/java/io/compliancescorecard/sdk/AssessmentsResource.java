package io.compliancescorecard.sdk;

import io.compliancescorecard.sdk.internal.api.AssessmentsApi;
import io.compliancescorecard.sdk.model.AssessmentEvent;
import io.compliancescorecard.sdk.model.AssessmentEventList;
import io.compliancescorecard.sdk.model.AssessmentTemplate;
import io.compliancescorecard.sdk.model.AssessmentTemplateList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** One client's assessment events and available templates. */
public final class AssessmentsResource {

  private final AssessmentsApi api;
  private final CallExecutor calls;
  private final String companyId;
  private final String clientId;

  AssessmentsResource(AssessmentsApi api, CallExecutor calls, String companyId, String clientId) {
    this.api = api;
    this.calls = calls;
    this.companyId = PathIds.require("companyId", companyId);
    this.clientId = PathIds.require("clientId", clientId);
  }

  /** @return the client's assessment events (assessment instances) */
  public List<AssessmentEvent> events() {
    return eventsWithResponse().data();
  }

  /** @return {@link #events()} with the response metadata */
  public ApiResponse<List<AssessmentEvent>> eventsWithResponse() {
    return calls.execute(api.listAssessmentEvents(companyId, clientId), AssessmentEventList::getData);
  }

  /** @return {@link #eventsWithResponse()}, run on the client's executor */
  public CompletableFuture<ApiResponse<List<AssessmentEvent>>> eventsAsync() {
    return calls.async(this::eventsWithResponse);
  }

  /** @return the templates available to the client, global ones included */
  public List<AssessmentTemplate> templates() {
    return templates(new TemplateFilter());
  }

  /**
   * @param filter whether to include global templates, and a category
   * @return the matching templates
   */
  public List<AssessmentTemplate> templates(TemplateFilter filter) {
    return templatesWithResponse(filter).data();
  }

  /**
   * @param filter whether to include global templates, and a category
   * @return {@link #templates(TemplateFilter)} with the response metadata
   */
  public ApiResponse<List<AssessmentTemplate>> templatesWithResponse(TemplateFilter filter) {
    return calls.execute(api.listAssessmentTemplates(companyId, clientId, filter.global(), filter.category()),
        AssessmentTemplateList::getData);
  }

  /**
   * @param filter whether to include global templates, and a category
   * @return {@link #templatesWithResponse(TemplateFilter)}, run on the client's executor
   */
  public CompletableFuture<ApiResponse<List<AssessmentTemplate>>> templatesAsync(TemplateFilter filter) {
    return calls.async(() -> templatesWithResponse(filter));
  }
}
