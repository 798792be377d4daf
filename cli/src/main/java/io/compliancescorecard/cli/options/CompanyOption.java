package io.compliancescorecard.cli.options;

import picocli.CommandLine.Option;

/** `--company ID`, the tenant a command works in. */
public final class CompanyOption {

  @Option(names = "--company", required = true, paramLabel = "ID", description = "Company id.")
  public String companyId;
}
