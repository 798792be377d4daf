package io.compliancescorecard.cli.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.compliancescorecard.cli.CliContext;
import io.compliancescorecard.cli.options.ApiEnums;
import io.compliancescorecard.cli.options.ClientScope;
import io.compliancescorecard.cli.output.JsonData;
import io.compliancescorecard.sdk.PolicyListParams;
import io.compliancescorecard.sdk.model.PolicyCreateRequest;
import io.compliancescorecard.sdk.model.PolicyStatus;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `csc policies`. */
@Command(
    name = "policies",
    description = "A client's compliance policies.",
    subcommands = {PoliciesCommand.ListPolicies.class, PoliciesCommand.CreatePolicy.class})
final class PoliciesCommand {

  static final List<String> COLUMNS =
      List.of(
          "id",
          "title",
          "status",
          "category.name",
          "owner.name",
          "current_version",
          "last_updated");

  /** `policies list`. */
  @Command(name = "list", description = "List a client's policies.")
  static final class ListPolicies extends BaseCommand {
    @Mixin ClientScope scope;

    @Option(
        names = "--status",
        paramLabel = "STATUS",
        description = "Only policies in this status, e.g. draft or published.")
    String status;

    @Option(
        names = "--category",
        paramLabel = "ID",
        description = "Only policies of this category id.")
    String categoryId;

    @Option(
        names = "--search",
        paramLabel = "TEXT",
        description = "Only policies whose title contains TEXT.")
    String search;

    @Override
    void run(CliContext context) {
      PolicyListParams params =
          new PolicyListParams()
              .status(ApiEnums.parse(PolicyStatus.class, status, "--status"))
              .categoryId(categoryId)
              .search(search);
      print(
          context,
          context.session().client().policies(scope.companyId(), scope.clientId).list(params),
          COLUMNS);
    }
  }

  /** `policies create`. */
  @Command(
      name = "create",
      description = {
        "Create a policy (a draft at version 1.0) from flags, a JSON file, or both (flags win).",
        "Example: csc policies create --company company123 --client client123 --title 'Backup Policy'"
      })
  static final class CreatePolicy extends BaseCommand {
    @Mixin ClientScope scope;

    @Option(names = "--title", paramLabel = "TITLE", description = "Policy title (required).")
    String title;

    @Option(names = "--description", paramLabel = "TEXT")
    String description;

    @Option(names = "--category", paramLabel = "ID", description = "Category id.")
    String categoryId;

    @Option(names = "--owner", paramLabel = "USER_ID", description = "Owner (default: you).")
    String ownerId;

    @Option(names = "--type", paramLabel = "TYPE", description = "Policy type, e.g. operational.")
    String policyType;

    @Option(names = "--notes", paramLabel = "TEXT")
    String notes;

    @Option(
        names = "--from-file",
        paramLabel = "FILE",
        description = "JSON object with the policy's fields; - reads stdin.")
    String fromFile;

    @Override
    void run(CliContext context) {
      ObjectNode flags =
          JsonData.MAPPER
              .createObjectNode()
              .put("title", title)
              .put("description", description)
              .put("category_id", categoryId)
              .put("owner_id", ownerId)
              .put("policy_type", policyType)
              .put("notes", notes);
      PolicyCreateRequest request =
          RequestBodies.build(context, fromFile, flags, PolicyCreateRequest.class);
      print(
          context,
          context.session().client().policies(scope.companyId(), scope.clientId).create(request),
          null);
    }
  }
}
