package io.compliancescorecard.sdk.pagination;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * All items of a paginated list, fetched lazily: a page is requested only when iteration reaches
 * it, and only one page is held at a time, so streaming a long list takes constant memory. Each
 * call to {@link #iterator()} or {@link #stream()} starts again from the first page.
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {

  private final int firstPage;
  private final IntFunction<Page<T>> fetchPage;

  /**
   * @param firstPage the number of the first page to fetch
   * @param fetchPage fetches the page with the given number; its exceptions propagate to the
   *     iteration
   */
  public AutoPager(int firstPage, IntFunction<Page<T>> fetchPage) {
    this.firstPage = firstPage;
    this.fetchPage = fetchPage;
  }

  @Override
  public Iterator<T> iterator() {
    return new PageIterator();
  }

  /**
   * @return a sequential stream over every item; short-circuiting operations fetch no further pages
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }

  private final class PageIterator implements Iterator<T> {
    private Page<T> page;
    private Iterator<T> items;

    @Override
    public boolean hasNext() {
      while (items == null || !items.hasNext()) {
        if (page != null && !page.hasNext()) {
          return false;
        }
        page = fetchPage.apply(page == null ? firstPage : page.currentPage() + 1);
        items = page.items().iterator();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return items.next();
    }
  }
}
