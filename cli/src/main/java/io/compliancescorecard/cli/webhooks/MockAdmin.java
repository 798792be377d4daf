package io.compliancescorecard.cli.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.compliancescorecard.cli.error.ApiErrors;
import io.compliancescorecard.cli.error.CliException;
import io.compliancescorecard.cli.error.ExitCodes;
import io.compliancescorecard.cli.output.JsonData;
import io.compliancescorecard.sdk.ApiResponse;
import io.compliancescorecard.sdk.ComplianceScorecardClient;
import io.compliancescorecard.sdk.RawRequest;
import io.compliancescorecard.sdk.error.ConnectionException;
import java.net.URI;

/**
 * The mock server's admin API under `/_mock/` (webhook subscriptions and triggers), through the
 * session's SDK client. It needs no token, so none is sent; against a real API these paths do not
 * exist and the call fails with 404.
 */
public final class MockAdmin {

  private final ComplianceScorecardClient client;

  /**
   * @param client the SDK client of the mock server (with or without credentials: none are sent)
   */
  public MockAdmin(ComplianceScorecardClient client) {
    this.client = client;
  }

  /**
   * Subscribes {@code url} to every event, signed with {@code secret}; returns the subscription id.
   */
  public String subscribe(URI url, String secret) {
    JsonNode body =
        JsonData.MAPPER.createObjectNode().put("url", url.toString()).put("secret", secret);
    return send("POST", "webhooks", body).path("id").asText();
  }

  public void unsubscribe(String id) {
    send("DELETE", "webhooks/" + id, null);
  }

  /**
   * Fires {@code event} (with {@code data} or realistic defaults) at every subscriber; returns the
   * deliveries.
   */
  public JsonNode trigger(String event, JsonNode data) {
    ObjectNode body = JsonData.MAPPER.createObjectNode().put("event", event);
    if (data != null) {
      body.set("data", data);
    }
    return send("POST", "webhooks/trigger", body);
  }

  private JsonNode send(String method, String route, JsonNode body) {
    String path = "/_mock/" + route;
    RawRequest request = RawRequest.of(method, path).withoutCredentials();
    ApiResponse<String> response;
    try {
      response = client.rawRequest(body == null ? request : request.jsonBody(body.toString()));
    } catch (ConnectionException e) {
      throw new CliException(
          ExitCodes.SERVER,
          "cannot reach the mock server at " + client.baseUrl() + ": " + e.getMessage(),
          e);
    }
    if (response.status() >= 400) {
      throw ApiErrors.fromResponse(response.status(), response.data(), method + " " + path);
    }
    try {
      return JsonData.MAPPER.readTree(response.data()).path("data");
    } catch (JsonProcessingException e) {
      throw new CliException(
          ExitCodes.SERVER, "the mock server answered " + method + " " + path + " with no JSON", e);
    }
  }
}
