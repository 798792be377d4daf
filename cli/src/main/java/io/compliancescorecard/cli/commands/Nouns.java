package io.compliancescorecard.cli.commands;

import io.compliancescorecard.mock.MockServerCommand;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The top-level commands of csc, in the order `csc --help` lists them. */
public final class Nouns {

  private static final Map<String, Supplier<Object>> NOUNS = new LinkedHashMap<>();

  static {
    NOUNS.put("auth", AuthCommand::new);
    NOUNS.put("users", UsersCommand::new);
    NOUNS.put("companies", CompaniesCommand::new);
    NOUNS.put("clients", ClientsCommand::new);
    NOUNS.put("policies", PoliciesCommand::new);
    NOUNS.put("assessments", AssessmentsCommand::new);
    NOUNS.put("templates", TemplatesCommand::new);
    NOUNS.put("api-keys", ApiKeysCommand::new);
    NOUNS.put("api", ApiCommand::new);
    NOUNS.put("webhooks", WebhooksCommand::new);
    NOUNS.put("mock", MockServerCommand::new);
    NOUNS.put("config", ConfigCommand::new);
    NOUNS.put("completion", CompletionCommand::new);
    NOUNS.put("help", CommandLine.HelpCommand::new);
  }

  private Nouns() {}

  /**
   * Adds to the root command only the noun the command line names (its first positional argument),
   * or every noun when there is none or it is unknown (help, suggestions for a typo) or when help
   * or completion must see the whole tree: building all of them costs start-up time.
   */
  public static void register(CommandLine root, String... args) {
    String noun = firstPositional(root.getCommandSpec(), args);
    boolean all =
        noun == null
            || !NOUNS.containsKey(noun)
            || noun.equals("help")
            || noun.equals("completion");
    NOUNS.forEach(
        (name, factory) -> {
          if (all || name.equals(noun)) {
            root.addSubcommand(name, factory.get());
          }
        });
  }

  /** The first argument that is neither an option of the root nor an option's value. */
  private static String firstPositional(CommandSpec root, String... args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("-")) {
        return arg;
      }
      OptionSpec option = root.findOption(arg);
      if (option != null && option.arity().max() > 0) {
        i++;
      }
    }
    return null;
  }
}
