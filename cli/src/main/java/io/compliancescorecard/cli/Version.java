package io.compliancescorecard.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * The `--version` text for picocli (`csc -V` among other options): {@link BuildInfo#versionLine()}.
 */
public final class Version implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {BuildInfo.versionLine()};
  }
}
