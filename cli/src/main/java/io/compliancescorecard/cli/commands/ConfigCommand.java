package io.compliancescorecard.cli.commands;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.compliancescorecard.cli.CliContext;
import io.compliancescorecard.cli.config.ConfigKey;
import io.compliancescorecard.cli.config.ConfigStore;
import io.compliancescorecard.cli.config.Settings;
import io.compliancescorecard.cli.error.CliException;
import io.compliancescorecard.cli.error.ExitCodes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * `csc config`: the settings of profiles in `$XDG_CONFIG_HOME/compliance-scorecard/config.json`.
 */
@Command(
    name = "config",
    description = "Show and change profile settings (file mode 0600).",
    subcommands = {
      ConfigCommand.ListSettings.class, ConfigCommand.GetSetting.class,
      ConfigCommand.SetSetting.class, ConfigCommand.UnsetSetting.class
    })
final class ConfigCommand {

  static final String SECRET_MASK = "********";

  private static ConfigKey key(String name) {
    return ConfigKey.find(name)
        .orElseThrow(
            () ->
                CliException.usage(
                    "unknown setting '" + name + "'; settings: " + ConfigKey.settableKeys()));
  }

  private static ConfigKey settableKey(String name) {
    ConfigKey key = key(name);
    if (key.secret()) {
      throw CliException.usage(
          key.key()
              + " is a secret: 'csc auth login' stores it and "
              + "'csc auth token' prints the token");
    }
    return key;
  }

  private static String profile(CliContext context) {
    return Settings.profileName(context.globals(), context.runtime());
  }

  /** `config list`. */
  @Command(name = "list", description = "List the settings of every profile (secrets masked).")
  static final class ListSettings extends BaseCommand {
    @Override
    void run(CliContext context) {
      ArrayNode rows = JsonNodeFactory.instance.arrayNode();
      context
          .configStore()
          .load()
          .forEach(
              (profile, values) ->
                  values.forEach(
                      (key, value) ->
                          rows.addObject()
                              .put("profile", profile)
                              .put("key", key)
                              .put(
                                  "value",
                                  ConfigKey.find(key).map(ConfigKey::secret).orElse(false)
                                      ? SECRET_MASK
                                      : value)));
      context.printer().print(rows, List.of("profile", "key", "value"));
    }
  }

  /** `config get KEY`. */
  @Command(name = "get", description = "Print one setting of the profile.")
  static final class GetSetting extends BaseCommand {
    @Parameters(paramLabel = "KEY", description = "Setting name.")
    String name;

    @Override
    void run(CliContext context) {
      ConfigKey key = settableKey(name);
      String profile = profile(context);
      String value = context.configStore().load().getOrDefault(profile, Map.of()).get(key.key());
      if (value == null) {
        throw new CliException(
            ExitCodes.NOT_FOUND, key.key() + " is not set in profile '" + profile + "'");
      }
      context.out().println(value);
    }
  }

  /** `config set KEY VALUE`. */
  @Command(name = "set", description = "Change one setting of the profile.")
  static final class SetSetting extends BaseCommand {
    @Parameters(index = "0", paramLabel = "KEY", description = "Setting name.")
    String name;

    @Parameters(index = "1", paramLabel = "VALUE", description = "New value.")
    String value;

    @Override
    void run(CliContext context) {
      ConfigKey key = settableKey(name);
      String checked;
      try {
        checked = key.validate(value);
      } catch (IllegalArgumentException e) {
        throw CliException.usage(e.getMessage());
      }
      update(context, profile(context), key, checked);
    }
  }

  /** `config unset KEY`. */
  @Command(name = "unset", description = "Remove one setting from the profile.")
  static final class UnsetSetting extends BaseCommand {
    @Parameters(paramLabel = "KEY", description = "Setting name.")
    String name;

    @Override
    void run(CliContext context) {
      update(context, profile(context), key(name), null);
    }
  }

  /** Sets (or with null removes) one key of a profile and rewrites the file atomically. */
  static void update(CliContext context, String profile, ConfigKey key, String value) {
    ConfigStore store = context.configStore();
    Map<String, Map<String, String>> profiles = store.load();
    Map<String, String> values = profiles.computeIfAbsent(profile, p -> new TreeMap<>());
    if (value == null) {
      values.remove(key.key());
    } else {
      values.put(key.key(), value);
    }
    if (values.isEmpty()) {
      profiles.remove(profile);
    }
    store.save(profiles);
  }
}
