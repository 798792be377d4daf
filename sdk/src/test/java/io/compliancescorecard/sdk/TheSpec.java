package io.compliancescorecard.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The spec the SDK is generated from, for tests that hold the SDK's hand-written parts to it. */
public final class TheSpec {

  // The generator reads the same file (sdk/pom.xml); tests run in the module's directory.
  private static final Path FILE = Path.of("..", "openapi", "compliance-scorecard.yaml");
  private static JsonNode tree;

  private TheSpec() {}

  /**
   * @return the whole spec as a tree, read once
   */
  public static synchronized JsonNode tree() {
    if (tree == null) {
      try {
        tree = new YAMLMapper().readTree(FILE.toFile());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return tree;
  }
}
