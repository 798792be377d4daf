package io.compliancescorecard.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.compliancescorecard.mock.chaos.ChaosFault;
import java.util.LinkedHashMap;
import java.util.Map;

/** A response being built: status, headers, JSON body, and what chaos adds (delay, fault). */
public final class ApiResponse {

  private final int status;
  private final byte[] body;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private int delayMillis;
  private ChaosFault fault;
  private String principal;

  private ApiResponse(int status, byte[] body) {
    this.status = status;
    this.body = body;
  }

  /** A JSON response. */
  public static ApiResponse json(int status, JsonNode body) {
    return new ApiResponse(status, Json.bytes(body));
  }

  /** A response whose body is passed on as it is (the validating proxy's). */
  public static ApiResponse raw(int status, byte[] body) {
    return new ApiResponse(status, body);
  }

  /** {@code {"success":true,"data":data}}. */
  public static ApiResponse success(int status, JsonNode data) {
    ObjectNode envelope = Json.object();
    envelope.put("success", true);
    envelope.set("data", data);
    return json(status, envelope);
  }

  /** {@code {"success":true,"message":message}}. */
  public static ApiResponse message(String message) {
    ObjectNode envelope = Json.object();
    envelope.put("success", true);
    envelope.put("message", message);
    return json(200, envelope);
  }

  /** The error envelope of {@code error}. */
  public static ApiResponse error(ApiError error) {
    ObjectNode err = Json.object();
    err.put("code", error.code());
    err.put("message", error.getMessage());
    if (error.details() != null) {
      ObjectNode details = err.putObject("details");
      error
          .details()
          .forEach(
              (field, messages) -> {
                ArrayNode list = details.putArray(field);
                messages.forEach(list::add);
              });
    }
    ObjectNode envelope = Json.object();
    envelope.put("success", false);
    envelope.set("error", err);
    return json(error.status(), envelope);
  }

  /** A response that only drops or garbles the connection. */
  public static ApiResponse fault(ChaosFault fault) {
    ApiResponse response = new ApiResponse(200, new byte[0]);
    response.fault = fault;
    return response;
  }

  /** The same status and body, without headers, delay or fault: what an idempotent replay sends. */
  public ApiResponse copy() {
    return new ApiResponse(status, body);
  }

  /** Adds or replaces a header. */
  public ApiResponse header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** Adds every header of {@code more}, replacing same names. */
  public ApiResponse headers(Map<String, String> more) {
    headers.putAll(more);
    return this;
  }

  /** Names who the request spoke for (a user id), for the request log. */
  public ApiResponse principal(String userId) {
    this.principal = userId;
    return this;
  }

  /** Delays the response (chaos latency). */
  public ApiResponse delay(int millis) {
    this.delayMillis = millis;
    return this;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The body bytes. */
  public byte[] body() {
    return body;
  }

  /** Headers in insertion order. */
  public Map<String, String> headers() {
    return headers;
  }

  /** The added latency in milliseconds. */
  public int delayMillis() {
    return delayMillis;
  }

  /** The user the request spoke for, or null. */
  public String principal() {
    return principal;
  }

  /** The fault to inject, or null. */
  public ChaosFault fault() {
    return fault;
  }
}
