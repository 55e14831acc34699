// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.param;

import com.example.stripe.net.ApiParams;
import java.util.List;
import java.util.Map;

/**
 * Params of List all events.
 */
public final class EventListParams extends ApiParams {
  private EventListParams(Map<String, Object> values) {
    super(values);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Only return events created during this interval: either an exact Unix timestamp, or a range
   * given with {@code gt}, {@code gte}, {@code lt} and {@code lte}.
   */
  public Object getCreated() {
    return get("created");
  }

  /**
   * Filter by whether the event was delivered successfully to all of its webhook endpoints.
   */
  public Boolean getDeliverySuccess() {
    return get("delivery_success", Boolean.class);
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
   * Only return events of this type, such as {@code customer.created}. A {@code *} wildcard may
   * stand for one dot-separated part, as in {@code payment_intent.*}.
   */
  public String getType() {
    return get("type", String.class);
  }

  /**
   * Only return events whose type is in this list (at most 20 types). Use either {@code type} or
   * {@code types}, not both.
   */
  public List<String> getTypes() {
    return getList("types");
  }

  /** Builds {@link EventListParams}: each setter returns the builder. */
  public static final class Builder extends ApiParams.Builder<Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Only return events created during this interval: either an exact Unix timestamp, or a range
     * given with {@code gt}, {@code gte}, {@code lt} and {@code lte}.
     */
    public Builder setCreated(Created created) {
      return set("created", created);
    }

    /**
     * Only return events created during this interval: either an exact Unix timestamp, or a range
     * given with {@code gt}, {@code gte}, {@code lt} and {@code lte}.
     */
    public Builder setCreated(Long created) {
      return set("created", created);
    }

    /**
     * Filter by whether the event was delivered successfully to all of its webhook endpoints.
     */
    public Builder setDeliverySuccess(Boolean deliverySuccess) {
      return set("delivery_success", deliverySuccess);
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
     * Only return events of this type, such as {@code customer.created}. A {@code *} wildcard may
     * stand for one dot-separated part, as in {@code payment_intent.*}.
     */
    public Builder setType(String type) {
      return set("type", type);
    }

    /**
     * Only return events whose type is in this list (at most 20 types). Use either {@code type} or
     * {@code types}, not both.
     * <p>
     * Adds an element to types.
     */
    public Builder addTypes(String element) {
      return add("types", element);
    }

    /**
     * Only return events whose type is in this list (at most 20 types). Use either {@code type} or
     * {@code types}, not both.
     * <p>
     * Adds every element to types.
     */
    public Builder addAllTypes(List<String> elements) {
      return addAll("types", elements);
    }

    /** The params; throws {@link IllegalStateException} when a required param is not set. */
    public EventListParams build() {
      return new EventListParams(values("events.list"));
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
        return new Created(values("events.list"));
      }
    }
  }
}
