package io.compliancescorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.compliancescorecard.sdk.model.WebhookEventType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageTest {

  @TempDir Path home;

  @Test
  void unknownCommandIsAUsageErrorWithSuggestions() {
    CscRunner.Result result = new CscRunner(home).run("confg", "list");

    assertThat(result.exitCode).isEqualTo(2);
    assertThat(result.out).isEmpty();
    assertThat(result.err).contains("Did you mean").contains("csc config");
  }

  @Test
  void unknownOptionIsAUsageErrorWithoutStackTrace() {
    CscRunner.Result result = new CscRunner(home).run("config", "list", "--outptu", "json");

    assertThat(result.exitCode).isEqualTo(2);
    assertThat(result.err).contains("--outptu").contains("--output").doesNotContain("at picocli");
  }

  @Test
  void helpListsEveryNounAndTheExitCodes() {
    CscRunner.Result result = new CscRunner(home).run("--help");

    assertThat(result.exitCode).isZero();
    assertThat(result.out)
        .contains("Exit codes:")
        .contains("7   rate limited (429)")
        .contains("config")
        .contains("completion");
  }

  @Test
  void triggerHelpListsTheEventTypesOfTheSdksModel() {
    CscRunner.Result result = new CscRunner(home).run("webhooks", "trigger", "--help");

    assertThat(result.exitCode).isZero();
    // picocli wraps the list, even inside a name.
    String unwrapped = result.out.replaceAll("\\n\\s+", "");
    for (WebhookEventType type : WebhookEventType.values()) {
      if (type != WebhookEventType.UNKNOWN_DEFAULT_OPEN_API) {
        assertThat(unwrapped).contains(type.getValue());
      }
    }
    assertThat(result.out).doesNotContain("UNKNOWN_DEFAULT_OPEN_API");
  }

  @Test
  void aCommandsHelpListsItsOwnOptionsBeforeTheGlobalOnes() {
    CscRunner.Result result = new CscRunner(home).run("clients", "list", "--help");

    assertThat(result.exitCode).isZero();
    String out = result.out;
    int options = out.indexOf("List a company's clients.");
    int globals = out.indexOf("Global options:");
    assertThat(options).isPositive();
    assertThat(globals).isGreaterThan(options);
    assertThat(out.indexOf("--company=ID", options)).isBetween(options, globals);
    assertThat(out.indexOf("--status=STATUS", options)).isBetween(options, globals);
    assertThat(out.indexOf("--base-url=URL", options)).isGreaterThan(globals);
    assertThat(out.indexOf("--output=FORMAT", options)).isGreaterThan(globals);
    assertThat(out.indexOf("--help", options)).isGreaterThan(globals);
    assertThat(out).contains("Exit codes:");
  }

  @Test
  void theMockCommandKeepsCscsVerboseAndTakesNoSecretAsAnArgument() {
    CscRunner.Result help = new CscRunner(home).run("mock", "--help");

    assertThat(help.exitCode).isZero();
    assertThat(help.out)
        .contains("--log-requests")
        .contains("--webhook-secret-file")
        .contains("-v, --verbose")
        .contains("--max-body-size")
        .contains("--idempotency-keys");

    CscRunner.Result secretArgument =
        new CscRunner(home).run("mock", "--webhook-secret", "whsec_x");
    assertThat(secretArgument.exitCode).isEqualTo(2);
    assertThat(secretArgument.err).contains("--webhook-secret").doesNotContain("at picocli");
  }

  @Test
  void enumValuesAreCaseInsensitive() {
    assertThat(new CscRunner(home).run("config", "list", "-o", "YAML").exitCode).isZero();
    assertThat(new CscRunner(home).run("config", "list", "--output", "Csv").exitCode).isZero();
  }

  @Test
  void completionScriptCoversTheCommandTree() {
    CscRunner.Result bash = new CscRunner(home).run("completion", "bash");
    CscRunner.Result zsh = new CscRunner(home).run("completion", "zsh");

    assertThat(bash.exitCode).isZero();
    assertThat(bash.out).contains("complete -F").contains("config");
    assertThat(zsh.out).contains("bashcompinit");
  }

  @Test
  void fishCompletionOffersEachCommandsVerbsAndEnumValues() {
    CscRunner.Result fish = new CscRunner(home).run("completion", "fish");

    assertThat(fish.exitCode).isZero();
    assertThat(fish.out)
        .contains("complete -c csc -n '__csc_at \\'clients\\'' -a 'create'")
        .contains("complete -c csc -n '__csc_at \\'clients\\'' -a 'list'")
        .contains(
            "complete -c csc -n '__csc_at \\'clients list\\'' -s 'o' -l 'output' -x -a 'json yaml csv table'");
  }
}
