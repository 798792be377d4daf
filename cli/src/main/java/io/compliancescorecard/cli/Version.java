package io.compliancescorecard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The `--version` text: csc's version, the git commit and the date of the build (from the build's
 * {@code version.properties}), and the Java runtime it runs on.
 */
public final class Version implements IVersionProvider {

    /** One line; cheap enough for the no-picocli fast path. */
    static String text() {
        Properties build = buildProperties();
        return "csc " + number(build)
                + " (commit " + known(build.getProperty("commit")) + ", built " + known(build.getProperty("date"))
                + "; Java " + System.getProperty("java.runtime.version") + ", " + System.getProperty("java.vendor")
                + ")";
    }

    /** The version from the build, for example 0.1.0-SNAPSHOT. */
    static String number() {
        return number(buildProperties());
    }

    private static String number(Properties build) {
        return build.getProperty("version", "unknown");
    }

    /** An unfiltered placeholder (a build outside git leaves {@code ${git.commit.id.abbrev}}) reads "unknown". */
    private static String known(String value) {
        return value == null || value.isEmpty() || value.startsWith("${") ? "unknown" : value;
    }

    private static Properties buildProperties() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Override
    public String[] getVersion() {
        return new String[] {text()};
    }
}
