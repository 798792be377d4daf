import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes the standalone mock server's class-data archive: starts the jar in training mode, makes the
 * calls a client's first minute makes (a token, a list, a filtered list and a create, so the
 * request validator loads too), then stops it; the JVM writes the archive as it exits. Run by the
 * build as a single-file program: java CdsTraining.java JAVA JAR ARCHIVE LOG [JDK]
 *
 * <ul>
 *   <li>ARCHIVE ending in .jsa: an AppCDS archive (-XX:ArchiveClassesAtExit) made with JAVA, for
 *       any JDK.
 *   <li>ARCHIVE ending in .aot: an AOT cache (JDK 25 or newer: JEP 483's loaded and linked classes
 *       and JEP 515's method profiles, in one step with -XX:AOTCacheOutput) made with JDK, when
 *       given, else the JDK of JAVA when it is 25 or newer, else the newest JDK 25+ in JAVA_HOME or
 *       the usual places, the ones the CLI's distribution looks in. The training then also lists
 *       clients a few thousand times, so that the cache holds the profiles of a warm list.
 *       ARCHIVE.jdk names the JDK that made it, which alone can use it (./csc reads it). Without a
 *       JDK 25, no cache, and a message.
 * </ul>
 *
 * A server that does not start or fails a call fails the build, and so does an archive the JVM then
 * refuses to start with; a JVM that cannot write archives does not.
 */
public final class CdsTraining {

  private static final Pattern READY = Pattern.compile("ready at (http://\\S+)");
  private static final int AOT_RELEASE = 25;
  private static final int WARM_LISTS = 5000;

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[1]);
    Path archive = Path.of(args[2]);
    Path log = Path.of(args[3]);
    boolean aot = archive.toString().endsWith(".aot");
    Path jdkFile = Path.of(archive + ".jdk");
    Files.deleteIfExists(archive);
    Files.deleteIfExists(jdkFile);
    String java = args[0];
    List<String> command = new ArrayList<>();
    if (aot) {
      Optional<Path> jdk =
          aotJdk(args.length > 4 ? args[4] : "", Path.of(java).getParent().getParent());
      if (jdk.isEmpty()) {
        System.out.println(
            "no JDK "
                + AOT_RELEASE
                + " or newer found (-Dmock.aot.jdk=PATH names one): no AOT cache;"
                + " starts use the class-data archive");
        return;
      }
      java = jdk.get().resolve("bin/java").toString();
      command.addAll(
          List.of(java, "-XX:AOTCacheOutput=" + archive, "-Xlog:aot=off", "-Xlog:cds=off"));
    } else {
      command.addAll(
          List.of(
              java,
              "-XX:ArchiveClassesAtExit=" + archive,
              "-Xlog:cds=off",
              "-Xlog:cds+dynamic=off"));
    }
    command.addAll(
        List.of("-jar", jar.toString(), "--port", "0", "--rate-limit", "general=100000/1h"));
    Process server =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      train(awaitReady(server, log), aot ? WARM_LISTS : 0);
    } finally {
      server.destroy();
      if (!server.waitFor(300, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
    if (!Files.isRegularFile(archive)) {
      // A JVM without class-data sharing (OpenJ9, say) still builds a working jar, only a slower
      // start.
      System.err.println(
          "warning: the JVM wrote no class-data archive (see "
              + log
              + "); starts will not use one");
      return;
    }
    // A JVM that cannot map an archive starts without it, silently: here it must refuse instead.
    List<String> check =
        aot
            ? List.of(
                java, "-XX:AOTCache=" + archive, "-XX:AOTMode=on", "-jar", jar.toString(), "--help")
            : List.of(
                java,
                "-XX:SharedArchiveFile=" + archive,
                "-Xshare:on",
                "-jar",
                jar.toString(),
                "--help");
    Process started =
        new ProcessBuilder(check)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    if (started.waitFor() != 0) {
      throw new IllegalStateException(
          "the JVM cannot use the archive it made, " + archive + "; see " + log);
    }
    if (aot) {
      Files.writeString(jdkFile, Path.of(java).getParent().getParent() + "\n");
    }
  }

  /** The calls of a client's first minute, then {@code lists} more lists of clients. */
  private static void train(String base, int lists) throws IOException {
    String token =
        call(
            "POST",
            base + "/oauth/token",
            null,
            "{\"grant_type\":\"client_credentials\",\"client_id\":\"mock-client\",\"client_secret\":\"mock-secret\"}");
    Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(token);
    if (!m.find()) {
      throw new IllegalStateException("no token in " + token);
    }
    String bearer = "Bearer " + m.group(1);
    String clients = base + "/api/v3/companies/company123/clients";
    call("GET", base + "/api/v3/auth/user", bearer, null);
    call("GET", clients, bearer, null);
    call("GET", clients + "?status=active&search=acme", bearer, null);
    call("POST", clients, bearer, "{\"name\":\"Archive Training Ltd\",\"city\":\"Austin\"}");
    call("GET", base + "/api/v4/users?page=2&per_page=10", bearer, null);
    for (int i = 0; i < lists; i++) {
      call("GET", clients, bearer, null);
    }
  }

  /**
   * The JDK named by {@code requested}, else {@code running} when new enough, else the newest
   * found.
   */
  private static Optional<Path> aotJdk(String requested, Path running) throws IOException {
    if (!requested.isBlank()) {
      return Optional.of(Path.of(requested)).filter(jdk -> release(jdk) >= AOT_RELEASE);
    }
    if (release(running) >= AOT_RELEASE) {
      return Optional.of(running);
    }
    List<Path> candidates = new ArrayList<>();
    Optional.ofNullable(System.getenv("JAVA_HOME"))
        .filter(h -> !h.isBlank())
        .map(Path::of)
        .ifPresent(candidates::add);
    for (String place : List.of("/usr/lib/jvm", "/usr/local/lib/jvm", "/opt/java")) {
      if (Files.isDirectory(Path.of(place))) {
        try (Stream<Path> jdks = Files.list(Path.of(place))) {
          jdks.sorted().forEach(candidates::add);
        }
      }
    }
    Path best = null;
    for (Path candidate : candidates) {
      if (Files.isExecutable(candidate.resolve("bin/java"))
          && release(candidate) >= AOT_RELEASE
          && (best == null || release(candidate) > release(best))) {
        best = candidate;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The JDK's feature release (17, 25, ...) from its release file; 0 when it has none. */
  private static int release(Path jdk) {
    try {
      Matcher m =
          Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)")
              .matcher(Files.readString(jdk.resolve("release")));
      return m.find() ? Integer.parseInt(m.group(1)) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  private static String awaitReady(Process server, Path log)
      throws IOException, InterruptedException {
    for (int tries = 0; tries < 1200; tries++) {
      Matcher m = READY.matcher(Files.readString(log, StandardCharsets.UTF_8));
      if (m.find()) {
        return m.group(1);
      }
      if (!server.isAlive()) {
        break;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the mock server did not get ready; see " + log);
  }

  private static String call(String method, String url, String authorization, String body)
      throws IOException {
    HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
    c.setRequestMethod(method);
    if (authorization != null) {
      c.setRequestProperty("Authorization", authorization);
    }
    if (body != null) {
      c.setDoOutput(true);
      c.setRequestProperty("Content-Type", "application/json");
      try (OutputStream o = c.getOutputStream()) {
        o.write(body.getBytes(StandardCharsets.UTF_8));
      }
    }
    int status = c.getResponseCode();
    try (var in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
      String answer = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (status >= 500) {
        throw new IllegalStateException(method + " " + url + " answered " + status + ": " + answer);
      }
      return answer;
    }
  }
}
