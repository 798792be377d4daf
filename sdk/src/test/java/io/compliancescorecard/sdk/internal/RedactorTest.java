package io.compliancescorecard.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest {

  @Test
  void redactsSensitivePropertiesAtAnyDepthOfJson() {
    String redacted =
        Redactor.text(
            "{\"user\":{\"password\":\"p\",\"name\":\"n\"},\"items\":[{\"client_secret\":\"s\"}],"
                + "\"refresh_token\":{\"nested\":1}}");

    assertThat(redacted)
        .isEqualTo(
            "{\"user\":{\"password\":\"[REDACTED]\",\"name\":\"n\"},"
                + "\"items\":[{\"client_secret\":\"[REDACTED]\"}],\"refresh_token\":\"[REDACTED]\"}");
  }

  @Test
  void redactsPairsInTruncatedJsonFormsAndFreeText() {
    assertThat(Redactor.text("{\"api_secret\":\"abc\",\"name\":\"x\""))
        .doesNotContain("abc")
        .contains("\"name\":\"x\"");
    assertThat(Redactor.text("grant_type=password&password=hunter2&client_secret=s3&user=bob"))
        .isEqualTo("grant_type=password&password=[REDACTED]&client_secret=[REDACTED]&user=bob");
    assertThat(Redactor.text("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.abc-_ rejected"))
        .isEqualTo("token [REDACTED] rejected");
  }

  @Test
  void urlsLoseUserInfoAndSensitiveQueryValuesButKeepTheirOrder() {
    assertThat(
            Redactor.url(
                okhttp3.HttpUrl.get("https://bob:pw@api.example.com/x?page=2&access_token=t&q=a")))
        .isEqualTo("https://api.example.com/x?page=2&access_token=%5BREDACTED%5D&q=a");
  }

  @Test
  void knowsWhichNamesAreSecret() {
    assertThat(Redactor.isSensitive("Authorization")).isTrue();
    assertThat(Redactor.isSensitive("X-Api-Key")).isTrue();
    assertThat(Redactor.isSensitive("id_token")).isTrue();
    assertThat(Redactor.isSensitive("Idempotency-Key")).isFalse();
    assertThat(Redactor.isSensitive("X-RateLimit-Remaining")).isFalse();
  }
}
