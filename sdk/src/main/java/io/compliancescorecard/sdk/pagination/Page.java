package io.compliancescorecard.sdk.pagination;

import java.util.Collections;
import java.util.List;

/**
 * One page of a paginated list, with where it stands in the whole list. Immutable.
 *
 * @param <T> the item type
 */
public final class Page<T> {

  private final List<T> items;
  private final int currentPage;
  private final int perPage;
  private final int total;
  private final int lastPage;

  /**
   * @param items the page's items
   * @param currentPage this page's number, from 1
   * @param perPage the page size asked for
   * @param total items in the whole list
   * @param lastPage the last page's number
   */
  public Page(List<T> items, int currentPage, int perPage, int total, int lastPage) {
    this.items = Collections.unmodifiableList(items);
    this.currentPage = currentPage;
    this.perPage = perPage;
    this.total = total;
    this.lastPage = lastPage;
  }

  /**
   * @return the page's items
   */
  public List<T> items() {
    return items;
  }

  /**
   * @return this page's number, from 1
   */
  public int currentPage() {
    return currentPage;
  }

  /**
   * @return the page size
   */
  public int perPage() {
    return perPage;
  }

  /**
   * @return items in the whole list
   */
  public int total() {
    return total;
  }

  /**
   * @return the last page's number
   */
  public int lastPage() {
    return lastPage;
  }

  /**
   * @return whether a page follows this one
   */
  public boolean hasNext() {
    return !items.isEmpty() && currentPage < lastPage;
  }

  @Override
  public String toString() {
    return "Page "
        + currentPage
        + "/"
        + lastPage
        + " ("
        + items.size()
        + " of "
        + total
        + " items)";
  }
}
