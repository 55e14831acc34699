// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.param;

import com.example.stripe.net.ApiParams;
import com.example.stripe.net.WireEnum;
import java.util.List;
import java.util.Map;

/**
 * Params of Create a SetupIntent.
 */
public final class SetupIntentCreateParams extends ApiParams {
  private SetupIntentCreateParams(Map<String, Object> values) {
    super(values);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * When {@code true}, attach the payment method to the in-context Stripe account once setup
   * succeeds. Cannot be combined with {@code customer}.
   */
  public Boolean getAttachToSelf() {
    return get("attach_to_self", Boolean.class);
  }

  /**
   * Let Stripe choose the payment methods to offer from your Dashboard settings.
   */
  public AutomaticPaymentMethods getAutomaticPaymentMethods() {
    return get("automatic_payment_methods", AutomaticPaymentMethods.class);
  }

  /**
   * Set to {@code true} to confirm the SetupIntent right away. Defaults to {@code false}.
   */
  public Boolean getConfirm() {
    return get("confirm", Boolean.class);
  }

  /**
   * ID of the Customer this SetupIntent belongs to. The payment method is attached to this customer
   * once setup succeeds.
   */
  public String getCustomer() {
    return get("customer", String.class);
  }

  /**
   * An arbitrary string attached to the object, often useful for display.
   */
  public String getDescription() {
    return get("description", String.class);
  }

  /**
   * Fields of the response to expand.
   */
  public List<String> getExpand() {
    return getList("expand");
  }

  /**
   * The directions money may flow with this payment method. Defaults to both when omitted.
   */
  public List<FlowDirection> getFlowDirections() {
    return getList("flow_directions");
  }

  /**
   * Key-value pairs to store on the object.
   */
  public Map<String, String> getMetadata() {
    return getMap("metadata");
  }

  /**
   * The Stripe account ID this SetupIntent is created for.
   */
  public String getOnBehalfOf() {
    return get("on_behalf_of", String.class);
  }

  /**
   * ID of the payment method to attach to this SetupIntent.
   */
  public String getPaymentMethod() {
    return get("payment_method", String.class);
  }

  /**
   * The payment method types this SetupIntent may use. Defaults to {@code ["card"]}.
   */
  public List<String> getPaymentMethodTypes() {
    return getList("payment_method_types");
  }

  /**
   * Where the customer is sent after authenticating or canceling on the payment method's app or
   * site. Only with {@code confirm=true}.
   */
  public String getReturnUrl() {
    return get("return_url", String.class);
  }

  /**
   * How the payment method will be used in future payments. Defaults to {@code off_session}.
   */
  public Usage getUsage() {
    return get("usage", Usage.class);
  }

  /**
   * Set to {@code true} when confirming server-side and handling next actions with a Stripe client
   * SDK.
   */
  public Boolean getUseStripeSdk() {
    return get("use_stripe_sdk", Boolean.class);
  }

  /** Builds {@link SetupIntentCreateParams}: each setter returns the builder. */
  public static final class Builder extends ApiParams.Builder<Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * When {@code true}, attach the payment method to the in-context Stripe account once setup
     * succeeds. Cannot be combined with {@code customer}.
     */
    public Builder setAttachToSelf(Boolean attachToSelf) {
      return set("attach_to_self", attachToSelf);
    }

    /**
     * Let Stripe choose the payment methods to offer from your Dashboard settings.
     */
    public Builder setAutomaticPaymentMethods(AutomaticPaymentMethods automaticPaymentMethods) {
      return set("automatic_payment_methods", automaticPaymentMethods);
    }

    /**
     * Set to {@code true} to confirm the SetupIntent right away. Defaults to {@code false}.
     */
    public Builder setConfirm(Boolean confirm) {
      return set("confirm", confirm);
    }

    /**
     * ID of the Customer this SetupIntent belongs to. The payment method is attached to this customer
     * once setup succeeds.
     */
    public Builder setCustomer(String customer) {
      return set("customer", customer);
    }

    /**
     * An arbitrary string attached to the object, often useful for display.
     */
    public Builder setDescription(String description) {
      return set("description", description);
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
     * The directions money may flow with this payment method. Defaults to both when omitted.
     * <p>
     * Adds an element to flow_directions.
     */
    public Builder addFlowDirection(FlowDirection element) {
      return add("flow_directions", element);
    }

    /**
     * The directions money may flow with this payment method. Defaults to both when omitted.
     * <p>
     * Adds every element to flow_directions.
     */
    public Builder addAllFlowDirection(List<FlowDirection> elements) {
      return addAll("flow_directions", elements);
    }

    /**
     * Key-value pairs to store on the object.
     * <p>
     * Puts a key into metadata.
     */
    public Builder putMetadata(String key, String value) {
      return put("metadata", key, value);
    }

    /**
     * Key-value pairs to store on the object.
     * <p>
     * Puts every entry into metadata.
     */
    public Builder putAllMetadata(Map<String, String> map) {
      return putAll("metadata", map);
    }

    /**
     * The Stripe account ID this SetupIntent is created for.
     */
    public Builder setOnBehalfOf(String onBehalfOf) {
      return set("on_behalf_of", onBehalfOf);
    }

    /**
     * ID of the payment method to attach to this SetupIntent.
     */
    public Builder setPaymentMethod(String paymentMethod) {
      return set("payment_method", paymentMethod);
    }

    /**
     * The payment method types this SetupIntent may use. Defaults to {@code ["card"]}.
     * <p>
     * Adds an element to payment_method_types.
     */
    public Builder addPaymentMethodType(String element) {
      return add("payment_method_types", element);
    }

    /**
     * The payment method types this SetupIntent may use. Defaults to {@code ["card"]}.
     * <p>
     * Adds every element to payment_method_types.
     */
    public Builder addAllPaymentMethodType(List<String> elements) {
      return addAll("payment_method_types", elements);
    }

    /**
     * Where the customer is sent after authenticating or canceling on the payment method's app or
     * site. Only with {@code confirm=true}.
     */
    public Builder setReturnUrl(String returnUrl) {
      return set("return_url", returnUrl);
    }

    /**
     * How the payment method will be used in future payments. Defaults to {@code off_session}.
     */
    public Builder setUsage(Usage usage) {
      return set("usage", usage);
    }

    /**
     * Set to {@code true} when confirming server-side and handling next actions with a Stripe client
     * SDK.
     */
    public Builder setUseStripeSdk(Boolean useStripeSdk) {
      return set("use_stripe_sdk", useStripeSdk);
    }

    /** The params; throws {@link IllegalStateException} when a required param is not set. */
    public SetupIntentCreateParams build() {
      return new SetupIntentCreateParams(values("setup_intents.create"));
    }
  }

  /**
   * Let Stripe choose the payment methods to offer from your Dashboard settings.
   */
  public static final class AutomaticPaymentMethods extends ApiParams {
    private AutomaticPaymentMethods(Map<String, Object> values) {
      super(values);
    }

    public static Builder builder() {
      return new Builder();
    }

    /**
     * Whether payment methods that require a redirect may be offered. Defaults to {@code always}.
     */
    public AllowRedirects getAllowRedirects() {
      return get("allow_redirects", AllowRedirects.class);
    }

    /**
     * Whether automatic payment methods are enabled.
     */
    public Boolean getEnabled() {
      return get("enabled", Boolean.class);
    }

    /** Builds {@link AutomaticPaymentMethods}: each setter returns the builder. */
    public static final class Builder extends ApiParams.Builder<Builder> {
      private Builder() {}

      @Override
      protected Builder self() {
        return this;
      }

      /**
       * Whether payment methods that require a redirect may be offered. Defaults to {@code always}.
       */
      public Builder setAllowRedirects(AllowRedirects allowRedirects) {
        return set("allow_redirects", allowRedirects);
      }

      /**
       * <strong>Required.</strong> Whether automatic payment methods are enabled.
       */
      public Builder setEnabled(Boolean enabled) {
        return set("enabled", enabled);
      }

      /** The params; throws {@link IllegalStateException} when a required param is not set. */
      public AutomaticPaymentMethods build() {
        return new AutomaticPaymentMethods(values("setup_intents.create", "enabled"));
      }
    }

    /**
     * Whether payment methods that require a redirect may be offered. Defaults to {@code always}.
     */
    public enum AllowRedirects implements WireEnum {
      ALWAYS("always"),
      NEVER("never");

      private final String value;

      AllowRedirects(String value) {
        this.value = value;
      }

      @Override
      public String getValue() {
        return value;
      }
    }
  }

  public enum FlowDirection implements WireEnum {
    INBOUND("inbound"),
    OUTBOUND("outbound");

    private final String value;

    FlowDirection(String value) {
      this.value = value;
    }

    @Override
    public String getValue() {
      return value;
    }
  }

  /**
   * How the payment method will be used in future payments. Defaults to {@code off_session}.
   */
  public enum Usage implements WireEnum {
    OFF_SESSION("off_session"),
    ON_SESSION("on_session");

    private final String value;

    Usage(String value) {
      this.value = value;
    }

    @Override
    public String getValue() {
      return value;
    }
  }
}
