package io.compliancescorecard.sdk;

/**
 * How much of each HTTP exchange the client logs through SLF4J (logger {@code
 * io.compliancescorecard.sdk.http}, level DEBUG). Secrets are redacted at every level.
 */
public enum HttpLogLevel {
  /** Nothing (the default). */
  NONE,
  /** Method, URL, status and duration. */
  BASIC,
  /** {@link #BASIC} plus request and response headers. */
  HEADERS,
  /** {@link #HEADERS} plus JSON bodies (truncated); other bodies are summarised. */
  BODY
}
