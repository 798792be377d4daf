package io.compliancescorecard.mock.internal.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error answered with the API's envelope: {@code
 * {"success":false,"error":{code,message,details}}}. Thrown anywhere in request handling; the
 * dispatcher turns it into the response.
 */
public final class ApiError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final transient Map<String, List<String>> details;

  /** An error with a status, a code and a message; {@code details} may be null. */
  public ApiError(int status, String code, String message, Map<String, List<String>> details) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** 400 {@code BAD_REQUEST}. */
  public static ApiError badRequest(String message) {
    return new ApiError(400, "BAD_REQUEST", message, null);
  }

  /** 401 {@code UNAUTHORIZED}. */
  public static ApiError unauthorized(String message) {
    return new ApiError(401, "UNAUTHORIZED", message, null);
  }

  /** 403 {@code FORBIDDEN}. */
  public static ApiError forbidden(String message) {
    return new ApiError(403, "FORBIDDEN", message, null);
  }

  /** 404 {@code NOT_FOUND}: also what another tenant's resource answers. */
  public static ApiError notFound(String message) {
    return new ApiError(404, "NOT_FOUND", message, null);
  }

  /** 405 {@code METHOD_NOT_ALLOWED}. */
  public static ApiError methodNotAllowed(String method) {
    return new ApiError(
        405, "METHOD_NOT_ALLOWED", "Method " + method + " is not allowed on this path.", null);
  }

  /** 422 {@code VALIDATION_ERROR} with one field and message. */
  public static ApiError validation(String field, String message) {
    Map<String, List<String>> details = new LinkedHashMap<>();
    details.put(field, List.of(message));
    return validation(details);
  }

  /** 422 {@code VALIDATION_ERROR} with field -> messages. */
  public static ApiError validation(Map<String, List<String>> details) {
    return new ApiError(422, "VALIDATION_ERROR", "The given data was invalid.", details);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The envelope's {@code code}. */
  public String code() {
    return code;
  }

  /** Field -> messages, or null. */
  public Map<String, List<String>> details() {
    return details;
  }
}
