// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.param;

import com.example.stripe.net.ApiParams;
import java.util.List;
import java.util.Map;

/**
 * Params of List all customers.
 */
public final class CustomerListParams extends ApiParams {
  private CustomerListParams(Map<String, Object> values) {
    super(values);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Only return customers created during this interval: either an exact Unix timestamp, or a range
   * given with {@code gt}, {@code gte}, {@code lt} and {@code lte}.
   */
  public Object getCreated() {
    return get("created");
  }

  /**
   * Only return customers with exactly this email address (case sensitive).
   */
  public String getEmail() {
    return get("email", String.class);
  }

  /**
   * A cursor for pagination: the ID of an object. The page returned ends just before that object, so
   * pass the first ID of the current page to fetch the previous page.
   */
  public String getEndingBefore() {
    return get("ending_before", String.class);
  }

  /**
   * Fields of the response to expand.
   */
  public List<String> getExpand() {
    return getList("expand");
  }

  /**
   * Maximum number of objects to return, between 1 and 100. Defaults to 10.
   */
  public Long getLimit() {
    return get("limit", Long.class);
  }

  /**
   * A cursor for pagination: the ID of an object. The page returned starts just after that object,
   * so pass the last ID of the current page to fetch the next page.
   */
  public String getStartingAfter() {
    return get("starting_after", String.class);
  }

  /**
   * Only return customers that belong to this test clock.
   */
  public String getTestClock() {
    return get("test_clock", String.class);
  }

  /** Builds {@link CustomerListParams}: each setter returns the builder. */
  public static final class Builder extends ApiParams.Builder<Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Only return customers created during this interval: either an exact Unix timestamp, or a range
     * given with {@code gt}, {@code gte}, {@code lt} and {@code lte}.
     */
    public Builder setCreated(Created created) {
      return set("created", created);
    }

    /**
     * Only return customers created during this interval: either an exact Unix timestamp, or a range
     * given with {@code gt}, {@code gte}, {@code lt} and {@code lte}.
     */
    public Builder setCreated(Long created) {
      return set("created", created);
    }

    /**
     * Only return customers with exactly this email address (case sensitive).
     */
    public Builder setEmail(String email) {
      return set("email", email);
    }

    /**
     * A cursor for pagination: the ID of an object. The page returned ends just before that object, so
     * pass the first ID of the current page to fetch the previous page.
     */
    public Builder setEndingBefore(String endingBefore) {
      return set("ending_before", endingBefore);
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
     * Maximum number of objects to return, between 1 and 100. Defaults to 10.
     */
    public Builder setLimit(Long limit) {
      return set("limit", limit);
    }

    /**
     * A cursor for pagination: the ID of an object. The page returned starts just after that object,
     * so pass the last ID of the current page to fetch the next page.
     */
    public Builder setStartingAfter(String startingAfter) {
      return set("starting_after", startingAfter);
    }

    /**
     * Only return customers that belong to this test clock.
     */
    public Builder setTestClock(String testClock) {
      return set("test_clock", testClock);
    }

    /** The params; throws {@link IllegalStateException} when a required param is not set. */
    public CustomerListParams build() {
      return new CustomerListParams(values("customers.list"));
    }
  }

  /**
   * A range of Unix timestamps; give any combination of bounds.
   */
  public static final class Created extends ApiParams {
    private Created(Map<String, Object> values) {
      super(values);
    }

    public static Builder builder() {
      return new Builder();
    }

    /**
     * Only values strictly greater than this.
     */
    public Long getGt() {
      return get("gt", Long.class);
    }

    /**
     * Only values greater than or equal to this.
     */
    public Long getGte() {
      return get("gte", Long.class);
    }

    /**
     * Only values strictly less than this.
     */
    public Long getLt() {
      return get("lt", Long.class);
    }

    /**
     * Only values less than or equal to this.
     */
    public Long getLte() {
      return get("lte", Long.class);
    }

    /** Builds {@link Created}: each setter returns the builder. */
    public static final class Builder extends ApiParams.Builder<Builder> {
      private Builder() {}

      @Override
      protected Builder self() {
        return this;
      }

      /**
       * Only values strictly greater than this.
       */
      public Builder setGt(Long gt) {
        return set("gt", gt);
      }

      /**
       * Only values greater than or equal to this.
       */
      public Builder setGte(Long gte) {
        return set("gte", gte);
      }

      /**
       * Only values strictly less than this.
       */
      public Builder setLt(Long lt) {
        return set("lt", lt);
      }

      /**
       * Only values less than or equal to this.
       */
      public Builder setLte(Long lte) {
        return set("lte", lte);
      }

      /** The params; throws {@link IllegalStateException} when a required param is not set. */
      public Created build() {
        return new Created(values("customers.list"));
      }
    }
  }
}
