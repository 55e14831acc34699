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
 * One page of a list: a list envelope ({@code {object: list, data, has_more, url}}), search
 * results ({@code {object: search_result, data, has_more, next_page}}), or another API's pages (see
 * {@link Paging}). {@link #autoPagingIterable()} goes through every item of this page and the
 * pages after it, requesting each when it is reached.
 */
public final class Page<T> implements Iterable<T> {
  private final List<T> data;
  private final boolean hasMore;
  private final String url;
  private final String nextPage;
  private final Long totalCount;
  private final JsonElement body;
  private final String link;
  private final Fetcher<T> fetcher;
  private final ApiResponse lastResponse;

  /** Requests the page that the given params (or a next URL) select. */
  interface Fetcher<T> {
    Page<T> fetch(Map<String, Object> params) throws ApiException;

    Page<T> fetchUrl(String url) throws ApiException;

    Map<String, Object> params();

    Paging paging();
  }

  Page(List<T> data, JsonElement body, String link, ApiResponse response, Fetcher<T> fetcher) {
    this.lastResponse = response;
    this.data = Collections.unmodifiableList(new ArrayList<>(data));
    this.body = body;
    this.link = link;
    JsonObject raw = getRawJsonObject();
    this.hasMore = raw.has("has_more") && raw.get("has_more").isJsonPrimitive() && raw.get("has_more").getAsBoolean();
    this.url = string(raw, "url");
    this.nextPage = string(raw, "next_page");
    JsonElement count = raw.get("total_count");
    this.totalCount = count != null && count.isJsonPrimitive() && count.getAsJsonPrimitive().isNumber()
        ? count.getAsLong() : null;
    this.fetcher = fetcher;
  }

  /** The items of this page. */
  /** The response this page was read from (status, headers, request id). */
  public ApiResponse getLastResponse() {
    return lastResponse;
  }

  public List<T> getData() {
    return data;
  }

  /** Whether more items follow this page (the envelope's {@code has_more}). */
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

  /** The page's body as the API sent it, when it is an object (else an empty object). */
  public JsonObject getRawJsonObject() {
    return body != null && body.isJsonObject() ? body.getAsJsonObject() : new JsonObject();
  }

  /** The page's body as the API sent it (an object, or the list itself). */
  public JsonElement getRawJson() {
    return body;
  }

  @Override
  public Iterator<T> iterator() {
    return data.iterator();
  }

  /** The page after this one, or null when this is the last. */
  public Page<T> nextPage() throws ApiException {
    Paging paging = fetcher.paging();
    Map<String, Object> params = new LinkedHashMap<>(fetcher.params());
    switch (paging.style) {
      case "list": {
        String next = hasMore && !data.isEmpty() ? itemId(backwards() ? 0 : data.size() - 1) : null;
        if (next == null) {
          return null;
        }
        params.put(backwards() ? "ending_before" : "starting_after", next);
        return fetcher.fetch(params);
      }
      case "search":
      case "cursor": {
        JsonElement raw = getRawJsonObject().has("has_more") ? getRawJsonObject().get("has_more") : null;
        boolean more = raw == null || !raw.isJsonPrimitive() || raw.getAsBoolean();
        String cursor = dig(paging.next);
        if (!more || cursor == null || cursor.isEmpty() || data.isEmpty()) {
          return null;
        }
        params.put(paging.param, cursor);
        return fetcher.fetch(params);
      }
      case "offset":
      case "page": {
        if (data.isEmpty() || shorterThanAsked(params, paging)) {
          return null;
        }
        long at = number(params.get(paging.param), paging.style.equals("page") ? 1 : 0);
        params.put(paging.param, paging.style.equals("page") ? at + 1 : at + data.size());
        return fetcher.fetch(params);
      }
      case "next_url": {
        String next = dig(paging.next);
        return next == null || next.isEmpty() ? null : fetcher.fetchUrl(next);
      }
      case "link": {
        String next = nextLink(link);
        return next == null ? null : fetcher.fetchUrl(next);
      }
      default:
        return null;
    }
  }

  private boolean shorterThanAsked(Map<String, Object> params, Paging paging) {
    Object size = paging.sizeParam.isEmpty() ? null : params.get(paging.sizeParam);
    return size != null && data.size() < number(size, 0);
  }

  private static long number(Object value, long otherwise) {
    if (value instanceof Number) {
      return ((Number) value).longValue();
    }
    try {
      return value == null ? otherwise : Long.parseLong(String.valueOf(value));
    } catch (NumberFormatException notNumber) {
      return otherwise;
    }
  }

  /** The text at a dotted path of the body ({@code links.pages.next}), or null. */
  private String dig(String dotted) {
    JsonElement value = body;
    for (String part : dotted.split("\\.")) {
      value = value != null && value.isJsonObject() ? value.getAsJsonObject().get(part) : null;
    }
    return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
  }

  /** The {@code rel="next"} URL of a {@code Link} header, or null. */
  static String nextLink(String header) {
    if (header == null) {
      return null;
    }
    for (String part : header.split(",(?=\\s*<)")) {
      int open = part.indexOf('<');
      int close = part.indexOf('>', open + 1);
      if (open < 0 || close < 0) {
        continue;
      }
      for (String attribute : part.substring(close + 1).split(";")) {
        String[] pair = attribute.trim().split("=", 2);
        if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("rel")) {
          for (String rel : pair[1].trim().replace("\"", "").split("\\s+")) {
            if (rel.equalsIgnoreCase("next")) {
              return part.substring(open + 1, close).trim();
            }
          }
        }
      }
    }
    return null;
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
    return fetcher.paging() == Paging.LIST && params.get("ending_before") != null
        && params.get("starting_after") == null;
  }

  private String itemId(int index) {
    JsonElement items = getRawJsonObject().get("data");
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
