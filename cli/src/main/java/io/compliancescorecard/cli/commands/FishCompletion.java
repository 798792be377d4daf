package io.compliancescorecard.cli.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A fish completion script for a picocli command tree, which picocli's {@code AutoComplete} (bash
 * and zsh only) does not write. The script knows every command path; a helper works out which one
 * the command line is in, skipping option values, so that `csc --env mock clients` completes the
 * `clients` verbs and not those of the `mock` command.
 */
final class FishCompletion {

  private FishCompletion() {}

  static String script(CommandLine root) {
    String name = root.getCommandName();
    List<CommandSpec> commands = new ArrayList<>();
    collect(root.getCommandSpec(), commands);
    TreeSet<String> valued = new TreeSet<>();
    commands.forEach(
        command ->
            command.options().stream()
                .filter(FishCompletion::takesValue)
                .forEach(option -> valued.addAll(List.of(option.names()))));

    StringBuilder script = new StringBuilder();
    String helper = "__" + name.replace('-', '_') + "_at";
    script
        .append("# fish completion for ")
        .append(name)
        .append(", generated from its picocli model\n");
    script.append("set -g ").append(helper).append("_paths");
    commands.stream().skip(1).forEach(command -> script.append(' ').append(quote(path(command))));
    script.append("\nset -g ").append(helper).append("_valued");
    valued.forEach(option -> script.append(' ').append(quote(option)));
    script
        .append("\n\n# True when the words typed so far name exactly the command path $argv[1].\n")
        .append("function ")
        .append(helper)
        .append("\n")
        .append("    set -l path\n")
        .append("    set -l skip 0\n")
        .append("    for word in (commandline -opc)[2..-1]\n")
        .append("        if test $skip = 1\n")
        .append("            set skip 0\n")
        .append("        else if contains -- $word $")
        .append(helper)
        .append("_valued\n")
        .append("            set skip 1\n")
        .append("        else if not string match -q -- '-*' $word\n")
        .append("            set -l next (string trim -- \"$path $word\")\n")
        .append("            contains -- $next $")
        .append(helper)
        .append("_paths; and set path $next\n")
        .append("        end\n")
        .append("    end\n")
        .append("    test \"$path\" = \"$argv[1]\"\n")
        .append("end\n\n")
        .append("complete -c ")
        .append(name)
        .append(" -f\n");
    for (CommandSpec command : commands) {
      String condition = " -n " + quote(helper + " " + quote(path(command)));
      for (Map.Entry<String, CommandLine> sub : command.subcommands().entrySet()) {
        CommandSpec subSpec = sub.getValue().getCommandSpec();
        if (!subSpec.usageMessage().hidden() && sub.getKey().equals(subSpec.name())) {
          script
              .append("complete -c ")
              .append(name)
              .append(condition)
              .append(" -a ")
              .append(quote(sub.getKey()))
              .append(" -d ")
              .append(quote(summary(subSpec.usageMessage().description())))
              .append('\n');
        }
      }
      for (OptionSpec option : command.options()) {
        if (!option.hidden()) {
          script
              .append("complete -c ")
              .append(name)
              .append(condition)
              .append(flags(option))
              .append('\n');
        }
      }
    }
    return script.toString();
  }

  private static void collect(CommandSpec command, List<CommandSpec> into) {
    into.add(command);
    command
        .subcommands()
        .forEach(
            (alias, sub) -> {
              if (alias.equals(sub.getCommandSpec().name())) {
                collect(sub.getCommandSpec(), into);
              }
            });
  }

  /** The command's words after the root's name, for example "clients list"; "" for the root. */
  private static String path(CommandSpec command) {
    String qualified = command.qualifiedName(" ");
    int space = qualified.indexOf(' ');
    return space < 0 ? "" : qualified.substring(space + 1);
  }

  private static boolean takesValue(OptionSpec option) {
    return option.arity().max() > 0;
  }

  private static String flags(OptionSpec option) {
    StringBuilder flags = new StringBuilder();
    for (String optionName : option.names()) {
      if (optionName.startsWith("--")) {
        flags.append(" -l ").append(quote(optionName.substring(2)));
      } else if (optionName.length() == 2) {
        flags.append(" -s ").append(quote(optionName.substring(1)));
      } else {
        flags.append(" -o ").append(quote(optionName.substring(1)));
      }
    }
    if (takesValue(option)) {
      List<String> candidates = new ArrayList<>();
      if (option.completionCandidates() != null) {
        option.completionCandidates().forEach(candidates::add);
      }
      // A value without candidates may be anything, a file among them.
      flags.append(
          candidates.isEmpty() ? " -r -F" : " -x -a " + quote(String.join(" ", candidates)));
    }
    return flags.append(" -d ").append(quote(summary(option.description()))).toString();
  }

  private static String summary(String[] description) {
    return description.length == 0 ? "" : description[0].strip();
  }

  /** A fish single-quoted word: only backslash and the quote itself are special inside. */
  private static String quote(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
