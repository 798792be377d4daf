package io.compliancescorecard.cli.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.compliancescorecard.cli.CliContext;
import io.compliancescorecard.cli.options.ApiEnums;
import io.compliancescorecard.cli.options.CompanyOption;
import io.compliancescorecard.cli.output.JsonData;
import io.compliancescorecard.sdk.ClientListParams;
import io.compliancescorecard.sdk.model.ClientCreateRequest;
import io.compliancescorecard.sdk.model.ClientStatus;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `csc clients`. */
@Command(
    name = "clients",
    description = "A company's clients.",
    subcommands = {ClientsCommand.ListClients.class, ClientsCommand.CreateClient.class})
final class ClientsCommand {

  static final List<String> COLUMNS =
      List.of(
          "id", "name", "status", "city", "state", "country", "policy_count", "assessment_count");

  /** `clients list`. */
  @Command(name = "list", description = "List a company's clients.")
  static final class ListClients extends BaseCommand {
    @Mixin CompanyOption company;

    @Option(
        names = "--status",
        paramLabel = "STATUS",
        description = "Only ACTIVE or INACTIVE clients.")
    String status;

    @Option(
        names = "--search",
        paramLabel = "TEXT",
        description = "Only clients whose name contains TEXT.")
    String search;

    @Override
    void run(CliContext context) {
      ClientListParams params =
          new ClientListParams()
              .status(ApiEnums.parse(ClientStatus.class, status, "--status"))
              .search(search);
      print(context, context.session().client().clients(company.companyId).list(params), COLUMNS);
    }
  }

  /** `clients create`. */
  @Command(
      name = "create",
      description = {
        "Create a client from flags, a JSON file, or both (flags win).",
        "Example: csc clients create --company company123 --name 'Initech' --country US"
      })
  static final class CreateClient extends BaseCommand {
    @Mixin CompanyOption company;

    @Option(names = "--name", paramLabel = "NAME", description = "Client company name (required).")
    String name;

    @Option(names = "--city", paramLabel = "CITY")
    String city;

    @Option(names = "--state", paramLabel = "STATE", description = "State or province.")
    String state;

    @Option(
        names = "--country",
        paramLabel = "CC",
        description = "ISO 3166-1 alpha-2 country code.")
    String country;

    @Option(names = "--industry", paramLabel = "INDUSTRY")
    String industry;

    @Option(names = "--employee-count", paramLabel = "N")
    Integer employeeCount;

    @Option(
        names = "--email-delivery",
        paramLabel = "SETTING",
        description = "Email delivery, e.g. SMTP.")
    String emailDelivery;

    @Option(
        names = "--from-file",
        paramLabel = "FILE",
        description = "JSON object with the client's fields; - reads stdin.")
    String fromFile;

    @Override
    void run(CliContext context) {
      ObjectNode flags =
          JsonData.MAPPER
              .createObjectNode()
              .put("name", name)
              .put("city", city)
              .put("state", state)
              .put("country", country)
              .put("industry", industry)
              .put("employee_count", employeeCount)
              .put("email_delivery_settings", emailDelivery);
      ClientCreateRequest request =
          RequestBodies.build(context, fromFile, flags, ClientCreateRequest.class);
      print(context, context.session().client().clients(company.companyId).create(request), null);
    }
  }
}
