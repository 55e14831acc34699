// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.param;

import com.example.stripe.net.ApiParams;
import java.util.List;
import java.util.Map;

/**
 * Params of Attach a PaymentMethod to a Customer.
 */
public final class PaymentMethodAttachParams extends ApiParams {
  private PaymentMethodAttachParams(Map<String, Object> values) {
    super(values);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * ID of the customer to attach the PaymentMethod to.
   */
  public String getCustomer() {
    return get("customer", String.class);
  }

  /**
   * Fields of the response to expand.
   */
  public List<String> getExpand() {
    return getList("expand");
  }

  /** Builds {@link PaymentMethodAttachParams}: each setter returns the builder. */
  public static final class Builder extends ApiParams.Builder<Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * <strong>Required.</strong> ID of the customer to attach the PaymentMethod to.
     */
    public Builder setCustomer(String customer) {
      return set("customer", customer);
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

    /** The params; throws {@link IllegalStateException} when a required param is not set. */
    public PaymentMethodAttachParams build() {
      return new PaymentMethodAttachParams(values("payment_methods.attach", "customer"));
    }
  }
}
