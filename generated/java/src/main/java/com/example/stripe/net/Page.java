package com.example.stripe.net;

import com.example.stripe.exception.ApiException;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * One page of a list ({@code {object: list, data, has_more, url}}) or of search results ({@code
 * {object: search_result, data, has_more, next_page}}). {@link #autoPagingIterable()} goes
 * through every item of this page and the pages after it, requesting each when it is reached.
 */
public final class Page<T> implements Iterable<T> {
  private final List<T> data;
  private final boolean hasMore;
  private final String url;
  private final String nextPage;
  private final Long totalCount;
  private final JsonObject raw;
  private final Fetcher<T> fetcher;

  /** Requests the page that the given params select. */
  interface Fetcher<T> {
    Page<T> fetch(Map<String, Object> params) throws ApiException;

    Map<String, Object> params();

    boolean search();
  }

  Page(List<T> data, JsonObject raw, Fetcher<T> fetcher) {
    this.data = List.copyOf(data);
    this.raw = raw;
    this.hasMore = raw.has("has_more") && raw.get("has_more").isJsonPrimitive() && raw.get("has_more").getAsBoolean();
    this.url = string(raw, "url");
    this.nextPage = string(raw, "next_page");
    JsonElement count = raw.get("total_count");
    this.totalCount = count != null && count.isJsonPrimitive() ? count.getAsLong() : null;
    this.fetcher = fetcher;
  }

  /** The items of this page. */
  public List<T> getData() {
    return data;
  }

  /** Whether more items follow this page. */
  public boolean getHasMore() {
    return hasMore;
  }

  /** The URL the list was requested from. */
  public String getUrl() {
    return url;
  }

  /** Search results: the token of the next page, or null. */
  public String getNextPage() {
    return nextPage;
  }

  /** Search results: how many items match in all, when the API says. */
  public Long getTotalCount() {
    return totalCount;
  }

  /** The page as the API sent it. */
  public JsonObject getRawJsonObject() {
    return raw;
  }

  @Override
  public Iterator<T> iterator() {
    return data.iterator();
  }

  /** The page after this one, or null when this is the last. */
  public Page<T> nextPage() throws ApiException {
    Map<String, Object> params = new LinkedHashMap<>(fetcher.params());
    if (fetcher.search()) {
      if (!hasMore || nextPage == null) {
        return null;
      }
      params.put("page", nextPage);
    } else {
      String next = hasMore && !data.isEmpty() ? itemId(backwards() ? 0 : data.size() - 1) : null;
      if (next == null) {
        return null;
      }
      params.put(backwards() ? "ending_before" : "starting_after", next);
    }
    return fetcher.fetch(params);
  }

  /** The items in the order auto-paging gives them: newest first, oldest first when walking backwards. */
  private Iterator<T> ordered() {
    if (!backwards()) {
      return data.iterator();
    }
    List<T> reversed = new ArrayList<>(data);
    Collections.reverse(reversed);
    return reversed.iterator();
  }

  /**
   * Every item from this page on, fetching the next page when this one is used up (walking
   * backwards, items in reverse, when the list was requested with {@code ending_before}). A failed
   * request on the way is thrown as an {@link ApiIterationException}, its cause the {@link
   * ApiException}.
   */
  public Iterable<T> autoPagingIterable() {
    return () -> new Iterator<T>() {
      private Page<T> page = Page.this;
      private Iterator<T> items = page.ordered();

      @Override
      public boolean hasNext() {
        while (!items.hasNext()) {
          try {
            page = page.nextPage();
          } catch (ApiException error) {
            throw new ApiIterationException(error);
          }
          if (page == null) {
            return false;
          }
          items = page.ordered();
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
    };
  }

  /** A list requested with {@code ending_before} (and no {@code starting_after}) is walked backwards. */
  private boolean backwards() {
    Map<String, Object> params = fetcher.params();
    return !fetcher.search() && params.get("ending_before") != null && params.get("starting_after") == null;
  }

  private String itemId(int index) {
    JsonElement items = raw.get("data");
    if (items == null || !items.isJsonArray() || items.getAsJsonArray().size() <= index) {
      return null;
    }
    JsonElement item = items.getAsJsonArray().get(index);
    return item.isJsonObject() ? string(item.getAsJsonObject(), "id") : null;
  }

  private static String string(JsonObject object, String name) {
    JsonElement value = object.get(name);
    return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
  }

  @Override
  public String toString() {
    return "Page[" + data.size() + " items, hasMore=" + hasMore + "]";
  }
}
