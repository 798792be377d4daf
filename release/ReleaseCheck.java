import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads a staging repository written by {@code ./mvnw -Prelease deploy} and refuses, with one line
 * per problem, what Maven Central would refuse: a missing jar, sources, javadoc, signature or
 * checksum, a POM without the elements Central requires or with unresolved {@code ${...}}, a
 * SNAPSHOT, an artifact that should not be published, or a BOM whose versions differ from the
 * artifacts'.
 *
 * <pre>
 * java release/ReleaseCheck.java STAGING_DIR [--verify-signatures] [--same-jars-as OTHER_STAGING_DIR]
 * </pre>
 *
 * {@code --verify-signatures} runs {@code gpg --verify} on every signature (the GnuPG home must
 * hold the public key); {@code --same-jars-as} also requires every jar to be byte-identical to the
 * one in another staging repository of the same version (a reproducible build). Exit status 0 when
 * the release is complete, 1 with the problems on stderr otherwise, 2 for a usage error.
 */
public final class ReleaseCheck {

  private static final String GROUP = "io.compliancescorecard";
  private static final String BOM = "compliance-scorecard-bom";

  /** Each published artifact and the classifiers of its jars ("" is the main jar). */
  private static final Map<String, List<String>> PUBLISHED =
      Map.of(
          "compliance-scorecard-sdk",
          List.of("", "sources", "javadoc"),
          "compliance-scorecard-mock-server",
          List.of("", "sources", "javadoc", "standalone"),
          "compliance-scorecard-openapi",
          List.of("", "sources", "javadoc"),
          BOM,
          List.of());

  private static final List<String> REQUIRED_POM_ELEMENTS =
      List.of(
          "name",
          "description",
          "url",
          "licenses/license/name",
          "licenses/license/url",
          "developers/developer/name",
          "scm/url",
          "scm/connection");

  private final Path staging;
  private final List<String> problems = new ArrayList<>();
  private boolean verifySignatures;
  private Path reference;

