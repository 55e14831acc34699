package com.example.stripe.net;

/**
 * How an API hands out the pages of a list: list envelopes ({@code starting_after} the last
 * item's id) and search results ({@code page} the {@code next_page} token), or another style:
 *
 * <ul>
 *   <li>{@code cursor}: a field of the body ({@link #next}) is sent back as the query param
 *       {@link #param}; the last page has none (or {@code has_more: false});
 *   <li>{@code offset}: {@link #param} moves past the items seen; {@code page}: the page number
 *       grows by one; both stop at an empty page, or one shorter than {@link #sizeParam} asked;
 *   <li>{@code next_url}: a field ({@link #next}) holds the next page's URL;
 *   <li>{@code link}: an RFC 8288 {@code Link: <url>; rel="next"} header does.
 * </ul>
 *
 * A next URL on another host than the API's is never followed: the credentials stay with it.
 */
public final class Paging {
  static final Paging LIST = new Paging("list", "data", "", "", "");
  static final Paging SEARCH = new Paging("search", "data", "next_page", "page", "");

  final String style;
  final String items;
  final String next;
  final String param;
  final String sizeParam;

  /** {@code items}: the body's field of items ("" when the body is the list itself). */
  public Paging(String style, String items, String next, String param, String sizeParam) {
    this.style = style;
    this.items = items;
    this.next = next;
    this.param = param;
    this.sizeParam = sizeParam;
  }

  @Override
  public String toString() {
    return "Paging[" + style + "]";
  }
}
