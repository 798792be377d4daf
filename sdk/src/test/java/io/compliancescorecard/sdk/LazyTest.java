package io.compliancescorecard.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LazyTest {

  @Test
  void nothingIsMadeBeforeFirstUse() {
    AtomicInteger made = new AtomicInteger();
    Lazy<Object> lazy = new Lazy<>(() -> made.incrementAndGet());

    assertThat(made).hasValue(0);
    assertThat(lazy.get()).isSameAs(lazy.get());
    assertThat(made).hasValue(1);
  }

  @Test
  void concurrentFirstUsesMakeOneValue() throws Exception {
    AtomicInteger made = new AtomicInteger();
    Lazy<Object> lazy =
        new Lazy<>(
            () -> {
              made.incrementAndGet();
              return new Object();
            });
    CountDownLatch start = new CountDownLatch(1);
    Callable<Object> firstUse =
        () -> {
          start.await();
          return lazy.get();
        };
    ExecutorService threads = Executors.newFixedThreadPool(16);
    try {
      List<Future<Object>> uses =
          IntStream.range(0, 64)
              .mapToObj(i -> threads.submit(firstUse))
              .collect(Collectors.toList());
      start.countDown();
      Object first = uses.get(0).get(10, TimeUnit.SECONDS);
      for (Future<Object> use : uses) {
        assertThat(use.get(10, TimeUnit.SECONDS)).isSameAs(first);
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(made).hasValue(1);
  }
}
