package io.compliancescorecard.cli.options;

import picocli.CommandLine.Option;

/** `--page`, `--per-page` and `--all` of the paged (v4) lists. */
public final class PagingOptions {

  @Option(names = "--page", paramLabel = "N", description = "Page to show (default: 1).")
  public Integer page;

  @Option(
      names = "--per-page",
      paramLabel = "N",
      description = "Items per page, at most 100 (default: 15).")
  public Integer perPage;

  @Option(
      names = "--all",
      description = "Every page, fetched one after another and printed as they arrive.")
  public boolean all;
}
