package io.compliancescorecard.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The options themselves: what a builder refuses, how options merge, what they show. */
class RequestOptionsTest {

  private static final String SECRET = "s3cr3t-value";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Authorization",
        "authorization",
        "Idempotency-Key",
        "IDEMPOTENCY-KEY",
        "User-Agent",
        "Content-Type",
        "Content-Length",
        "Host"
      })
  void refusesAHeaderTheSdkSetsItselfInAnyCaseWithoutShowingTheValue(String owned) {
    RequestOptions.Builder builder = RequestOptions.builder();

    assertThatThrownBy(() -> builder.header(owned, SECRET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the SDK sets the header '" + owned + "' itself")
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void saysWhereTheOwnedHeadersComeFrom() {
    assertThatThrownBy(() -> RequestOptions.builder().header("Idempotency-Key", "k"))
        .hasMessageEndingWith("use idempotencyKey(...)");
    assertThatThrownBy(() -> RequestOptions.builder().header("User-Agent", "me"))
        .hasMessageEndingWith("use the client builder's userAgentSuffix(...)");
  }

  @Test
  void refusesMalformedHeadersWithoutShowingTheValue() {
    assertThatThrownBy(
            () -> RequestOptions.builder().header("X-Api-Key", SECRET + "\r\nX-Injected: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(SECRET);
    assertThatThrownBy(() -> RequestOptions.builder().header("X-Api-Key", SECRET + "\u00e9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(SECRET);
    assertThatThrownBy(() -> RequestOptions.builder().header("X Api", "v"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RequestOptions.builder().header("", "v"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesValuesOutOfRange() {
    assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RequestOptions.builder().maxRetries(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey("k".repeat(256)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RequestOptions.builder().queryParam("", "v"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCallsOwnOptionsWinOverTheDefaultsAndHeadersAndQueryUnite() {
    RequestOptions defaults =
        RequestOptions.builder()
            .timeout(Duration.ofSeconds(30))
            .maxRetries(5)
            .header("X-Team", "core")
            .header("X-Job", "nightly")
            .queryParam("trace", "on")
            .build();
    RequestOptions call =
        RequestOptions.builder()
            .maxRetries(0)
            .header("x-job", "rerun")
            .queryParam("debug", "1")
            .idempotencyKey("job-42")
            .build();

    RequestOptions merged = call.mergedOver(defaults);

    assertThat(merged.timeout()).contains(Duration.ofSeconds(30));
    assertThat(merged.maxRetries()).hasValue(0);
    assertThat(merged.headers()).containsOnlyKeys("X-Job", "X-Team");
    assertThat(merged.headers().get("x-job")).isEqualTo("rerun");
    assertThat(merged.queryParams())
        .isEqualTo(Map.of("trace", List.of("on"), "debug", List.of("1")));
    assertThat(merged.idempotencyKey()).contains("job-42");
    assertThat(RequestOptions.none().mergedOver(defaults)).isSameAs(defaults);
  }

  @Test
  void isImmutableOnceBuilt() {
    RequestOptions.Builder builder =
        RequestOptions.builder().header("X-Job", "nightly").queryParam("tag", "a");
    RequestOptions built = builder.build();

    builder.header("X-Job", "changed").queryParam("tag", "b").maxRetries(1);
    RequestOptions changed = built.toBuilder().header("X-Other", "1").build();

    assertThat(built.headers()).isEqualTo(Map.of("X-Job", "nightly"));
    assertThat(built.queryParams()).isEqualTo(Map.of("tag", List.of("a")));
    assertThat(built.maxRetries()).isEmpty();
    assertThat(changed.headers()).containsOnlyKeys("X-Job", "X-Other");
    assertThatThrownBy(() -> built.headers().put("X-New", "v"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void showsNamesButNeverValues() {
    RequestOptions options =
        RequestOptions.builder()
            .header("X-Api-Key", SECRET)
            .queryParam("api_key", SECRET)
            .idempotencyKey(SECRET)
            .build();

    assertThat(options.toString()).contains("X-Api-Key", "api_key").doesNotContain(SECRET);
  }
}
