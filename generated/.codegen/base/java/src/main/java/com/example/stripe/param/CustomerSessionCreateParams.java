// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.param;

import com.example.stripe.net.ApiParams;
import com.example.stripe.net.WireEnum;
import java.util.List;
import java.util.Map;

/**
 * Params of Create a Customer Session.
 */
public final class CustomerSessionCreateParams extends ApiParams {
  private CustomerSessionCreateParams(Map<String, Object> values) {
    super(values);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Configuration for each component. At least one component must be enabled ({@code enabled:
   * true}); this cannot be expressed in the schema and is checked by the server.
   */
  public Components getComponents() {
    return get("components", Components.class);
  }

  /**
   * ID of an existing Customer to create the Customer Session for.
   */
  public String getCustomer() {
    return get("customer", String.class);
  }

  /**
   * ID of an existing Account to create the Customer Session for.
   */
  public String getCustomerAccount() {
    return get("customer_account", String.class);
  }

  /**
   * Fields of the response to expand.
   */
  public List<String> getExpand() {
    return getList("expand");
  }

  /** Builds {@link CustomerSessionCreateParams}: each setter returns the builder. */
  public static final class Builder extends ApiParams.Builder<Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * <strong>Required.</strong> Configuration for each component. At least one component must be
     * enabled ({@code enabled: true}); this cannot be expressed in the schema and is checked by the
     * server.
     */
    public Builder setComponents(Components components) {
      return set("components", components);
    }

    /**
     * ID of an existing Customer to create the Customer Session for.
     */
    public Builder setCustomer(String customer) {
      return set("customer", customer);
    }

    /**
     * ID of an existing Account to create the Customer Session for.
     */
    public Builder setCustomerAccount(String customerAccount) {
      return set("customer_account", customerAccount);
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
    public CustomerSessionCreateParams build() {
      return new CustomerSessionCreateParams(values("customer_sessions.create", "components"));
    }
  }

  /**
   * Configuration for each component. At least one component must be enabled ({@code enabled:
   * true}); this cannot be expressed in the schema and is checked by the server.
   */
  public static final class Components extends ApiParams {
    private Components(Map<String, Object> values) {
      super(values);
    }

    public static Builder builder() {
      return new Builder();
    }

    /**
     * Configuration for the active entitlements component.
     */
    public ActiveEntitlements getActiveEntitlements() {
      return get("active_entitlements", ActiveEntitlements.class);
    }

    /**
     * Configuration for the buy button.
     */
    public BuyButton getBuyButton() {
      return get("buy_button", BuyButton.class);
    }

    /**
     * Configuration for the customer portal component.
     */
    public CustomerPortal getCustomerPortal() {
      return get("customer_portal", CustomerPortal.class);
    }

    /**
     * Configuration for the customer sheet.
     */
    public CustomerSheet getCustomerSheet() {
      return get("customer_sheet", CustomerSheet.class);
    }

    /**
     * Configuration for the mobile Payment Element.
     */
    public MobilePaymentElement getMobilePaymentElement() {
      return get("mobile_payment_element", MobilePaymentElement.class);
    }

    /**
     * Configuration for the Payment Element.
     */
    public PaymentElement getPaymentElement() {
      return get("payment_element", PaymentElement.class);
    }

    /**
     * Configuration for the pricing table.
     */
    public PricingTable getPricingTable() {
      return get("pricing_table", PricingTable.class);
    }

    /** Builds {@link Components}: each setter returns the builder. */
    public static final class Builder extends ApiParams.Builder<Builder> {
      private Builder() {}

      @Override
      protected Builder self() {
        return this;
      }

      /**
       * Configuration for the active entitlements component.
       */
      public Builder setActiveEntitlements(ActiveEntitlements activeEntitlements) {
        return set("active_entitlements", activeEntitlements);
      }

      /**
       * Configuration for the buy button.
       */
      public Builder setBuyButton(BuyButton buyButton) {
        return set("buy_button", buyButton);
      }

      /**
       * Configuration for the customer portal component.
       */
      public Builder setCustomerPortal(CustomerPortal customerPortal) {
        return set("customer_portal", customerPortal);
      }

      /**
       * Configuration for the customer sheet.
       */
      public Builder setCustomerSheet(CustomerSheet customerSheet) {
        return set("customer_sheet", customerSheet);
      }

      /**
       * Configuration for the mobile Payment Element.
       */
      public Builder setMobilePaymentElement(MobilePaymentElement mobilePaymentElement) {
        return set("mobile_payment_element", mobilePaymentElement);
      }

      /**
       * Configuration for the Payment Element.
       */
      public Builder setPaymentElement(PaymentElement paymentElement) {
        return set("payment_element", paymentElement);
      }

      /**
       * Configuration for the pricing table.
       */
      public Builder setPricingTable(PricingTable pricingTable) {
        return set("pricing_table", pricingTable);
      }

      /** The params; throws {@link IllegalStateException} when a required param is not set. */
      public Components build() {
        return new Components(values("customer_sessions.create"));
      }
    }

    /**
     * Configuration for the active entitlements component.
     */
    public static final class ActiveEntitlements extends ApiParams {
      private ActiveEntitlements(Map<String, Object> values) {
        super(values);
      }

      public static Builder builder() {
        return new Builder();
      }

      /**
       * Whether the client may retrieve the customer's active entitlements.
       */
      public Boolean getEnabled() {
        return get("enabled", Boolean.class);
      }

      /** Builds {@link ActiveEntitlements}: each setter returns the builder. */
      public static final class Builder extends ApiParams.Builder<Builder> {
        private Builder() {}

        @Override
        protected Builder self() {
          return this;
        }

        /**
         * <strong>Required.</strong> Whether the client may retrieve the customer's active entitlements.
         */
        public Builder setEnabled(Boolean enabled) {
          return set("enabled", enabled);
        }

        /** The params; throws {@link IllegalStateException} when a required param is not set. */
        public ActiveEntitlements build() {
          return new ActiveEntitlements(values("customer_sessions.create", "enabled"));
        }
      }
    }

    /**
     * Configuration for the buy button.
     */
    public static final class BuyButton extends ApiParams {
      private BuyButton(Map<String, Object> values) {
        super(values);
      }

      public static Builder builder() {
        return new Builder();
      }

      /**
       * Whether the buy button is enabled.
       */
      public Boolean getEnabled() {
        return get("enabled", Boolean.class);
      }

      /** Builds {@link BuyButton}: each setter returns the builder. */
      public static final class Builder extends ApiParams.Builder<Builder> {
        private Builder() {}

        @Override
        protected Builder self() {
          return this;
        }

        /**
         * <strong>Required.</strong> Whether the buy button is enabled.
         */
        public Builder setEnabled(Boolean enabled) {
          return set("enabled", enabled);
        }

        /** The params; throws {@link IllegalStateException} when a required param is not set. */
        public BuyButton build() {
          return new BuyButton(values("customer_sessions.create", "enabled"));
        }
      }
    }

    /**
     * Configuration for the customer portal component.
     */
    public static final class CustomerPortal extends ApiParams {
      private CustomerPortal(Map<String, Object> values) {
        super(values);
      }

      public static Builder builder() {
        return new Builder();
      }

      /**
       * Whether the client may open the customer portal for this customer.
       */
      public Boolean getEnabled() {
        return get("enabled", Boolean.class);
      }

      /** Builds {@link CustomerPortal}: each setter returns the builder. */
      public static final class Builder extends ApiParams.Builder<Builder> {
        private Builder() {}

        @Override
        protected Builder self() {
          return this;
        }

        /**
         * <strong>Required.</strong> Whether the client may open the customer portal for this customer.
         */
        public Builder setEnabled(Boolean enabled) {
          return set("enabled", enabled);
        }

        /** The params; throws {@link IllegalStateException} when a required param is not set. */
        public CustomerPortal build() {
          return new CustomerPortal(values("customer_sessions.create", "enabled"));
        }
      }
    }

    /**
     * Configuration for the customer sheet.
     */
    public static final class CustomerSheet extends ApiParams {
      private CustomerSheet(Map<String, Object> values) {
        super(values);
      }

      public static Builder builder() {
        return new Builder();
      }

      /**
       * Whether the customer sheet is enabled.
       */
      public Boolean getEnabled() {
        return get("enabled", Boolean.class);
      }

      /**
       * The features the customer sheet supports.
       */
      public Features getFeatures() {
        return get("features", Features.class);
      }

      /** Builds {@link CustomerSheet}: each setter returns the builder. */
      public static final class Builder extends ApiParams.Builder<Builder> {
        private Builder() {}

        @Override
        protected Builder self() {
          return this;
        }

        /**
         * <strong>Required.</strong> Whether the customer sheet is enabled.
         */
        public Builder setEnabled(Boolean enabled) {
          return set("enabled", enabled);
        }

        /**
         * The features the customer sheet supports.
         */
        public Builder setFeatures(Features features) {
          return set("features", features);
        }

        /** The params; throws {@link IllegalStateException} when a required param is not set. */
        public CustomerSheet build() {
          return new CustomerSheet(values("customer_sessions.create", "enabled"));
        }
      }

      /**
       * The features the customer sheet supports.
       */
      public static final class Features extends ApiParams {
        private Features(Map<String, Object> values) {
          super(values);
        }

        public static Builder builder() {
          return new Builder();
        }

        /**
         * Only saved payment methods whose {@code allow_redisplay} value is in this list are shown.
         * Defaults to {@code ["always"]}; list all three values to show every saved payment method.
         */
        public List<PaymentMethodAllowRedisplayFilter> getPaymentMethodAllowRedisplayFilters() {
          return getList("payment_method_allow_redisplay_filters");
        }

        /**
         * Whether the customer sheet offers to remove a saved payment method. Removing one detaches it
         * from the customer, which affects any subscription that relies on it.
         */
        public PaymentMethodRemove getPaymentMethodRemove() {
          return get("payment_method_remove", PaymentMethodRemove.class);
        }

        /** Builds {@link Features}: each setter returns the builder. */
        public static final class Builder extends ApiParams.Builder<Builder> {
          private Builder() {}

          @Override
          protected Builder self() {
            return this;
          }

          /**
           * Only saved payment methods whose {@code allow_redisplay} value is in this list are shown.
           * Defaults to {@code ["always"]}; list all three values to show every saved payment method.
           * <p>
           * Adds an element to payment_method_allow_redisplay_filters.
           */
          public Builder addPaymentMethodAllowRedisplayFilter(PaymentMethodAllowRedisplayFilter element) {
            return add("payment_method_allow_redisplay_filters", element);
          }

          /**
           * Only saved payment methods whose {@code allow_redisplay} value is in this list are shown.
           * Defaults to {@code ["always"]}; list all three values to show every saved payment method.
           * <p>
           * Adds every element to payment_method_allow_redisplay_filters.
           */
          public Builder addAllPaymentMethodAllowRedisplayFilter(List<PaymentMethodAllowRedisplayFilter> elements) {
            return addAll("payment_method_allow_redisplay_filters", elements);
          }

          /**
           * Whether the customer sheet offers to remove a saved payment method. Removing one detaches it
           * from the customer, which affects any subscription that relies on it.
           */
          public Builder setPaymentMethodRemove(PaymentMethodRemove paymentMethodRemove) {
            return set("payment_method_remove", paymentMethodRemove);
          }

          /** The params; throws {@link IllegalStateException} when a required param is not set. */
          public Features build() {
            return new Features(values("customer_sessions.create"));
          }
        }

        public enum PaymentMethodAllowRedisplayFilter implements WireEnum {
          ALWAYS("always"),
          LIMITED("limited"),
          UNSPECIFIED("unspecified");

          private final String value;

          PaymentMethodAllowRedisplayFilter(String value) {
            this.value = value;
          }

          @Override
          public String getValue() {
            return value;
          }
        }

        /**
         * Whether the customer sheet offers to remove a saved payment method. Removing one detaches it
         * from the customer, which affects any subscription that relies on it.
         */
        public enum PaymentMethodRemove implements WireEnum {
          DISABLED("disabled"),
          ENABLED("enabled");

          private final String value;

          PaymentMethodRemove(String value) {
            this.value = value;
          }

          @Override
          public String getValue() {
            return value;
          }
        }
      }
    }

    /**
     * Configuration for the mobile Payment Element.
     */
    public static final class MobilePaymentElement extends ApiParams {
      private MobilePaymentElement(Map<String, Object> values) {
        super(values);
      }

      public static Builder builder() {
        return new Builder();
      }

      /**
       * Whether the mobile Payment Element is enabled.
       */
      public Boolean getEnabled() {
        return get("enabled", Boolean.class);
      }

      /**
       * The features the mobile Payment Element supports.
       */
      public Features getFeatures() {
        return get("features", Features.class);
      }

      /** Builds {@link MobilePaymentElement}: each setter returns the builder. */
      public static final class Builder extends ApiParams.Builder<Builder> {
        private Builder() {}

        @Override
        protected Builder self() {
          return this;
        }

        /**
         * <strong>Required.</strong> Whether the mobile Payment Element is enabled.
         */
        public Builder setEnabled(Boolean enabled) {
          return set("enabled", enabled);
        }

        /**
         * The features the mobile Payment Element supports.
         */
        public Builder setFeatures(Features features) {
          return set("features", features);
        }

        /** The params; throws {@link IllegalStateException} when a required param is not set. */
        public MobilePaymentElement build() {
          return new MobilePaymentElement(values("customer_sessions.create", "enabled"));
        }
      }

      /**
       * The features the mobile Payment Element supports.
       */
      public static final class Features extends ApiParams {
        private Features(Map<String, Object> values) {
          super(values);
        }

        public static Builder builder() {
          return new Builder();
        }

        /**
         * Only saved payment methods whose {@code allow_redisplay} value is in this list are shown.
         * Defaults to {@code ["always"]}; list all three values to show every saved payment method.
         */
        public List<PaymentMethodAllowRedisplayFilter> getPaymentMethodAllowRedisplayFilters() {
          return getList("payment_method_allow_redisplay_filters");
        }

        /**
         * Whether the mobile Payment Element shows the customer's saved payment methods.
         */
        public PaymentMethodRedisplay getPaymentMethodRedisplay() {
          return get("payment_method_redisplay", PaymentMethodRedisplay.class);
        }

        /**
         * Whether the mobile Payment Element offers to remove a saved payment method.
         */
        public PaymentMethodRemove getPaymentMethodRemove() {
          return get("payment_method_remove", PaymentMethodRemove.class);
        }

        /**
         * Whether the mobile Payment Element shows a checkbox offering to save a new payment method.
         */
        public PaymentMethodSave getPaymentMethodSave() {
          return get("payment_method_save", PaymentMethodSave.class);
        }

        /**
         * The {@code allow_redisplay} value given to a newly saved payment method when {@code
         * payment_method_save} is {@code disabled}. No override when omitted.
         */
        public PaymentMethodSaveAllowRedisplayOverride getPaymentMethodSaveAllowRedisplayOverride() {
          return get("payment_method_save_allow_redisplay_override", PaymentMethodSaveAllowRedisplayOverride.class);
        }

        /** Builds {@link Features}: each setter returns the builder. */
        public static final class Builder extends ApiParams.Builder<Builder> {
          private Builder() {}

          @Override
          protected Builder self() {
            return this;
          }

          /**
           * Only saved payment methods whose {@code allow_redisplay} value is in this list are shown.
           * Defaults to {@code ["always"]}; list all three values to show every saved payment method.
           * <p>
           * Adds an element to payment_method_allow_redisplay_filters.
           */
          public Builder addPaymentMethodAllowRedisplayFilter(PaymentMethodAllowRedisplayFilter element) {
            return add("payment_method_allow_redisplay_filters", element);
          }

          /**
           * Only saved payment methods whose {@code allow_redisplay} value is in this list are shown.
           * Defaults to {@code ["always"]}; list all three values to show every saved payment method.
           * <p>
           * Adds every element to payment_method_allow_redisplay_filters.
           */
          public Builder addAllPaymentMethodAllowRedisplayFilter(List<PaymentMethodAllowRedisplayFilter> elements) {
            return addAll("payment_method_allow_redisplay_filters", elements);
          }

          /**
           * Whether the mobile Payment Element shows the customer's saved payment methods.
           */
          public Builder setPaymentMethodRedisplay(PaymentMethodRedisplay paymentMethodRedisplay) {
            return set("payment_method_redisplay", paymentMethodRedisplay);
          }

          /**
           * Whether the mobile Payment Element offers to remove a saved payment method.
           */
          public Builder setPaymentMethodRemove(PaymentMethodRemove paymentMethodRemove) {
            return set("payment_method_remove", paymentMethodRemove);
          }

          /**
           * Whether the mobile Payment Element shows a checkbox offering to save a new payment method.
           */
          public Builder setPaymentMethodSave(PaymentMethodSave paymentMethodSave) {
            return set("payment_method_save", paymentMethodSave);
          }

          /**
           * The {@code allow_redisplay} value given to a newly saved payment method when {@code
           * payment_method_save} is {@code disabled}. No override when omitted.
           */
          public Builder setPaymentMethodSaveAllowRedisplayOverride(PaymentMethodSaveAllowRedisplayOverride paymentMethodSaveAllowRedisplayOverride) {
            return set("payment_method_save_allow_redisplay_override", paymentMethodSaveAllowRedisplayOverride);
          }

          /** The params; throws {@link IllegalStateException} when a required param is not set. */
          public Features build() {
            return new Features(values("customer_sessions.create"));
          }
        }

        public enum PaymentMethodAllowRedisplayFilter implements WireEnum {
          ALWAYS("always"),
          LIMITED("limited"),
          UNSPECIFIED("unspecified");

          private final String value;

          PaymentMethodAllowRedisplayFilter(String value) {
            this.value = value;
          }

          @Override
          public String getValue() {
            return value;
          }
        }

        /**
         * Whether the mobile Payment Element shows the customer's saved payment methods.
         */
        public enum PaymentMethodRedisplay implements WireEnum {
          DISABLED("disabled"),
          ENABLED("enabled");

          private final String value;

          PaymentMethodRedisplay(String value) {
            this.value = value;
          }

          @Override
          public String getValue() {
            return value;
          }
        }

        /**
         * Whether the mobile Payment Element offers to remove a saved payment method.
         */
        public enum PaymentMethodRemove implements WireEnum {
          DISABLED("disabled"),
          ENABLED("enabled");

          private final String value;

          PaymentMethodRemove(String value) {
            this.value = value;
          }

          @Override
          public String getValue() {
            return value;
          }
        }

        /**
         * Whether the mobile Payment Element shows a checkbox offering to save a new payment method.
         */
        public enum PaymentMethodSave implements WireEnum {
          DISABLED("disabled"),
          ENABLED("enabled");

          private final String value;

          PaymentMethodSave(String value) {
            this.value = value;
          }

          @Override
          public String getValue() {
            return value;
          }
        }

        /**
         * The {@code allow_redisplay} value given to a newly saved payment method when {@code
         * payment_method_save} is {@code disabled}. No override when omitted.
         */
        public enum PaymentMethodSaveAllowRedisplayOverride implements WireEnum {
          ALWAYS("always"),
          LIMITED("limited"),
          UNSPECIFIED("unspecified");

          private final String value;

          PaymentMethodSaveAllowRedisplayOverride(String value) {
            this.value = value;
          }

          @Override
          public String getValue() {
            return value;
          }
        }
      }
    }

    /**
     * Configuration for the Payment Element.
     */
    public static final class PaymentElement extends ApiParams {
      private PaymentElement(Map<String, Object> values) {
        super(values);
      }

      public static Builder builder() {
        return new Builder();
      }

      /**
       * Whether the Payment Element is enabled.
       */
      public Boolean getEnabled() {
        return get("enabled", Boolean.class);
      }

      /**
       * The features the Payment Element supports.
       */
      public Features getFeatures() {
        return get("features", Features.class);
      }

      /** Builds {@link PaymentElement}: each setter returns the builder. */
      public static final class Builder extends ApiParams.Builder<Builder> {
        private Builder() {}

        @Override
        protected Builder self() {
          return this;
        }

        /**
         * <strong>Required.</strong> Whether the Payment Element is enabled.
         */
        public Builder setEnabled(Boolean enabled) {
          return set("enabled", enabled);
        }

        /**
         * The features the Payment Element supports.
         */
        public Builder setFeatures(Features features) {
          return set("features", features);
        }

        /** The params; throws {@link IllegalStateException} when a required param is not set. */
        public PaymentElement build() {
          return new PaymentElement(values("customer_sessions.create", "enabled"));
        }
      }

      /**
       * The features the Payment Element supports.
       */
      public static final class Features extends ApiParams {
        private Features(Map<String, Object> values) {
          super(values);
        }

        public static Builder builder() {
          return new Builder();
        }

        /**
         * Only saved payment methods whose {@code allow_redisplay} value is in this list are shown.
         * Defaults to {@code ["always"]}; list all three values to show every saved payment method.
         */
        public List<PaymentMethodAllowRedisplayFilter> getPaymentMethodAllowRedisplayFilters() {
          return getList("payment_method_allow_redisplay_filters");
        }

        /**
         * Whether the Payment Element shows the customer's saved payment methods. Defaults to {@code
         * disabled}.
         */
        public PaymentMethodRedisplay getPaymentMethodRedisplay() {
          return get("payment_method_redisplay", PaymentMethodRedisplay.class);
        }

        /**
         * The largest number of saved payment methods to show. Defaults to 3; at most 10.
         */
        public Long getPaymentMethodRedisplayLimit() {
          return get("payment_method_redisplay_limit", Long.class);
        }

        /**
         * Whether the Payment Element offers to remove a saved payment method. Defaults to {@code
         * disabled}.
         */
        public PaymentMethodRemove getPaymentMethodRemove() {
          return get("payment_method_remove", PaymentMethodRemove.class);
        }

        /**
         * Whether the Payment Element shows a checkbox offering to save a new payment method. Defaults to
         * {@code disabled}.
         */
        public PaymentMethodSave getPaymentMethodSave() {
          return get("payment_method_save", PaymentMethodSave.class);
        }

        /**
         * With PaymentIntents, the {@code setup_future_usage} value used when the customer ticks the save
         * checkbox.
         */
        public PaymentMethodSaveUsage getPaymentMethodSaveUsage() {
          return get("payment_method_save_usage", PaymentMethodSaveUsage.class);
        }

        /** Builds {@link Features}: each setter returns the builder. */
        public static final class Builder extends ApiParams.Builder<Builder> {
          private Builder() {}

          @Override
          protected Builder self() {
            return this;
          }

          /**
           * Only saved payment methods whose {@code allow_redisplay} value is in this list are shown.
           * Defaults to {@code ["always"]}; list all three values to show every saved payment method.
           * <p>
           * Adds an element to payment_method_allow_redisplay_filters.
           */
          public Builder addPaymentMethodAllowRedisplayFilter(PaymentMethodAllowRedisplayFilter element) {
            return add("payment_method_allow_redisplay_filters", element);
          }

          /**
           * Only saved payment methods whose {@code allow_redisplay} value is in this list are shown.
           * Defaults to {@code ["always"]}; list all three values to show every saved payment method.
           * <p>
           * Adds every element to payment_method_allow_redisplay_filters.
           */
          public Builder addAllPaymentMethodAllowRedisplayFilter(List<PaymentMethodAllowRedisplayFilter> elements) {
            return addAll("payment_method_allow_redisplay_filters", elements);
          }

          /**
           * Whether the Payment Element shows the customer's saved payment methods. Defaults to {@code
           * disabled}.
           */
          public Builder setPaymentMethodRedisplay(PaymentMethodRedisplay paymentMethodRedisplay) {
            return set("payment_method_redisplay", paymentMethodRedisplay);
          }

          /**
           * The largest number of saved payment methods to show. Defaults to 3; at most 10.
           */
          public Builder setPaymentMethodRedisplayLimit(Long paymentMethodRedisplayLimit) {
            return set("payment_method_redisplay_limit", paymentMethodRedisplayLimit);
          }

          /**
           * Whether the Payment Element offers to remove a saved payment method. Defaults to {@code
           * disabled}.
           */
          public Builder setPaymentMethodRemove(PaymentMethodRemove paymentMethodRemove) {
            return set("payment_method_remove", paymentMethodRemove);
          }

          /**
           * Whether the Payment Element shows a checkbox offering to save a new payment method. Defaults to
           * {@code disabled}.
           */
          public Builder setPaymentMethodSave(PaymentMethodSave paymentMethodSave) {
            return set("payment_method_save", paymentMethodSave);
          }

          /**
           * With PaymentIntents, the {@code setup_future_usage} value used when the customer ticks the save
           * checkbox.
           */
          public Builder setPaymentMethodSaveUsage(PaymentMethodSaveUsage paymentMethodSaveUsage) {
            return set("payment_method_save_usage", paymentMethodSaveUsage);
          }

          /** The params; throws {@link IllegalStateException} when a required param is not set. */
          public Features build() {
            return new Features(values("customer_sessions.create"));
          }
        }

        public enum PaymentMethodAllowRedisplayFilter implements WireEnum {
          ALWAYS("always"),
          LIMITED("limited"),
          UNSPECIFIED("unspecified");

          private final String value;

          PaymentMethodAllowRedisplayFilter(String value) {
            this.value = value;
          }

          @Override
          public String getValue() {
            return value;
          }
        }

        /**
         * Whether the Payment Element shows the customer's saved payment methods. Defaults to {@code
         * disabled}.
         */
        public enum PaymentMethodRedisplay implements WireEnum {
          DISABLED("disabled"),
          ENABLED("enabled");

          private final String value;

          PaymentMethodRedisplay(String value) {
            this.value = value;
          }

          @Override
          public String getValue() {
            return value;
          }
        }

        /**
         * Whether the Payment Element offers to remove a saved payment method. Defaults to {@code
         * disabled}.
         */
        public enum PaymentMethodRemove implements WireEnum {
          DISABLED("disabled"),
          ENABLED("enabled");

          private final String value;

          PaymentMethodRemove(String value) {
            this.value = value;
          }

          @Override
          public String getValue() {
            return value;
          }
        }

        /**
         * Whether the Payment Element shows a checkbox offering to save a new payment method. Defaults to
         * {@code disabled}.
         */
        public enum PaymentMethodSave implements WireEnum {
          DISABLED("disabled"),
          ENABLED("enabled");

          private final String value;

          PaymentMethodSave(String value) {
            this.value = value;
          }

          @Override
          public String getValue() {
            return value;
          }
        }

        /**
         * With PaymentIntents, the {@code setup_future_usage} value used when the customer ticks the save
         * checkbox.
         */
        public enum PaymentMethodSaveUsage implements WireEnum {
          OFF_SESSION("off_session"),
          ON_SESSION("on_session");

          private final String value;

          PaymentMethodSaveUsage(String value) {
            this.value = value;
          }

          @Override
          public String getValue() {
            return value;
          }
        }
      }
    }

    /**
     * Configuration for the pricing table.
     */
    public static final class PricingTable extends ApiParams {
      private PricingTable(Map<String, Object> values) {
        super(values);
      }

      public static Builder builder() {
        return new Builder();
      }

      /**
       * Whether the pricing table is enabled.
       */
      public Boolean getEnabled() {
        return get("enabled", Boolean.class);
      }

      /** Builds {@link PricingTable}: each setter returns the builder. */
      public static final class Builder extends ApiParams.Builder<Builder> {
        private Builder() {}

        @Override
        protected Builder self() {
          return this;
        }

        /**
         * <strong>Required.</strong> Whether the pricing table is enabled.
         */
        public Builder setEnabled(Boolean enabled) {
          return set("enabled", enabled);
        }

        /** The params; throws {@link IllegalStateException} when a required param is not set. */
        public PricingTable build() {
          return new PricingTable(values("customer_sessions.create", "enabled"));
        }
      }
    }
  }
}
