package io.compliancescorecard.sdk;

import io.compliancescorecard.sdk.internal.api.AssessmentsApi;
import io.compliancescorecard.sdk.model.AssessmentEvent;
import io.compliancescorecard.sdk.model.AssessmentEventList;
import io.compliancescorecard.sdk.model.AssessmentTemplate;
import io.compliancescorecard.sdk.model.AssessmentTemplateList;
import java.util.List;

/** One client's assessment events and available templates. */
public final class AssessmentsResource {

  private final WithRawResponse withRawResponse;

  AssessmentsResource(AssessmentsApi api, CallExecutor calls, String companyId, String clientId) {
    this.withRawResponse =
        new WithRawResponse(
            api,
            calls,
            PathIds.require("companyId", companyId),
            PathIds.require("clientId", clientId));
  }

  /**
   * @return the same operations, each returning its response's metadata beside the data
   */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * @return the client's assessment events (assessment instances)
   */
  public List<AssessmentEvent> events() {
    return withRawResponse.events().data();
  }

  /**
   * @param options the call's options
   * @return the client's assessment events (assessment instances)
   */
  public List<AssessmentEvent> events(RequestOptions options) {
    return withRawResponse.events(options).data();
  }

  /**
   * @return the templates available to the client, global ones included
   */
  public List<AssessmentTemplate> templates() {
    return withRawResponse.templates().data();
  }

  /**
   * @param params whether to include global templates, a category, and the call's options
   * @return the matching templates
   */
  public List<AssessmentTemplate> templates(TemplateListParams params) {
    return withRawResponse.templates(params).data();
  }

  /**
   * The assessments' operations returning {@link ApiResponse}: status, headers and rate-limit
   * snapshot beside the data.
   */
  public static final class WithRawResponse {

    private final AssessmentsApi api;
    private final CallExecutor calls;
    private final String companyId;
    private final String clientId;

    private WithRawResponse(
        AssessmentsApi api, CallExecutor calls, String companyId, String clientId) {
      this.api = api;
      this.calls = calls;
      this.companyId = companyId;
      this.clientId = clientId;
    }

    /**
     * @return {@link AssessmentsResource#events()} with the response metadata
     */
    public ApiResponse<List<AssessmentEvent>> events() {
      return events(RequestOptions.none());
    }

    /**
     * @param options the call's options
     * @return {@link AssessmentsResource#events(RequestOptions)} with the response metadata
     */
    public ApiResponse<List<AssessmentEvent>> events(RequestOptions options) {
      return calls.execute(
          api.listAssessmentEvents(companyId, clientId), AssessmentEventList::getData, options);
    }

    /**
     * @return {@link AssessmentsResource#templates()} with the response metadata
     */
    public ApiResponse<List<AssessmentTemplate>> templates() {
      return templates(new TemplateListParams());
    }

    /**
     * @param params whether to include global templates, a category, and the call's options
     * @return {@link AssessmentsResource#templates(TemplateListParams)} with the response metadata
     */
    public ApiResponse<List<AssessmentTemplate>> templates(TemplateListParams params) {
      return calls.execute(
          api.listAssessmentTemplates(companyId, clientId, params.global(), params.category()),
          AssessmentTemplateList::getData,
          params.options());
    }
  }
}
