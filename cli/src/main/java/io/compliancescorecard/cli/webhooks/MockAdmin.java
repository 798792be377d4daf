package io.compliancescorecard.cli.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.compliancescorecard.cli.error.ApiErrors;
import io.compliancescorecard.cli.error.CliException;
import io.compliancescorecard.cli.error.ExitCodes;
import io.compliancescorecard.cli.output.JsonData;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The mock server's admin API under `/_mock/` (webhook subscriptions and triggers). It needs no token,
 * so none is sent; against a real API these paths do not exist and the call fails with 404.
 */
public final class MockAdmin {

    private final String baseUrl;
    private final Duration timeout;
    private final HttpClient http = HttpClient.newHttpClient();

    public MockAdmin(String baseUrl, Duration timeout) {
        this.baseUrl = baseUrl;
        this.timeout = timeout;
    }

    /** Subscribes {@code url} to every event, signed with {@code secret}; returns the subscription id. */
    public String subscribe(URI url, String secret) {
        JsonNode body = JsonData.MAPPER.createObjectNode().put("url", url.toString()).put("secret", secret);
        return send("POST", "webhooks", body).path("id").asText();
    }

    public void unsubscribe(String id) {
        send("DELETE", "webhooks/" + id, null);
    }

    /** Fires {@code event} (with {@code data} or realistic defaults) at every subscriber; returns the deliveries. */
    public JsonNode trigger(String event, JsonNode data) {
        ObjectNode body = JsonData.MAPPER.createObjectNode().put("event", event);
        if (data != null) {
            body.set("data", data);
        }
        return send("POST", "webhooks/trigger", body);
    }

    private JsonNode send(String method, String route, JsonNode body) {
        String target = baseUrl + "/_mock/" + route;
        HttpRequest request = HttpRequest.newBuilder(URI.create(target))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new CliException(ExitCodes.SERVER, "cannot reach the mock server at " + baseUrl + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCodes.ERROR, "interrupted", e);
        }
        if (response.statusCode() >= 400) {
            throw ApiErrors.fromResponse(response.statusCode(), response.body(), method + " /_mock/" + route);
        }
        try {
            return JsonData.MAPPER.readTree(response.body()).path("data");
        } catch (JsonProcessingException e) {
            throw new CliException(ExitCodes.SERVER, "the mock server answered " + target + " with no JSON", e);
        }
    }
}
