package io.compliancescorecard.cli.commands;

import io.compliancescorecard.cli.CliContext;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `csc companies`. */
@Command(
    name = "companies",
    description = "Companies you can see (super admins see all).",
    subcommands = {CompaniesCommand.ListCompanies.class, CompaniesCommand.GetCompany.class})
final class CompaniesCommand {

  static final List<String> COLUMNS =
      List.of(
          "id",
          "name",
          "subscription_status",
          "subscription_package",
          "client_count",
          "user_count");

  /** `companies list`. */
  @Command(name = "list", description = "List companies.")
  static final class ListCompanies extends BaseCommand {
    @Override
    void run(CliContext context) {
      print(context, context.session().client().companies().list(), COLUMNS);
    }
  }

  /** `companies get ID`. */
  @Command(name = "get", description = "Show one company.")
  static final class GetCompany extends BaseCommand {
    @Parameters(paramLabel = "ID", description = "Company id.")
    String companyId;

    @Override
    void run(CliContext context) {
      print(context, context.session().client().companies().get(companyId), null);
    }
  }
}
