package io.compliancescorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.compliancescorecard.cli.config.Environment;
import io.compliancescorecard.cli.config.Settings;
import io.compliancescorecard.cli.options.GlobalOptions;
import io.compliancescorecard.cli.output.OutputFormat;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCommandTest {

  @TempDir Path home;

  private Path configFile() {
    return home.resolve("compliance-scorecard/config.json");
  }

  @Test
  void setWritesAPrivateFileAndGetReadsItBack() throws Exception {
    CscRunner csc = new CscRunner(home);

    assertThat(csc.run("config", "set", "env", "STAGING").exitCode).isZero();
    assertThat(csc.run("config", "set", "timeout", "12").exitCode).isZero();

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(configFile())))
        .isEqualTo("rw-------");
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(configFile().getParent())))
        .isEqualTo("rwx------");
    assertThat(csc.run("config", "get", "env").out).isEqualTo("staging\n");
    assertThat(csc.run("config", "list", "-o", "csv").out)
        .isEqualTo("profile,key,value\ndefault,env,staging\ndefault,timeout,12\n");
    try (var files = Files.list(configFile().getParent())) {
      assertThat(files).as("no temporary file left behind").containsExactly(configFile());
    }
  }

  @Test
  void profilesAreSeparateAndChosenByFlagOrEnvironment() {
    CscRunner csc = new CscRunner(home);
    csc.run("config", "set", "env", "mock");
    csc.run("--profile", "ci", "config", "set", "env", "development");

    assertThat(csc.run("config", "get", "env", "--profile", "ci").out).isEqualTo("development\n");
    assertThat(new CscRunner(home).env("CSC_PROFILE", "ci").run("config", "get", "env").out)
        .isEqualTo("development\n");
    assertThat(csc.run("config", "get", "env").out).isEqualTo("mock\n");
  }

  @Test
  void refusesSecretsBadValuesAndUnknownKeys() {
    CscRunner csc = new CscRunner(home);

    CscRunner.Result secret = csc.run("config", "set", "token", "abc");
    assertThat(secret.exitCode).isEqualTo(2);
    assertThat(secret.err).contains("auth login").doesNotContain("abc");
    assertThat(csc.run("config", "set", "env", "moon").err).contains("unknown environment 'moon'");
    assertThat(csc.run("config", "set", "timeout", "soon").exitCode).isEqualTo(2);
    assertThat(csc.run("config", "set", "colour", "red").err).contains("unknown setting 'colour'");
    assertThat(Files.exists(configFile())).isFalse();
    assertThat(csc.run("config", "get", "env").exitCode).isEqualTo(5);
  }

  @Test
  void listMasksSecretsStoredByLogin() throws Exception {
    Files.createDirectories(configFile().getParent());
    Files.writeString(
        configFile(), "{\"profiles\":{\"default\":{\"token\":\"s3cret-token\",\"env\":\"mock\"}}}");

    CscRunner.Result list = new CscRunner(home).run("config", "list");

    assertThat(list.out).contains("********").doesNotContain("s3cret-token");
    assertThat(new CscRunner(home).run("config", "get", "token").out).isEmpty();
  }

  @Test
  void flagBeatsEnvironmentBeatsProfileBeatsDefault() {
    Map<String, Map<String, String>> profiles =
        Map.of(
            "default",
            Map.of("env", "staging", "token", "profile-token", "output", "yaml", "timeout", "9"));
    Map<String, String> env = new HashMap<>();

    Settings fromProfile = Settings.resolve(new GlobalOptions(), runtime(env), profiles);
    assertThat(fromProfile.environment()).isEqualTo(Environment.STAGING);
    assertThat(fromProfile.baseUrl()).isEqualTo("https://staging-api.compliancerisk.io");
    assertThat(fromProfile.token()).contains("profile-token");
    assertThat(fromProfile.output()).isEqualTo(OutputFormat.YAML);
    assertThat(fromProfile.timeoutSeconds()).isEqualTo(9);

    env.put("CSC_BASE_URL", "http://127.0.0.1:9/");
    env.put("CSC_TOKEN", "env-token");
    Settings fromEnv = Settings.resolve(new GlobalOptions(), runtime(env), profiles);
    assertThat(fromEnv.baseUrl()).isEqualTo("http://127.0.0.1:9");
    assertThat(fromEnv.token()).contains("env-token");

    GlobalOptions flags = new GlobalOptions();
    flags.env = Environment.DEVELOPMENT;
    flags.output = OutputFormat.CSV;
    Settings fromFlags = Settings.resolve(flags, runtime(env), profiles);
    assertThat(fromFlags.baseUrl()).isEqualTo("https://dev-api.compliancerisk.io");
    assertThat(fromFlags.output()).isEqualTo(OutputFormat.CSV);

    Settings defaults = Settings.resolve(new GlobalOptions(), runtime(Map.of()), Map.of());
    assertThat(defaults.environment()).isEqualTo(Environment.PRODUCTION);
    assertThat(defaults.token()).isEmpty();
    assertThat(defaults.output()).as("piped").isEqualTo(OutputFormat.JSON);
    assertThat(defaults.maxRetries()).isEqualTo(3);
  }

  private static CliRuntime runtime(Map<String, String> env) {
    return new CliRuntime(env, new ByteArrayInputStream(new byte[0]), false, false, null);
  }
}
