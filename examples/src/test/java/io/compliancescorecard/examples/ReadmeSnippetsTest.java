package io.compliancescorecard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the repository README honest: each of its snippets is taken from code the build compiles or
 * runs. Java blocks must appear line for line in an example source; shell lines in the pipeline
 * script the build runs; the dependency block must name the SDK's real coordinates.
 */
class ReadmeSnippetsTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern BLOCK = Pattern.compile("(?ms)^```(\\w+)\\n(.*?)^```");

  /**
   * Build commands: the first is what CI runs (the build itself); the others need an installed
   * build.
   */
  private static final Set<String> BUILD_COMMANDS =
      Set.of(
          "./mvnw -B verify",
          "./mvnw -B -q -pl examples exec:java -Dexec.mainClass=io.compliancescorecard.examples.InventoryTree");

  @Test
  void everyJavaSnippetIsCodeFromAnExample() throws IOException {
    List<List<String>> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        sources.add(meaningfulLines(Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    List<String> snippets = blocks("java");
    assertThat(snippets).hasSizeGreaterThanOrEqualTo(5);
    for (String snippet : snippets) {
      List<String> lines = meaningfulLines(snippet);
      assertThat(sources)
          .as("an example source containing:%n%s", snippet)
          .anyMatch(source -> Collections.indexOfSubList(source, lines) >= 0);
    }
  }

  @Test
  void everyShellLineIsRunByThePipelineScriptOrIsABuildCommand() throws IOException {
    String script =
        commands(
            Files.readString(ROOT.resolve("examples/ci-pipeline.sh"), StandardCharsets.UTF_8)
                .replace("\"$csc\"", "./csc"));
    List<String> snippets = blocks("sh");
    assertThat(snippets).hasSizeGreaterThanOrEqualTo(4);
    for (String snippet : snippets) {
      for (String command :
          commands(snippet).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList()) {
        assertThat(BUILD_COMMANDS.contains(command) || script.contains(command))
            .as("README shell line in examples/ci-pipeline.sh: %s", command)
            .isTrue();
      }
    }
  }

  @Test
  void theDependencySnippetImportsTheBomOfTheReleaseThisBuildMakes() throws IOException {
    String bomPom = Files.readString(ROOT.resolve("bom/pom.xml"), StandardCharsets.UTF_8);
    String rootPom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
    Matcher revision = Pattern.compile("<revision>([^<]+)</revision>").matcher(rootPom);
    assertThat(revision.find()).isTrue();
    String release = revision.group(1).replace("-SNAPSHOT", "");
    assertThat(bomPom)
        .contains(
            "<artifactId>compliance-scorecard-bom</artifactId>",
            "<artifactId>compliance-scorecard-sdk</artifactId>",
            "<artifactId>compliance-scorecard-mock-server</artifactId>");
    assertThat(blocks("xml"))
        .containsExactly(
            """
        <dependencyManagement>
          <dependencies>
            <dependency>
              <groupId>io.compliancescorecard</groupId>
              <artifactId>compliance-scorecard-bom</artifactId>
              <version>%s</version>
              <type>pom</type>
              <scope>import</scope>
            </dependency>
          </dependencies>
        </dependencyManagement>
        <dependencies>
          <dependency>
            <groupId>io.compliancescorecard</groupId>
            <artifactId>compliance-scorecard-sdk</artifactId>
          </dependency>
          <dependency>
            <groupId>io.compliancescorecard</groupId>
            <artifactId>compliance-scorecard-mock-server</artifactId>
            <scope>test</scope>
          </dependency>
        </dependencies>
        """
                .formatted(release));
  }

  private static List<String> blocks(String language) throws IOException {
    Matcher m = BLOCK.matcher(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8));
    List<String> found = new ArrayList<>();
    while (m.find()) {
      if (m.group(1).equals(language)) {
        found.add(m.group(2));
      }
    }
    return found;
  }

  /** Trimmed non-blank lines: indentation differs between a README and a method body. */
  private static List<String> meaningfulLines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }

  /** Continuation lines joined and runs of blanks collapsed, one command per line. */
  private static String commands(String shell) {
    return shell
        .replaceAll("\\\\\\n\\s*", " ")
        .lines()
        .map(l -> l.strip().replaceAll("\\s+", " "))
        .collect(Collectors.joining("\n"));
  }
}
