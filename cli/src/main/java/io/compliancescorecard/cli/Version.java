package io.compliancescorecard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The `--version` text: csc's version (from the build) and the Java runtime it runs on. */
public final class Version implements IVersionProvider {

    /** One line; cheap enough for the no-picocli fast path. */
    static String text() {
        return "csc " + number() + " (Java " + System.getProperty("java.version") + ")";
    }

    /** The version from the build, for example 0.1.0-SNAPSHOT. */
    static String number() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {text()};
    }
}
