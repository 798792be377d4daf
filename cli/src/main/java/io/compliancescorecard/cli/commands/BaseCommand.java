package io.compliancescorecard.cli.commands;

import io.compliancescorecard.cli.CliContext;
import io.compliancescorecard.cli.CscCommand;
import io.compliancescorecard.cli.output.JsonData;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that does something: it reaches the invocation's context through the root command. */
abstract class BaseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public final Integer call() throws Exception {
    run(((CscCommand) spec.root().userObject()).context());
    return 0;
  }

  /** Does the work; failures are thrown and become one stderr line and an exit code. */
  abstract void run(CliContext context) throws Exception;

  /** Prints an SDK result as the API's JSON; {@code columns} are the table's. */
  static void print(CliContext context, Object data, List<String> columns) {
    context.printer().print(JsonData.tree(data), columns);
  }
}
