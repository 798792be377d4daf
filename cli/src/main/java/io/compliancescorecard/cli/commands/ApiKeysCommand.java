package io.compliancescorecard.cli.commands;

import io.compliancescorecard.cli.CliContext;
import io.compliancescorecard.cli.error.CliException;
import io.compliancescorecard.cli.options.ClientScope;
import io.compliancescorecard.sdk.model.ApiKeyCreateRequest;
import java.net.URI;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `csc api-keys`: integration credentials (ConnectWise, Huntress, ...) stored for a client. */
@Command(
    name = "api-keys",
    description = "API keys of a client's external integrations.",
    subcommands = {ApiKeysCommand.ListKeys.class, ApiKeysCommand.CreateKey.class})
final class ApiKeysCommand {

  static final String KEY_ENV = "CSC_API_KEY";
  static final String SECRET_ENV = "CSC_API_SECRET";
  static final List<String> COLUMNS =
      List.of("id", "type", "name", "status", "last_sync", "created_at");

  /** `api-keys list`. */
  @Command(
      name = "list",
      description = "List a client's integration API keys (never their secrets).")
  static final class ListKeys extends BaseCommand {
    @Mixin ClientScope scope;

    @Override
    void run(CliContext context) {
      print(
          context,
          context.session().client().apiKeys(scope.companyId(), scope.clientId).list(),
          COLUMNS);
    }
  }

  /** `api-keys create`. */
  @Command(
      name = "create",
      description = {
        "Store an integration's API key (and secret) for a client.",
        "The key and secret are never taken as arguments: they come from --api-key-file/--api-secret-file"
            + " (- = stdin), "
            + KEY_ENV
            + "/"
            + SECRET_ENV
            + ", or a no-echo prompt; they are never printed.",
        "Example: printf %%s \"$KEY\" | csc api-keys create --company company123 --client client123"
            + " --type huntress --name Huntress --api-key-file -"
      })
  static final class CreateKey extends BaseCommand {
    @Mixin ClientScope scope;

    @Option(
        names = "--type",
        required = true,
        paramLabel = "TYPE",
        description = "Integration, e.g. connectwise.")
    String type;

    @Option(names = "--name", required = true, paramLabel = "NAME")
    String name;

    @Option(
        names = "--server-url",
        paramLabel = "URL",
        description = "The integration's server URL.")
    URI serverUrl;

    @Option(
        names = "--integration-client-id",
        paramLabel = "ID",
        description = "The integration's own client id (not the --client).")
    String integrationClientId;

    @Option(
        names = "--api-key-file",
        paramLabel = "FILE",
        description = "File holding the API key; - = stdin.")
    String apiKeyFile;

    @Option(
        names = "--api-secret-file",
        paramLabel = "FILE",
        description = "File holding the API secret; - = stdin.")
    String apiSecretFile;

    @Override
    void run(CliContext context) {
      if ("-".equals(apiKeyFile) && "-".equals(apiSecretFile)) {
        throw CliException.usage("stdin can supply the API key or the API secret, not both");
      }
      String apiKey = context.input().secret("API key", apiKeyFile, KEY_ENV, true).orElseThrow();
      ApiKeyCreateRequest request =
          new ApiKeyCreateRequest()
              .type(type)
              .name(name)
              .apiKey(apiKey)
              .serverUrl(serverUrl)
              .clientId(integrationClientId);
      context
          .input()
          .secret("API secret", apiSecretFile, SECRET_ENV, false)
          .ifPresent(request::apiSecret);
      print(
          context,
          context.session().client().apiKeys(scope.companyId(), scope.clientId).create(request),
          null);
    }
  }
}
