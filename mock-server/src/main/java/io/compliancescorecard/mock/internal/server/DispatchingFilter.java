package io.compliancescorecard.mock.internal.server;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.compliancescorecard.mock.internal.http.ApiResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * The WireMock extension that answers every stub request: it stops WireMock's stub matching with
 * our dispatcher's response, so no stub, no journal entry and no "request was not matched" page is
 * involved. WireMock still serves HTTP, applies the delay and injects the fault of that response.
 * Internal.
 */
public final class DispatchingFilter implements StubRequestFilterV2 {

  private volatile MockEngine dispatcher;

  /** Routes requests to {@code engine} from now on; until then requests get 503. */
  public void dispatchTo(MockEngine engine) {
    this.dispatcher = engine;
  }

  MockEngine engine() {
    return dispatcher;
  }

  /** WireMock's own admin API is not offered: its paths answer our 404 like any unknown path. */
  @Override
  public boolean applyToAdmin() {
    return true;
  }

  @Override
  public String getName() {
    return "compliance-scorecard-mock";
  }

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    MockEngine target = dispatcher;
    if (target == null) {
      return RequestFilterAction.stopWith(
          new ResponseDefinition(
              503,
              "{\"success\":false,\"error\":"
                  + "{\"code\":\"SERVICE_UNAVAILABLE\",\"message\":\"The mock server is starting.\"}}"));
    }
    ApiResponse response =
        target.dispatch(
            request.getMethod().getName(),
            request.getUrl(),
            request::getHeader,
            request.getBody(),
            request.getClientIp(),
            true);
    return RequestFilterAction.stopWith(toDefinition(response));
  }

  private static ResponseDefinition toDefinition(ApiResponse response) {
    List<HttpHeader> headers = new ArrayList<>(response.headers().size() + 1);
    if (response.fault() == null) {
      headers.add(new HttpHeader("Content-Type", "application/json"));
    }
    response.headers().forEach((name, value) -> headers.add(new HttpHeader(name, value)));
    var builder =
        com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition()
            .withStatus(response.status())
            .withHeaders(new HttpHeaders(headers));
    if (response.fault() != null) {
      // Our fault names are WireMock's: this is the one place they meet.
      builder.withFault(Fault.valueOf(response.fault().name()));
    } else {
      builder.withBody(response.body());
    }
    if (response.delayMillis() > 0) {
      builder.withFixedDelay(response.delayMillis());
    }
    return builder.build();
  }
}
