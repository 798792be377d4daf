package io.compliancescorecard.cli;

import io.compliancescorecard.mock.junit.MockServerExtension;
import java.nio.file.Path;

/** Seeded users of the mock server and csc runners pointed at it, logged in as one of them. */
final class MockLogins {

  static final String JOHN = "john@example.com";
  static final String JANE = "jane@example.com";
  static final String SUPER_ADMIN = "admin@compliancescorecard.com";

  private MockLogins() {}

  /**
   * A runner reaching {@code mock} through `CSC_BASE_URL`, with {@code user}'s token (none for
   * null).
   */
  static CscRunner csc(MockServerExtension mock, Path configHome, String user) {
    CscRunner runner = new CscRunner(configHome).env("CSC_BASE_URL", mock.baseUrl());
    return user == null ? runner : runner.env("CSC_TOKEN", mock.token(user));
  }
}
