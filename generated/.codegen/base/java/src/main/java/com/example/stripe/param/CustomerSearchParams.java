// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.param;

import com.example.stripe.net.ApiParams;
import java.util.List;
import java.util.Map;

/**
 * Params of Search customers.
 */
public final class CustomerSearchParams extends ApiParams {
  private CustomerSearchParams(Map<String, Object> values) {
    super(values);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Fields of the response to expand.
   */
  public List<String> getExpand() {
    return getList("expand");
  }

  /**
   * Number of results to return, between 1 and 100. Defaults to 10.
   */
  public Long getLimit() {
    return get("limit", Long.class);
  }

  /**
   * Cursor for pagination: pass the {@code next_page} value of a previous response to fetch the
   * following page. Omit it on the first call.
   */
  public String getPage() {
    return get("page", String.class);
  }

  /**
   * The search query string, written in the <a
   * href="https://stripe.com/docs/search#search-query-language">Search Query Language</a>.
   */
  public String getQuery() {
    return get("query", String.class);
  }

  /** Builds {@link CustomerSearchParams}: each setter returns the builder. */
  public static final class Builder extends ApiParams.Builder<Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Fields of the response to expand.
     * <p>
     * Adds an element to expand.
     */
    public Builder addExpand(String element) {
      return add("expand", element);
    }

    /**
     * Fields of the response to expand.
     * <p>
     * Adds every element to expand.
     */
    public Builder addAllExpand(List<String> elements) {
      return addAll("expand", elements);
    }

    /**
     * Number of results to return, between 1 and 100. Defaults to 10.
     */
    public Builder setLimit(Long limit) {
      return set("limit", limit);
    }

    /**
     * Cursor for pagination: pass the {@code next_page} value of a previous response to fetch the
     * following page. Omit it on the first call.
     */
    public Builder setPage(String page) {
      return set("page", page);
    }

    /**
     * <strong>Required.</strong> The search query string, written in the <a
     * href="https://stripe.com/docs/search#search-query-language">Search Query Language</a>.
     */
    public Builder setQuery(String query) {
      return set("query", query);
    }

    /** The params; throws {@link IllegalStateException} when a required param is not set. */
    public CustomerSearchParams build() {
      return new CustomerSearchParams(values("customers.search", "query"));
    }
  }
}
