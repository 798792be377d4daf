package io.compliancescorecard.mock.chaos;

import java.util.Arrays;
import java.util.Locale;

/** A broken connection that a {@link ChaosRule} injects instead of an answer. */
public enum ChaosFault {
  /** The connection is reset (TCP RST) before any response. */
  CONNECTION_RESET_BY_PEER,
  /** The connection is closed with no response at all. */
  EMPTY_RESPONSE,
  /** A 200 status line, then a chunked body that is not valid chunking. */
  MALFORMED_RESPONSE_CHUNK,
  /** Garbage bytes, then the connection is closed. */
  RANDOM_DATA_THEN_CLOSE;

  /**
   * The fault named {@code name}, case-insensitively.
   *
   * @param name for example {@code connection_reset_by_peer}
   * @return the fault
   * @throws IllegalArgumentException naming the known faults when {@code name} is none of them
   */
  public static ChaosFault parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown fault '" + name + "'; known: " + Arrays.toString(values()));
    }
  }
}
