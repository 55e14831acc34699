// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.param;

import com.example.stripe.net.ApiParams;
import java.util.List;
import java.util.Map;

/**
 * Params of Confirm a SetupIntent.
 */
public final class SetupIntentConfirmParams extends ApiParams {
  private SetupIntentConfirmParams(Map<String, Object> values) {
    super(values);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The client secret of the SetupIntent.
   */
  public String getClientSecret() {
    return get("client_secret", String.class);
  }

  /**
   * Fields of the response to expand.
   */
  public List<String> getExpand() {
    return getList("expand");
  }

  /**
   * ID of the payment method to attach to this SetupIntent.
   */
  public String getPaymentMethod() {
    return get("payment_method", String.class);
  }

  /**
   * Where the customer is sent after authenticating or canceling on the payment method's app or
   * site.
   */
  public String getReturnUrl() {
    return get("return_url", String.class);
  }

  /**
   * Set to {@code true} when confirming server-side and handling next actions with a Stripe client
   * SDK.
   */
  public Boolean getUseStripeSdk() {
    return get("use_stripe_sdk", Boolean.class);
  }

  /** Builds {@link SetupIntentConfirmParams}: each setter returns the builder. */
  public static final class Builder extends ApiParams.Builder<Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * The client secret of the SetupIntent.
     */
    public Builder setClientSecret(String clientSecret) {
      return set("client_secret", clientSecret);
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
     * ID of the payment method to attach to this SetupIntent.
     */
    public Builder setPaymentMethod(String paymentMethod) {
      return set("payment_method", paymentMethod);
    }

    /**
     * Where the customer is sent after authenticating or canceling on the payment method's app or
     * site.
     */
    public Builder setReturnUrl(String returnUrl) {
      return set("return_url", returnUrl);
    }

    /**
     * Set to {@code true} when confirming server-side and handling next actions with a Stripe client
     * SDK.
     */
    public Builder setUseStripeSdk(Boolean useStripeSdk) {
      return set("use_stripe_sdk", useStripeSdk);
    }

    /** The params; throws {@link IllegalStateException} when a required param is not set. */
    public SetupIntentConfirmParams build() {
      return new SetupIntentConfirmParams(values("setup_intents.confirm"));
    }
  }
}
