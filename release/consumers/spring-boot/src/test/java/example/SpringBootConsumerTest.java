package example;

import static org.assertj.core.api.Assertions.assertThat;

import io.compliancescorecard.mock.junit.MockServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpringBootConsumerTest {

  @RegisterExtension static MockServerExtension mock = new MockServerExtension();

  @Autowired TestRestTemplate http;

  @Test
  void theSdkCallsTheMockServerInsideABootApplicationServingOnJetty12() {
    assertThat(http.getForObject("/health", String.class)).isEqualTo("ok");
    ToolkitCalls.sdkTalksToTheMockServer(mock);
  }
}
