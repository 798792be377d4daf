package io.compliancescorecard.cli.options;

import io.compliancescorecard.cli.config.Environment;
import io.compliancescorecard.cli.output.OutputFormat;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every command accepts. Declared once, mixed into the root command and inherited by
 * every subcommand, so `csc --env mock clients list` and `csc clients list --env mock` mean the
 * same.
 */
public final class GlobalOptions {

  @Option(
      names = "--env",
      scope = ScopeType.INHERIT,
      paramLabel = "ENV",
      description =
          "API environment: ${COMPLETION-CANDIDATES} (default: CSC_ENV, the profile's, production)."
              + " mock starts the mock server in-process and logs in to it.")
  public Environment env;

  @Option(
      names = "--base-url",
      scope = ScopeType.INHERIT,
      paramLabel = "URL",
      description = "API base URL, overriding --env (default: CSC_BASE_URL, the profile's).")
  public String baseUrl;

  @Option(
      names = "--profile",
      scope = ScopeType.INHERIT,
      paramLabel = "NAME",
      description = "Configuration profile (default: CSC_PROFILE, then 'default').")
  public String profile;

  @Option(
      names = {"-o", "--output"},
      scope = ScopeType.INHERIT,
      paramLabel = "FORMAT",
      description =
          "Output format: ${COMPLETION-CANDIDATES} (default: table on a terminal, json when piped).")
  public OutputFormat output;

  @Option(
      names = "--query",
      scope = ScopeType.INHERIT,
      paramLabel = "JQ",
      description =
          "jq expression applied to the JSON data; each result is printed on its own line.")
  public String query;

  @Option(
      names = "--no-color",
      scope = ScopeType.INHERIT,
      description = "No ANSI colours (also when NO_COLOR is set or output is not a terminal).")
  public boolean noColor;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Trace HTTP requests (secrets redacted) and show stack traces, on stderr.")
  public boolean verbose;

  @Option(
      names = "--timeout",
      scope = ScopeType.INHERIT,
      paramLabel = "SECONDS",
      description = "Timeout of each HTTP request in seconds (default: the profile's, 30).")
  public Integer timeoutSeconds;

  @Option(
      names = "--max-retries",
      scope = ScopeType.INHERIT,
      paramLabel = "N",
      description =
          "Retries of a failed request that is safe to retry (default: the profile's, 3).")
  public Integer maxRetries;
}
