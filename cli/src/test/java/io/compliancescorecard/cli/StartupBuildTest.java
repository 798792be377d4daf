package io.compliancescorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The start-up tricks that live in csc's class files (docs/startup.md): a build change must not
 * lose them.
 */
class StartupBuildTest {

  private static final int JAVA_17 = 61;

  @Test
  void picocliComesFromItsSourcesCompiledForJava17SoThatTheClassDataArchiveHoldsIt()
      throws Exception {
    assertThat(classesOf(CommandLine.class)).isEqualTo(classesOf(Main.class));
    try (InputStream in = CommandLine.class.getResourceAsStream("CommandLine.class")) {
      byte[] header = in.readNBytes(8);
      assertThat(((header[6] & 0xff) << 8) | (header[7] & 0xff)).isGreaterThanOrEqualTo(JAVA_17);
    }
  }

  @Test
  void noClassConcatenatesStringsThroughInvokedynamic() throws Exception {
    try (Stream<Path> files = Files.walk(classesOf(Main.class))) {
      List<Path> classes =
          files.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList());
      assertThat(classes).hasSizeGreaterThan(100);
      assertThat(classes).filteredOn(StartupBuildTest::bootstrapsConcatenation).isEmpty();
    }
  }

  private static Path classesOf(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static boolean bootstrapsConcatenation(Path classFile) {
    try {
      return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1)
          .contains("makeConcatWithConstants");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