  private ReleaseCheck(Path staging) {
    this.staging = staging;
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || args[0].startsWith("-")) {
      usage();
    }
    ReleaseCheck check = new ReleaseCheck(Path.of(args[0]));
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--verify-signatures")) {
        check.verifySignatures = true;
      } else if (args[i].equals("--same-jars-as") && i + 1 < args.length) {
        check.reference = Path.of(args[++i]);
      } else {
        usage();
      }
    }
    List<String> problems = check.run();
    if (problems.isEmpty()) {
      System.out.println("release-check: " + check.staging + ": complete");
      return;
    }
    problems.forEach(p -> System.err.println("release-check: " + p));
    System.err.println(
        "release-check: "
            + problems.size()
            + " problem(s); Maven Central would refuse this release");
    System.exit(1);
  }

  private static void usage() {
    System.err.println(
        "usage: java release/ReleaseCheck.java STAGING_DIR [--verify-signatures] [--same-jars-as OTHER]");
    System.exit(2);
  }

  private List<String> run() throws Exception {
    Path group = staging.resolve(GROUP.replace('.', '/'));
    if (!Files.isDirectory(group)) {
      problems.add("no " + GROUP + " artifacts under " + staging);
      return problems;
    }
    try (Stream<Path> artifacts = Files.list(group)) {
      for (Path dir : artifacts.filter(Files::isDirectory).sorted().toList()) {
        String artifactId = dir.getFileName().toString();
        if (!PUBLISHED.containsKey(artifactId)) {
          problems.add(
              artifactId
                  + ": is not a published artifact (only "
                  + String.join(", ", new TreeMap<>(PUBLISHED).keySet())
                  + ")");
        }
      }
    }
    Map<String, String> versions = new TreeMap<>();
    for (String artifactId : new TreeMap<>(PUBLISHED).keySet()) {
      List<Path> versionDirs = versionDirs(group.resolve(artifactId));
      if (versionDirs.size() != 1) {
        problems.add(artifactId + ": expected exactly one version, found " + versionDirs.size());
        continue;
      }
      String v = versionDirs.get(0).getFileName().toString();
      versions.put(artifactId, v);
      checkArtifact(artifactId, versionDirs.get(0), v);
    }
    if (versions.values().stream().distinct().count() > 1) {
      problems.add("artifacts of different versions: " + versions);
    }
    if (versions.containsKey(BOM)) {
      checkBom(group.resolve(BOM).resolve(versions.get(BOM)), versions);
    }
    return problems;
  }

  private static List<Path> versionDirs(Path artifactDir) throws IOException {
    if (!Files.isDirectory(artifactDir)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(artifactDir)) {
      return dirs.filter(Files::isDirectory).toList();
    }
  }

  private void checkArtifact(String artifactId, Path dir, String version) throws Exception {
    if (version.endsWith("-SNAPSHOT")) {
      problems.add(artifactId + ": version " + version + " is a SNAPSHOT, not a release");
    }
    String base = artifactId + "-" + version;
    Path pom = dir.resolve(base + ".pom");
    checkFile(artifactId, pom);
    for (String classifier : PUBLISHED.get(artifactId)) {
      Path jar = dir.resolve(base + (classifier.isEmpty() ? "" : "-" + classifier) + ".jar");
      String what = classifier.isEmpty() ? "jar" : classifier + " jar";
      if (!Files.exists(jar)) {
        problems.add(artifactId + ": missing " + what + " " + jar.getFileName());
        continue;
      }
      checkFile(artifactId, jar);
      checkJarContent(artifactId, jar, classifier);
      if (reference != null) {
        checkSameAsReference(artifactId, jar);
      }
    }
    if (Files.exists(pom)) {
      checkPom(artifactId, version, pom);
    }
  }

  /**
   * The file, its checksums and its signature, as Central expects next to every file (not
   * signatures).
   */
  private void checkFile(String artifactId, Path file) throws Exception {
    if (!Files.exists(file)) {
      problems.add(artifactId + ": missing " + file.getFileName());
      return;
    }
    checkChecksum(artifactId, file, "md5", "MD5");
    checkChecksum(artifactId, file, "sha1", "SHA-1");
    Path signature = Path.of(file + ".asc");
    if (!Files.exists(signature)) {
      problems.add(artifactId + ": missing signature " + signature.getFileName());
    } else if (verifySignatures) {
      Process gpg =
          new ProcessBuilder("gpg", "--batch", "--verify", signature.toString(), file.toString())
              .redirectErrorStream(true)
              .start();
      String output = new String(gpg.getInputStream().readAllBytes());
      if (!gpg.waitFor(60, TimeUnit.SECONDS) || gpg.exitValue() != 0) {
        problems.add(
            artifactId
                + ": signature "
                + signature.getFileName()
                + " does not verify: "
                + output
                    .lines()
                    .filter(
                        l ->
                            l.contains("BAD")
                                || l.contains("No public key")
                                || l.contains("no valid"))
                    .findFirst()
                    .orElse(output.strip().lines().reduce((a, b) -> b).orElse("gpg failed")));
      }
    }
  }

  private void checkChecksum(String artifactId, Path file, String extension, String algorithm)
      throws IOException {
    Path sum = Path.of(file + "." + extension);
    if (!Files.exists(sum)) {
      problems.add(artifactId + ": missing checksum " + sum.getFileName());
      return;
    }
    String expected = Files.readString(sum).trim().split("\\s+")[0];
    if (!expected.equalsIgnoreCase(digest(file, algorithm))) {
      problems.add(artifactId + ": checksum " + sum.getFileName() + " does not match the file");
    }
  }

  private static String digest(Path file, String algorithm) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance(algorithm);
      try (InputStream in = Files.newInputStream(file)) {
        byte[] buffer = new byte[65536];
        for (int n; (n = in.read(buffer)) > 0; ) {
          digest.update(buffer, 0, n);
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void checkJarContent(String artifactId, Path jar, String classifier) {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      boolean ok =
          switch (classifier) {
            case "javadoc" -> zip.getEntry("index.html") != null;
            case "sources" ->
                zip.stream()
                    .anyMatch(e -> e.getName().endsWith(".java") || e.getName().endsWith(".yaml"));
            default ->
                zip.stream()
                    .anyMatch(e -> e.getName().endsWith(".class") || e.getName().endsWith(".yaml"));
          };
      if (!ok) {
        problems.add(
            artifactId
                + ": "
                + jar.getFileName()
                + " is empty of what a "
                + (classifier.isEmpty() ? "main" : classifier)
                + " jar holds");
      }
    } catch (IOException e) {
      problems.add(
          artifactId + ": " + jar.getFileName() + " is not a readable jar: " + e.getMessage());
    }
  }

  private void checkSameAsReference(String artifactId, Path jar) throws IOException {
    Path other = reference.resolve(staging.relativize(jar));
    if (!Files.exists(other)) {
      problems.add(artifactId + ": " + jar.getFileName() + " has no counterpart in " + reference);
    } else if (Files.mismatch(jar, other) != -1) {
      problems.add(
          artifactId
              + ": "
              + jar.getFileName()
              + " differs between the two builds (not reproducible)");
    }
  }

  private void checkPom(String artifactId, String version, Path pom) throws Exception {
    String text = Files.readString(pom);
    if (text.contains("${")) {
      problems.add(artifactId + ": POM has unresolved ${...} expressions");
    }
    Element project = parse(pom);
    if (child(project, "parent") != null) {
      problems.add(artifactId + ": POM names a parent, which is not published");
    }
    expect(artifactId, "groupId", text(project, "groupId"), GROUP);
    expect(artifactId, "artifactId", text(project, "artifactId"), artifactId);
    expect(artifactId, "version", text(project, "version"), version);
    for (String path : REQUIRED_POM_ELEMENTS) {
      if (text(project, path).isBlank()) {
        problems.add(artifactId + ": POM lacks <" + path.replace("/", "><") + ">");
      }
    }
    for (Element dependency : elements(child(project, "dependencies"), "dependency")) {
      String coordinates = text(dependency, "groupId") + ":" + text(dependency, "artifactId");
      String dependencyVersion = text(dependency, "version");
      String scope = text(dependency, "scope");
      if (dependencyVersion.isBlank()) {
        problems.add(artifactId + ": dependency " + coordinates + " has no version");
      } else if (dependencyVersion.endsWith("-SNAPSHOT")) {
        problems.add(
            artifactId + ": depends on the SNAPSHOT " + coordinates + ":" + dependencyVersion);
      }
      if (scope.equals("test") || scope.equals("system")) {
        problems.add(
            artifactId
                + ": "
                + scope
                + "-scoped dependency "
                + coordinates
                + " leaks to consumers");
      }
    }
  }

  private void checkBom(Path dir, Map<String, String> versions) throws Exception {
    Path pom = dir.resolve(BOM + "-" + versions.get(BOM) + ".pom");
    if (!Files.exists(pom)) {
      return;
    }
    Element management = child(parse(pom), "dependencyManagement");
    List<String> managed = new ArrayList<>();
    for (Element dependency :
        elements(management == null ? null : child(management, "dependencies"), "dependency")) {
      String artifactId = text(dependency, "artifactId");
      managed.add(artifactId);
      if (!text(dependency, "groupId").equals(GROUP)) {
        problems.add(
            BOM
                + ": manages "
                + text(dependency, "groupId")
                + ":"
                + artifactId
                + ", which is not the toolkit's (importing it would change an application's other versions)");
      } else if (!text(dependency, "version").equals(versions.get(BOM))) {
        problems.add(
            BOM
                + ": pins "
                + artifactId
                + " to "
                + text(dependency, "version")
                + ", not "
                + versions.get(BOM));
      } else if (!versions.containsKey(artifactId)) {
        problems.add(BOM + ": manages " + artifactId + ", which is not in the staging repository");
      }
    }
    for (String artifactId : PUBLISHED.keySet()) {
      if (!artifactId.equals(BOM) && !managed.contains(artifactId)) {
        problems.add(BOM + ": does not manage " + artifactId);
      }
    }
  }

  private void expect(String artifactId, String element, String actual, String expected) {
    if (!actual.equals(expected)) {
      problems.add(
          artifactId + ": POM <" + element + "> is '" + actual + "', expected '" + expected + "'");
    }
  }

  private static Element parse(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder().parse(pom.toFile());
    return document.getDocumentElement();
  }

  /** The text at a slash-separated path of child elements (first match at each step), or "". */
  private static String text(Element from, String path) {
    Element at = from;
    for (String name : path.split("/")) {
      at = at == null ? null : child(at, name);
    }
    return at == null ? "" : at.getTextContent().trim();
  }

  private static Element child(Element parent, String name) {
    NodeList children = parent.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node node = children.item(i);
      if (node instanceof Element element && element.getTagName().equals(name)) {
        return element;
      }
    }
    return null;
  }

  private static List<Element> elements(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    if (parent != null) {
      NodeList children = parent.getChildNodes();
      for (int i = 0; i < children.getLength(); i++) {
        if (children.item(i) instanceof Element element && element.getTagName().equals(name)) {
          found.add(element);
        }
      }
    }
    return found;
  }
}
