package io.compliancescorecard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The `--version` text: csc's version (from the build) and the Java runtime it runs on. */
public final class Version implements IVersionProvider {

    /** One line, read from a resource the build fills in; cheap enough for the no-picocli fast path. */
    static String text() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "csc " + properties.getProperty("version", "unknown")
                + " (Java " + System.getProperty("java.version") + ")";
    }

    @Override
    public String[] getVersion() {
        return new String[] {text()};
    }
}
