package io.compliancescorecard.sdk.opentelemetry;

import io.compliancescorecard.sdk.ratelimit.RateLimit;
import io.compliancescorecard.sdk.ratelimit.RateLimitCategory;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableLongGauge;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The instruments: call duration by operation and outcome, retries and waits by cause, and the last
 * known remaining budget per rate-limit category.
 */
final class CallMetrics {

  /** The HTTP semantic conventions' advice for request durations, in seconds. */
  private static final List<Double> DURATION_BUCKETS =
      List.of(
          0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0, 30.0,
          60.0);

  private final DoubleHistogram duration;
  private final LongCounter retries;
  private final LongCounter waits;
  private final Map<RateLimitCategory, Long> remaining = new ConcurrentHashMap<>();
  private final ObservableLongGauge budgets;

  CallMetrics(Meter meter) {
    this.duration =
        meter
            .histogramBuilder("csc.client.call.duration")
            .setDescription("Duration of logical API calls, retries and waits included.")
            .setUnit("s")
            .setExplicitBucketBoundariesAdvice(DURATION_BUCKETS)
            .build();
    this.retries =
        meter
            .counterBuilder("csc.client.retries")
            .setDescription("Requests sent again after a retryable failure, by cause.")
            .setUnit("{retry}")
            .build();
    this.waits =
        meter
            .counterBuilder("csc.client.waits")
            .setDescription("Waits before a retry or, when throttling, before sending, by cause.")
            .setUnit("{wait}")
            .build();
    this.budgets =
        meter
            .gaugeBuilder("csc.client.rate_limit.remaining")
            .setDescription("The last known remaining budget of each rate-limit category.")
            .setUnit("{request}")
            .ofLongs()
            .buildWithCallback(
                gauge ->
                    remaining.forEach(
                        (category, left) ->
                            gauge.record(
                                left,
                                Attributes.of(Keys.RATE_LIMIT_CATEGORY, Keys.value(category)))));
  }

  void callEnded(String operation, String errorType, Duration took) {
    Attributes attributes =
        errorType == null
            ? Attributes.of(Keys.OPERATION, operation, Keys.OUTCOME, "success")
            : Attributes.of(
                Keys.OPERATION, operation, Keys.OUTCOME, "failure", Keys.ERROR_TYPE, errorType);
    duration.record(took.toNanos() / 1e9, attributes);
  }

  void waited(String operation, String cause, boolean retry) {
    Attributes attributes = Attributes.of(Keys.OPERATION, operation, Keys.WAIT_CAUSE, cause);
    waits.add(1, attributes);
    if (retry) {
      retries.add(1, attributes);
    }
  }

  void budget(RateLimit snapshot) {
    remaining.put(snapshot.category(), (long) snapshot.remaining());
  }

  /** Stops reporting the budgets. */
  void close() {
    budgets.close();
  }
}
