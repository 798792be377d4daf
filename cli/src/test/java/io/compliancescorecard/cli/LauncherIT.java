package io.compliancescorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the `./csc` launcher as a separate process, from another working directory, against the jar and
 * class-data archive this build has just made (this test runs in the package phase).
 */
class LauncherIT {

    private static final Path REPO = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();

    @TempDir
    Path workDir;

    private ProcessResult csc(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(REPO.resolve("csc").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().put("XDG_CONFIG_HOME", workDir.resolve("config").toString());
        builder.environment().remove("CSC_TOKEN");
        builder.environment().remove("CSC_ENV");
        builder.environment().remove("CSC_BASE_URL");
        builder.redirectOutput(workDir.resolve("out.txt").toFile());
        builder.redirectError(workDir.resolve("err.txt").toFile());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("csc finished").isTrue();
        return new ProcessResult(process.exitValue(), Files.readString(workDir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(workDir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void versionPrintsOneLine() throws Exception {
        ProcessResult result = csc("--version");

        assertThat(result.exitCode).as(result.err).isZero();
        assertThat(result.out).matches("csc \\d+\\.\\d+\\.\\d+\\S* \\(Java .+\\)\n");
        assertThat(result.err).isEmpty();
    }

    @Test
    void theReadmeCommandWorksFromAnyDirectoryWithPipedJsonOutput() throws Exception {
        ProcessResult result = csc("--env", "mock", "clients", "list", "--company", "company123");

        assertThat(result.exitCode).as(result.err).isZero();
        assertThat(new ObjectMapper().readTree(result.out).get(0).has("id")).isTrue();
        assertThat(result.out).doesNotContain("\u001b[");
        assertThat(result.err).isEmpty();
    }

    @Test
    void usageErrorsExitWith2AndSayWhyOnStderr() throws Exception {
        ProcessResult result = csc("clinets", "list");

        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.out).isEmpty();
        assertThat(result.err).contains("Did you mean").contains("clients");
    }

    /** What a finished process left behind. */
    private static final class ProcessResult {
        final int exitCode;
        final String out;
        final String err;

        ProcessResult(int exitCode, String out, String err) {
            this.exitCode = exitCode;
            this.out = out;
            this.err = err;
        }
    }
}
