package io.compliancescorecard.mock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the mock that checks every API response against the spec. */
final class TestClient {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final String baseUrl;
  private final boolean checkSpec;

  TestClient(String baseUrl) {
    this(baseUrl, true);
  }

  private TestClient(String baseUrl, boolean checkSpec) {
    this.baseUrl = baseUrl;
    this.checkSpec = checkSpec;
  }

  /** The same client without spec checks, for deliberately off-spec answers (chaos). */
  TestClient unchecked() {
    return new TestClient(baseUrl, false);
  }

  Reply get(String path, String token) {
    return send("GET", path, token, null);
  }

  Reply post(String path, String token, String json, String... headers) {
    return send("POST", path, token, json, headers);
  }

  Reply send(String method, String path, String token, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(20))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null && !java.util.Arrays.asList(headers).contains("Content-Type")) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      Reply reply = new Reply(response.statusCode(), response.headers(), response.body());
      if (checkSpec) {
        int q = path.indexOf('?');
        SpecResponses.check(method, q < 0 ? path : path.substring(0, q), reply);
      }
      return reply;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
