package io.compliancescorecard.cli;

import io.compliancescorecard.mock.MockServer;
import io.compliancescorecard.mock.MockServerOptions;
import java.nio.file.Path;

/** One mock server per test class (started on a free port) and runners logged in as seeded users. */
final class MockServerExtension {

    static final String JOHN = "john@example.com";
    static final String JANE = "jane@example.com";
    static final String SUPER_ADMIN = "admin@compliancescorecard.com";

    private MockServerExtension() {
    }

    static MockServer start(MockServerOptions.Builder options) {
        return new MockServer(options.port(0).build()).start();
    }

    /** A runner pointed at {@code server} through the environment, with {@code user}'s token. */
    static CscRunner csc(MockServer server, Path configHome, String user) {
        CscRunner runner = new CscRunner(configHome).env("CSC_BASE_URL", server.baseUrl());
        return user == null ? runner : runner.env("CSC_TOKEN", server.tokenFor(user));
    }
}
