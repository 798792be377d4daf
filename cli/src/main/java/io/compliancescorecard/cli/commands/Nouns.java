package io.compliancescorecard.cli.commands;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** The top-level commands of csc, in the order `csc --help` lists them. */
public final class Nouns {

    private static final Map<String, Supplier<Object>> NOUNS = new LinkedHashMap<>();

    static {
        NOUNS.put("config", ConfigCommand::new);
        NOUNS.put("completion", CompletionCommand::new);
        NOUNS.put("help", CommandLine.HelpCommand::new);
    }

    private Nouns() {
    }

    /**
     * Adds the nouns that appear among the arguments to the root command, or all of them when none does
     * (help, a typo that deserves suggestions) or when help or completion must see the whole tree.
     */
    public static void register(CommandLine root, String... args) {
        Set<String> named = Arrays.stream(args).filter(NOUNS::containsKey).collect(Collectors.toSet());
        boolean all = named.isEmpty() || named.contains("help") || named.contains("completion");
        NOUNS.forEach((name, factory) -> {
            if (all || named.contains(name)) {
                root.addSubcommand(name, factory.get());
            }
        });
    }
}
