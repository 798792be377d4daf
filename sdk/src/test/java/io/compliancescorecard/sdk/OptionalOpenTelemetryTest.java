package io.compliancescorecard.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.compliancescorecard.mock.MockServer;
import io.compliancescorecard.mock.MockServerOptions;
import io.compliancescorecard.mock.SeededUsers;
import io.compliancescorecard.sdk.observation.CallEnd;
import io.compliancescorecard.sdk.observation.CallObservation;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * OpenTelemetry is optional: an application without it on its class path calls, and observes, as
 * usual.
 */
class OptionalOpenTelemetryTest {

  @Test
  void theSdkCallsAndObservesWithoutAnyOpenTelemetryClass() throws Exception {
    List<String> classPath =
        Arrays.asList(
            System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                .split(File.pathSeparator));
    List<String> withoutOpenTelemetry =
        classPath.stream()
            .filter(entry -> !entry.contains("opentelemetry"))
            .collect(Collectors.toList());
    assertThat(withoutOpenTelemetry)
        .as("the test class path has OpenTelemetry to leave out")
        .hasSizeLessThan(classPath.size());

    try (MockServer mock = new MockServer(MockServerOptions.defaults()).start();
        URLClassLoader application =
            new URLClassLoader(urls(withoutOpenTelemetry), ClassLoader.getPlatformClassLoader())) {
      assertThatThrownBy(() -> application.loadClass("io.opentelemetry.context.Context"))
          .isInstanceOf(ClassNotFoundException.class);
      Class<?> app = application.loadClass(Application.class.getName());
      assertThat(app.getClassLoader()).isSameAs(application);

      Object result =
          app.getMethod("run", String.class, String.class)
              .invoke(null, mock.baseUrl(), mock.tokenFor(SeededUsers.JOHN_DOE));

      assertThat(result).isEqualTo("[GET /api/v3/companies/{companyId}/clients 200]");
    }
  }

  private static URL[] urls(List<String> entries) throws MalformedURLException {
    URL[] urls = new URL[entries.size()];
    for (int i = 0; i < urls.length; i++) {
      urls[i] = Path.of(entries.get(i)).toUri().toURL();
    }
    return urls;
  }

  /** An application with an observer of its own, loaded without OpenTelemetry. */
  public static final class Application {

    private Application() {}

    /**
     * @param baseUrl the mock server
     * @param token a token for it
     * @return each observed call's operation and status
     */
    public static String run(String baseUrl, String token) {
      List<String> ends = new ArrayList<>();
      try (ComplianceScorecardClient client =
          ComplianceScorecardClient.builder()
              .baseUrl(baseUrl)
              .token(token)
              .observer(
                  call ->
                      new CallObservation() {
                        @Override
                        public void onEnd(CallEnd end) {
                          ends.add(call.operation() + " " + end.status());
                        }
                      })
              .build()) {
        MockApi.listClients(client);
      }
      return ends.toString();
    }
  }
}
