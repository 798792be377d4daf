package io.compliancescorecard.sdk;

import java.util.function.Supplier;

/**
 * A value made on first use and then kept, safely under concurrent first uses (it is made once).
 * The client makes its Retrofit set-up and each resource's service this way: a short-lived process
 * that calls one endpoint should not pay for the proxies of all the others.
 */
final class Lazy<T> implements Supplier<T> {

  private Supplier<? extends T> maker;
  private volatile T value;

  Lazy(Supplier<? extends T> maker) {
    this.maker = maker;
  }

  @Override
  public T get() {
    T made = value;
    if (made == null) {
      synchronized (this) {
        made = value;
        if (made == null) {
          made = maker.get();
          value = made;
          maker = null;
        }
      }
    }
    return made;
  }
}
