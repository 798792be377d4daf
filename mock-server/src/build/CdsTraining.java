import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the standalone mock server's class-data archive (AppCDS): starts the jar with
 * -XX:ArchiveClassesAtExit, makes the calls a client's first minute makes (a token, a list, a filtered
 * list and a create, so the request validator loads too), then stops it; the JVM writes the archive as
 * it exits. Run by the build as a single-file program: java CdsTraining.java JAVA JAR ARCHIVE LOG
 * A server that does not start or fails a call fails the build; a JVM that cannot write archives does not.
 */
public final class CdsTraining {

  private static final Pattern READY = Pattern.compile("ready at (http://\\S+)");

  public static void main(String[] args) throws Exception {
    String java = args[0];
    Path jar = Path.of(args[1]);
    Path archive = Path.of(args[2]);
    Path log = Path.of(args[3]);
    Files.deleteIfExists(archive);
    Process server = new ProcessBuilder(java, "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off",
        "-Xlog:cds+dynamic=off", "-jar", jar.toString(), "--port", "0")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      String base = awaitReady(server, log);
      String token = call("POST", base + "/oauth/token", null,
          "{\"grant_type\":\"client_credentials\",\"client_id\":\"mock-client\",\"client_secret\":\"mock-secret\"}");
      Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(token);
      if (!m.find()) {
        throw new IllegalStateException("no token in " + token);
      }
      String bearer = "Bearer " + m.group(1);
      String clients = base + "/api/v3/companies/company123/clients";
      call("GET", clients, bearer, null);
      call("GET", clients + "?status=active&search=acme", bearer, null);
      call("POST", clients, bearer, "{\"name\":\"Archive Training Ltd\",\"city\":\"Austin\"}");
      call("GET", base + "/api/v4/users?page=2&per_page=10", bearer, null);
    } finally {
      server.destroy();
      if (!server.waitFor(120, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
    if (!Files.isRegularFile(archive)) {
      // A JVM without class-data sharing (OpenJ9, say) still builds a working jar, only a slower start.
      System.err.println("warning: the JVM wrote no class-data archive (see " + log + "); starts will not use one");
    }
  }

  private static String awaitReady(Process server, Path log) throws IOException, InterruptedException {
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

  private static String call(String method, String url, String authorization, String body) throws IOException {
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
