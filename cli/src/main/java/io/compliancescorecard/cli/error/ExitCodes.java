package io.compliancescorecard.cli.error;

import java.util.LinkedHashMap;
import java.util.Map;

/** The exit codes scripts can branch on; documented in `csc --help` and the README. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int ERROR = 1;
  public static final int USAGE = 2;
  public static final int AUTHENTICATION = 3;
  public static final int PERMISSION = 4;
  public static final int NOT_FOUND = 5;
  public static final int VALIDATION = 6;
  public static final int RATE_LIMITED = 7;
  public static final int SERVER = 8;

  /** The exit-code list of the root command's help. */
  public static Map<String, String> helpList() {
    Map<String, String> list = new LinkedHashMap<>();
    list.put("0", "ok");
    list.put("1", "other error");
    list.put("2", "usage error: unknown command or option, bad value");
    list.put("3", "authentication failed (401) or no credentials");
    list.put("4", "permission denied (403)");
    list.put("5", "not found (404)");
    list.put("6", "validation failed (422)");
    list.put("7", "rate limited (429)");
    list.put("8", "server error (5xx) or network failure");
    return list;
  }

  private ExitCodes() {}
}
