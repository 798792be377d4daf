package io.compliancescorecard.cli;

/**
 * The `csc` process's entry point. It answers a lone `--version` from {@link BuildInfo} without
 * loading anything else (the distribution puts these two classes in a small jar of their own, so
 * that this path never even opens the application's jar), and hands every other command line to
 * {@link Csc}.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      System.out.println(BuildInfo.versionLine());
      return;
    }
    Csc.main(args);
  }
}
