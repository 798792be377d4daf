package io.compliancescorecard.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import io.compliancescorecard.cli.CliContext;
import io.compliancescorecard.cli.error.CliException;
import io.compliancescorecard.cli.options.PagingOptions;
import io.compliancescorecard.cli.output.JsonData;
import io.compliancescorecard.sdk.UserListParams;
import io.compliancescorecard.sdk.model.User;
import io.compliancescorecard.sdk.pagination.Page;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `csc users`. */
@Command(
    name = "users",
    description = "Users you can see.",
    subcommands = {UsersCommand.ListUsers.class})
final class UsersCommand {

  static final List<String> COLUMNS =
      List.of("id", "name", "email", "role.name", "company.name", "status");

  /** `users list`. */
  @Command(
      name = "list",
      description = {
        "List users, one page at a time or, with --all, every page (streamed as pages arrive).",
        "Example: csc users list --role company_user --all -o csv"
      })
  static final class ListUsers extends BaseCommand {
    @Option(
        names = "--role",
        paramLabel = "ROLE",
        description = "Only users with this role, e.g. msp_admin.")
    String role;

    @Option(names = "--company", paramLabel = "ID", description = "Only users of this company.")
    String companyId;

    @Mixin PagingOptions paging;

    @Override
    void run(CliContext context) {
      UserListParams params = new UserListParams().role(role).companyId(companyId);
      if (paging.perPage != null) {
        params.perPage(paging.perPage);
      }
      if (paging.all) {
        if (paging.page != null) {
          throw CliException.usage("--all starts at page 1; leave out --page");
        }
        Iterator<User> users = context.session().client().users().listAll(params).iterator();
        context.printer().printStream(progress(context, users), COLUMNS);
        return;
      }
      if (paging.page != null) {
        params.page(paging.page);
      }
      Page<User> page = context.session().client().users().list(params);
      print(context, page.items(), COLUMNS);
      if (context.interactiveStderr() && page.hasNext()) {
        context
            .err()
            .println(
                "Page "
                    + page.currentPage()
                    + " of "
                    + page.lastPage()
                    + " ("
                    + page.total()
                    + " users); --page "
                    + (page.currentPage() + 1)
                    + " for the next, --all for every page.");
      }
    }

    /** Converts each user and, on a terminal, counts them on stderr while pages arrive. */
    private static Iterator<JsonNode> progress(CliContext context, Iterator<User> users) {
      boolean show = context.interactiveStderr();
      PrintWriter err = context.err();
      return new Iterator<>() {
        private int count;

        @Override
        public boolean hasNext() {
          boolean more = users.hasNext();
          if (show && !more && count > 0) {
            err.print("\r\u001b[K");
            err.flush();
          }
          return more;
        }

        @Override
        public JsonNode next() {
          JsonNode user = JsonData.tree(users.next());
          count++;
          if (show) {
            err.print("\rfetched " + count + " users...");
            err.flush();
          }
          return user;
        }
      };
    }
  }
}
