// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.param;

import com.example.stripe.net.ApiParams;
import com.example.stripe.net.WireEnum;
import java.util.List;
import java.util.Map;

/**
 * Params of List a customer's payment methods.
 */
public final class CustomerPaymentMethodListParams extends ApiParams {
  private CustomerPaymentMethodListParams(Map<String, Object> values) {
    super(values);
  }

  public static Builder builder() {
    return new Builder();
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
   * Only return payment methods of this type. Without it, payment methods of every type are
   * returned.
   */
  public Type getType() {
    return get("type", Type.class);
  }

  /** Builds {@link CustomerPaymentMethodListParams}: each setter returns the builder. */
  public static final class Builder extends ApiParams.Builder<Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
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
     * Only return payment methods of this type. Without it, payment methods of every type are
     * returned.
     */
    public Builder setType(Type type) {
      return set("type", type);
    }

    /** The params; throws {@link IllegalStateException} when a required param is not set. */
    public CustomerPaymentMethodListParams build() {
      return new CustomerPaymentMethodListParams(values("customers.payment_methods.list"));
    }
  }

  public enum Type implements WireEnum {
    ACSS_DEBIT("acss_debit"),
    BANCONTACT("bancontact"),
    CARD("card"),
    CASHAPP("cashapp"),
    IDEAL("ideal"),
    KLARNA("klarna"),
    LINK("link"),
    PAYPAL("paypal"),
    SEPA_DEBIT("sepa_debit"),
    US_BANK_ACCOUNT("us_bank_account");

    private final String value;

    Type(String value) {
      this.value = value;
    }

    @Override
    public String getValue() {
      return value;
    }
  }
}
