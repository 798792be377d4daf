package example;

import io.compliancescorecard.mock.junit.MockServerExtension;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PlainConsumerTest {

  @RegisterExtension static MockServerExtension mock = new MockServerExtension();

  @Test
  void theSdkCallsTheMockServerWhileTheApplicationRunsItsOwnJetty12() throws Exception {
    Server application = new Server(0);
    application.start();
    try {
      ToolkitCalls.sdkTalksToTheMockServer(mock);
    } finally {
      application.stop();
    }
  }
}
