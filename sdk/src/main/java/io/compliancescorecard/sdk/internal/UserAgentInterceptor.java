package io.compliancescorecard.sdk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Names the SDK, its version and the Java runtime in {@code User-Agent}, plus an optional suffix.
 */
public final class UserAgentInterceptor implements Interceptor {

  private final String userAgent;

  /**
   * @param suffix appended after a space (an application's name and version), or null
   */
  public UserAgentInterceptor(String suffix) {
    String base =
        "compliance-scorecard-java-sdk/"
            + sdkVersion()
            + " Java/"
            + System.getProperty("java.version");
    this.userAgent = suffix == null || suffix.isBlank() ? base : base + " " + suffix.trim();
  }

  /**
   * @return the header value sent
   */
  public String userAgent() {
    return userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder().header("User-Agent", userAgent).build());
  }

  /**
   * @return the SDK's version, filtered into a resource at build time
   */
  public static String sdkVersion() {
    Properties properties = new Properties();
    try (InputStream in = UserAgentInterceptor.class.getResourceAsStream("sdk.properties")) {
      if (in == null) {
        return "unknown";
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "unknown");
  }
}
