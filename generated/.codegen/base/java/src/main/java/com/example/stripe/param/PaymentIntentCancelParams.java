// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.param;

import com.example.stripe.net.ApiParams;
import com.example.stripe.net.WireEnum;
import java.util.List;
import java.util.Map;

/**
 * Params of Cancel a PaymentIntent.
 */
public final class PaymentIntentCancelParams extends ApiParams {
  private PaymentIntentCancelParams(Map<String, Object> values) {
    super(values);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Why the PaymentIntent is being canceled.
   */
  public CancellationReason getCancellationReason() {
    return get("cancellation_reason", CancellationReason.class);
  }

  /**
   * Fields of the response to expand.
   */
  public List<String> getExpand() {
    return getList("expand");
  }

  /** Builds {@link PaymentIntentCancelParams}: each setter returns the builder. */
  public static final class Builder extends ApiParams.Builder<Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Why the PaymentIntent is being canceled.
     */
    public Builder setCancellationReason(CancellationReason cancellationReason) {
      return set("cancellation_reason", cancellationReason);
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
    public PaymentIntentCancelParams build() {
      return new PaymentIntentCancelParams(values("payment_intents.cancel"));
    }
  }

  /**
   * Why the PaymentIntent is being canceled.
   */
  public enum CancellationReason implements WireEnum {
    ABANDONED("abandoned"),
    DUPLICATE("duplicate"),
    FRAUDULENT("fraudulent"),
    REQUESTED_BY_CUSTOMER("requested_by_customer");

    private final String value;

    CancellationReason(String value) {
      this.value = value;
    }

    @Override
    public String getValue() {
      return value;
    }
  }
}
