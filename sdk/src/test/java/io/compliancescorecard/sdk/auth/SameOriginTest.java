package io.compliancescorecard.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SameOriginTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "https://go-api.compliancerisk.io/api/v3/companies, true",
    "HTTPS://GO-API.compliancerisk.io:443/x?y=1, true",
    "http://go-api.compliancerisk.io/api/v3/companies, false",
    "https://go-api.compliancerisk.io:8443/api/v3/companies, false",
    "https://evil.example/api/v3/companies, false",
    "https://go-api.compliancerisk.io.evil.example/, false",
    "not a url, false"
  })
  void aTokenGoesOnlyToTheApisSchemeHostAndPort(String url, boolean sameOrigin) {
    assertThat(SameOrigin.test(url, "https://go-api.compliancerisk.io/")).isEqualTo(sameOrigin);
  }
}
