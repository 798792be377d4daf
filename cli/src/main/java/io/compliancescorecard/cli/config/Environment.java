package io.compliancescorecard.cli.config;

import java.util.Locale;

/** The API environments `--env` names; `mock` starts the mock server inside the csc process. */
public enum Environment {
    PRODUCTION("https://go-api.compliancerisk.io"),
    STAGING("https://staging-api.compliancerisk.io"),
    DEVELOPMENT("https://dev-api.compliancerisk.io"),
    MOCK(null);

    private final String baseUrl;

    Environment(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The API's base URL; none for {@link #MOCK}, whose URL is known only once it has started. */
    public String baseUrl() {
        return baseUrl;
    }

    /** Parses a name in any case, as `CSC_ENV` and the config file spell it. */
    public static Environment parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown environment '" + name
                    + "' (expected production, staging, development or mock)", e);
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
