package io.compliancescorecard.cli.commands;

import io.compliancescorecard.cli.CliContext;
import io.compliancescorecard.cli.options.ClientScope;
import io.compliancescorecard.sdk.TemplateListParams;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `csc templates`. */
@Command(
    name = "templates",
    description = "Assessment templates available to a client.",
    subcommands = {TemplatesCommand.ListTemplates.class})
final class TemplatesCommand {

  static final List<String> COLUMNS =
      List.of("id", "name", "category", "global", "version", "question_count");

  /** `templates list`. */
  @Command(name = "list", description = "List assessment templates.")
  static final class ListTemplates extends BaseCommand {
    @Mixin ClientScope scope;

    @Option(
        names = "--global",
        negatable = true,
        paramLabel = "BOOLEAN",
        description = "Include (--global) or leave out (--no-global) global templates.")
    Boolean global;

    @Option(
        names = "--category",
        paramLabel = "CATEGORY",
        description = "Only templates of this category.")
    String category;

    @Override
    void run(CliContext context) {
      TemplateListParams params = new TemplateListParams().category(category);
      if (global != null) {
        params.global(global);
      }
      print(
          context,
          context
              .session()
              .client()
              .assessments(scope.companyId(), scope.clientId)
              .templates(params),
          COLUMNS);
    }
  }
}
