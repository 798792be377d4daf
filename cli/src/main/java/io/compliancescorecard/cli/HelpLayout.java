package io.compliancescorecard.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Lays out a subcommand's help as {@code gh} does: the command's own options first, then, under
 * "Global options:", the ones every command takes, so that {@code --company} is not lost among
 * them.
 */
final class HelpLayout {

  private HelpLayout() {}

  /**
   * Applies the layout to every subcommand below {@code root} (the root's options are all global).
   */
  static void apply(CommandLine root) {
    for (CommandLine sub : root.getSubcommands().values()) {
      sub.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpLayout::optionList);
      apply(sub);
    }
  }

  private static String optionList(Help help) {
    List<OptionSpec> own = new ArrayList<>();
    List<OptionSpec> global = new ArrayList<>();
    for (OptionSpec option : help.commandSpec().options()) {
      if (!option.hidden() && option.group() == null) {
        // --help and --version are on every command too.
        boolean everyCommand = option.inherited() || option.usageHelp() || option.versionHelp();
        (everyCommand ? global : own).add(option);
      }
    }
    StringBuilder text = new StringBuilder(list(help, own));
    if (!global.isEmpty()) {
      text.append(String.format("%nGlobal options:%n")).append(list(help, global));
    }
    return text.toString();
  }

  private static String list(Help help, List<OptionSpec> options) {
    // One layout over all options, so that both lists share their column widths.
    return options.isEmpty()
        ? ""
        : help.optionListExcludingGroups(
            options,
            help.createDefaultLayout(),
            help.createDefaultOptionSort(),
            help.parameterLabelRenderer());
  }
}
