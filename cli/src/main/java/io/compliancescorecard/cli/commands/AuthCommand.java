package io.compliancescorecard.cli.commands;

import io.compliancescorecard.cli.ApiSession;
import io.compliancescorecard.cli.CliContext;
import io.compliancescorecard.cli.config.ConfigKey;
import io.compliancescorecard.cli.config.ConfigStore;
import io.compliancescorecard.cli.config.Environment;
import io.compliancescorecard.cli.config.Settings;
import io.compliancescorecard.cli.error.CliException;
import io.compliancescorecard.cli.options.GlobalOptions;
import io.compliancescorecard.sdk.ComplianceScorecardClient;
import io.compliancescorecard.sdk.auth.Auth0TokenProvider;
import io.compliancescorecard.sdk.auth.StaticTokenProvider;
import io.compliancescorecard.sdk.auth.TokenProvider;
import io.compliancescorecard.sdk.model.CurrentUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `csc auth`: credentials of a profile. */
@Command(
    name = "auth",
    description = "Log in, check who you are, print the token, log out.",
    subcommands = {
      AuthCommand.Login.class,
      AuthCommand.Status.class,
      AuthCommand.Token.class,
      AuthCommand.Logout.class
    })
final class AuthCommand {

  static final List<String> STATUS_COLUMNS =
      List.of("id", "name", "email", "role.name", "company.id", "company.name");

  /** `auth login`. */
  @Command(
      name = "login",
      description = {
        "Store credentials for the profile after checking them against the API.",
        "A token is read from stdin (--with-token) or a no-echo prompt; Auth0 client credentials take"
            + " --domain, --client-id and --audience, the secret from --client-secret-file (- = stdin), "
            + ApiSession.CLIENT_SECRET_ENV
            + " or a no-echo prompt.",
        "Flags --env and --base-url given here are stored too, so later commands go to the same API.",
        "Example: echo \"$TOKEN\" | csc auth login --with-token --env staging"
      })
  static final class Login extends BaseCommand {

    @Option(names = "--with-token", description = "Read a bearer token from stdin.")
    boolean withToken;

    @ArgGroup(exclusive = false)
    ClientCredentials auth0;

    /** The Auth0 client-credentials options, which go together. */
    static final class ClientCredentials {
      @Option(
          names = "--domain",
          required = true,
          paramLabel = "DOMAIN",
          description = "Auth0 domain, e.g. tenant.auth0.com (http://host:port for a local mock).")
      String domain;

      @Option(
          names = "--client-id",
          required = true,
          paramLabel = "ID",
          description = "Auth0 client id.")
      String clientId;

      @Option(
          names = "--audience",
          paramLabel = "AUDIENCE",
          description = "API audience (default: the API base URL).")
      String audience;

      @Option(
          names = "--client-secret-file",
          paramLabel = "FILE",
          description = "File holding the client secret; - reads stdin.")
      String secretFile;
    }

    @Override
    void run(CliContext context) {
      Settings settings = context.settings();
      if (settings.environment() == Environment.MOCK) {
        throw CliException.usage("--env mock logs in by itself; nothing to store");
      }
      if (withToken && auth0 != null) {
        throw CliException.usage("choose --with-token or Auth0 client credentials, not both");
      }
      Map<ConfigKey, String> stored = new LinkedHashMap<>();
      TokenProvider tokens;
      if (auth0 != null) {
        String secret =
            context
                .input()
                .secret("client secret", auth0.secretFile, ApiSession.CLIENT_SECRET_ENV, true)
                .orElseThrow();
        String audience = auth0.audience != null ? auth0.audience : settings.baseUrl();
        tokens =
            Auth0TokenProvider.clientCredentials(auth0.domain, auth0.clientId, secret, audience)
                .build();
        stored.put(ConfigKey.AUTH0_DOMAIN, auth0.domain);
        stored.put(ConfigKey.AUTH0_CLIENT_ID, auth0.clientId);
        stored.put(ConfigKey.AUTH0_AUDIENCE, audience);
        stored.put(ConfigKey.AUTH0_CLIENT_SECRET, secret);
      } else {
        String token =
            withToken
                ? context.input().fromStdin("token")
                : context.input().secret("API token", null, null, true).orElseThrow();
        tokens = StaticTokenProvider.of(token);
        stored.put(ConfigKey.TOKEN, token);
      }
      CurrentUser user;
      try (ComplianceScorecardClient client =
          ApiSession.client(context, settings.baseUrl(), tokens)) {
        user = client.auth().currentUser();
      }
      GlobalOptions flags = context.globals();
      if (flags.env != null) {
        stored.put(ConfigKey.ENV, flags.env.toString());
      }
      if (flags.baseUrl != null) {
        stored.put(ConfigKey.BASE_URL, flags.baseUrl);
      }
      saveCredentials(context.configStore(), settings.profileName(), stored);
      context
          .err()
          .println(
              "Logged in to "
                  + settings.baseUrl()
                  + " as "
                  + user.getName()
                  + " <"
                  + user.getEmail()
                  + "> (profile '"
                  + settings.profileName()
                  + "')");
    }

    /** Replaces the profile's credentials (a token and client credentials exclude each other). */
    private static void saveCredentials(
        ConfigStore store, String profile, Map<ConfigKey, String> stored) {
      Map<String, Map<String, String>> profiles = store.load();
      Map<String, String> values = profiles.computeIfAbsent(profile, p -> new TreeMap<>());
      forgetCredentials(values);
      stored.forEach((key, value) -> values.put(key.key(), value));
      store.save(profiles);
    }
  }

  /** Removes every credential from a profile's settings. */
  static void forgetCredentials(Map<String, String> values) {
    for (ConfigKey key :
        List.of(
            ConfigKey.TOKEN,
            ConfigKey.AUTH0_DOMAIN,
            ConfigKey.AUTH0_CLIENT_ID,
            ConfigKey.AUTH0_AUDIENCE,
            ConfigKey.AUTH0_CLIENT_SECRET)) {
      values.remove(key.key());
    }
  }

  /** `auth status`. */
  @Command(
      name = "status",
      description = "Show the user the credentials belong to (GET /api/v3/auth/user).")
  static final class Status extends BaseCommand {
    @Override
    void run(CliContext context) {
      print(context, context.session().client().auth().currentUser(), STATUS_COLUMNS);
    }
  }

  /** `auth token`. */
  @Command(
      name = "token",
      description = "Print the bearer token (the only command that prints a secret).")
  static final class Token extends BaseCommand {
    @Override
    void run(CliContext context) {
      context.out().println(context.session().tokens().token());
    }
  }

  /** `auth logout`. */
  @Command(
      name = "logout",
      description =
          "Revoke the token (POST /api/v3/auth/logout-user) and forget the"
              + " profile's credentials.")
  static final class Logout extends BaseCommand {
    @Override
    void run(CliContext context) {
      ApiSession session = context.session();
      String message = session.client().auth().logout();
      if (!session.embeddedMock()) {
        ConfigStore store = context.configStore();
        Map<String, Map<String, String>> profiles = store.load();
        Map<String, String> values = profiles.get(context.settings().profileName());
        if (values != null) {
          forgetCredentials(values);
          if (values.isEmpty()) {
            profiles.remove(context.settings().profileName());
          }
          store.save(profiles);
        }
      }
      context.err().println(message == null ? "Logged out." : message);
    }
  }
}
