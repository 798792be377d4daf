package io.compliancescorecard.mock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * While no chaos rule is set, the mock's own servlet filter answers, skipping WireMock's
 * per-request bookkeeping (docs/startup.md): the two paths differ on the wire only in framing,
 * since the filter knows each body's length and WireMock streams it in chunks.
 */
class FastPathTest {

  @Test
  void theFastPathAnswersWhileNoChaosRuleIsSet() {
    Reply reply =
        ServingPath.FAST_PATH.client().get("/api/v3/auth/user", token(ServingPath.FAST_PATH));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Length")).isEqualTo(Integer.toString(reply.body().length()));
    assertThat(reply.header("Transfer-Encoding")).isNull();
  }

  @Test
  void wireMockAnswersOnceAChaosRuleIsSetEvenOneMatchingNothing() {
    Reply reply =
        ServingPath.WIREMOCK.client().get("/api/v3/auth/user", token(ServingPath.WIREMOCK));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Transfer-Encoding")).isEqualTo("chunked");
  }

  private static String token(ServingPath serving) {
    return serving.server().tokenFor(SeededUsers.JOHN_DOE);
  }
}
