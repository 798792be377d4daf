package io.compliancescorecard.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.compliancescorecard.mock.internal.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;

/** A response as tests see it. */
record Reply(int status, HttpHeaders headers, String body) {

  JsonNode json() {
    try {
      return Json.MAPPER.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + body, e);
    }
  }

  JsonNode data() {
    return json().get("data");
  }

  String errorCode() {
    return json().path("error").path("code").asText();
  }

  String header(String name) {
    return headers.firstValue(name).orElse(null);
  }
}
