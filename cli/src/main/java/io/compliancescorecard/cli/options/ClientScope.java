package io.compliancescorecard.cli.options;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `--company ID --client ID`, the client a policy, assessment or API-key command works on. */
public final class ClientScope {

  @Mixin public CompanyOption company;

  @Option(names = "--client", required = true, paramLabel = "ID", description = "Client id.")
  public String clientId;

  public String companyId() {
    return company.companyId;
  }
}
