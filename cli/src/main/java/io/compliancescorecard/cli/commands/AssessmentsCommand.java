package io.compliancescorecard.cli.commands;

import io.compliancescorecard.cli.CliContext;
import io.compliancescorecard.cli.options.ClientScope;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `csc assessments`. */
@Command(
    name = "assessments",
    description = "A client's assessment events.",
    subcommands = {AssessmentsCommand.ListEvents.class})
final class AssessmentsCommand {

  static final List<String> COLUMNS =
      List.of(
          "id", "name", "template.name", "status", "completion_percentage", "score", "started_at");

  /** `assessments list`. */
  @Command(name = "list", description = "List a client's assessment events.")
  static final class ListEvents extends BaseCommand {
    @Mixin ClientScope scope;

    @Override
    void run(CliContext context) {
      print(
          context,
          context.session().client().assessments(scope.companyId(), scope.clientId).events(),
          COLUMNS);
    }
  }
}
