// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.param;

import com.example.stripe.net.ApiParams;
import com.example.stripe.net.WireEnum;
import java.util.List;
import java.util.Map;

/**
 * Params of Create a PaymentIntent.
 */
public final class PaymentIntentCreateParams extends ApiParams {
  private PaymentIntentCreateParams(Map<String, Object> values) {
    super(values);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Amount to collect, as a positive integer in the smallest currency unit (for example 100 cents to
   * charge $1.00).
   */
  public Long getAmount() {
    return get("amount", Long.class);
  }

  /**
   * Let Stripe choose the payment methods to offer from your Dashboard settings.
   */
  public AutomaticPaymentMethods getAutomaticPaymentMethods() {
    return get("automatic_payment_methods", AutomaticPaymentMethods.class);
  }

  /**
   * When the funds are captured from the customer's account.
   */
  public CaptureMethod getCaptureMethod() {
    return get("capture_method", CaptureMethod.class);
  }

  /**
   * Set to {@code true} to confirm the PaymentIntent right away. Defaults to {@code false}.
   */
  public Boolean getConfirm() {
    return get("confirm", Boolean.class);
  }

  /**
   * {@code automatic} (the default) allows confirmation with a publishable key; {@code manual}
   * requires a secret key.
   */
  public ConfirmationMethod getConfirmationMethod() {
    return get("confirmation_method", ConfirmationMethod.class);
  }

  /**
   * Three-letter ISO currency code, in lowercase. Must be a supported currency.
   */
  public String getCurrency() {
    return get("currency", String.class);
  }

  /**
   * ID of the Customer this PaymentIntent belongs to. Payment methods attached to other customers
   * cannot be used with it.
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
   * Set to {@code true} to fail the payment attempt instead of moving to {@code requires_action}.
   * Only with {@code confirm=true}.
   */
  public Boolean getErrorOnRequiresAction() {
    return get("error_on_requires_action", Boolean.class);
  }

  /**
   * Fields of the response to expand.
   */
  public List<String> getExpand() {
    return getList("expand");
  }

  /**
   * Key-value pairs to store on the object.
   */
  public Map<String, String> getMetadata() {
    return getMap("metadata");
  }

  /**
   * Set to {@code true} when the customer is not in your checkout flow and cannot authenticate. Only
   * with {@code confirm=true}.
   */
  public Object getOffSession() {
    return get("off_session");
  }

  /**
   * ID of the payment method to use for this PaymentIntent.
   */
  public String getPaymentMethod() {
    return get("payment_method", String.class);
  }

  /**
   * The payment method types (such as {@code card}) this PaymentIntent may use.
   */
  public List<String> getPaymentMethodTypes() {
    return getList("payment_method_types");
  }

  /**
   * Email address to send the payment receipt to.
   */
  public String getReceiptEmail() {
    return get("receipt_email", String.class);
  }

  /**
   * Where the customer is sent after authenticating or canceling on the payment method's app or
   * site. Only with {@code confirm=true}.
   */
  public String getReturnUrl() {
    return get("return_url", String.class);
  }

  /**
   * Declares that the payment method will be reused for future payments.
   */
  public SetupFutureUsage getSetupFutureUsage() {
    return get("setup_future_usage", SetupFutureUsage.class);
  }

  /**
   * Shipping information for this PaymentIntent.
   */
  public Shipping getShipping() {
    return get("shipping", Shipping.class);
  }

  /**
   * Full statement descriptor for non-card charges: at least one letter, at most 22 characters.
   */
  public String getStatementDescriptor() {
    return get("statement_descriptor", String.class);
  }

  /**
   * Appended to your account's statement descriptor prefix on card statements.
   */
  public String getStatementDescriptorSuffix() {
    return get("statement_descriptor_suffix", String.class);
  }

  /**
   * Set to {@code true} when confirming server-side and handling next actions with a Stripe client
   * SDK.
   */
  public Boolean getUseStripeSdk() {
    return get("use_stripe_sdk", Boolean.class);
  }

  /** Builds {@link PaymentIntentCreateParams}: each setter returns the builder. */
  public static final class Builder extends ApiParams.Builder<Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * <strong>Required.</strong> Amount to collect, as a positive integer in the smallest currency
     * unit (for example 100 cents to charge $1.00).
     */
    public Builder setAmount(Long amount) {
      return set("amount", amount);
    }

    /**
     * Let Stripe choose the payment methods to offer from your Dashboard settings.
     */
    public Builder setAutomaticPaymentMethods(AutomaticPaymentMethods automaticPaymentMethods) {
      return set("automatic_payment_methods", automaticPaymentMethods);
    }

    /**
     * When the funds are captured from the customer's account.
     */
    public Builder setCaptureMethod(CaptureMethod captureMethod) {
      return set("capture_method", captureMethod);
    }

    /**
     * Set to {@code true} to confirm the PaymentIntent right away. Defaults to {@code false}.
     */
    public Builder setConfirm(Boolean confirm) {
      return set("confirm", confirm);
    }

    /**
     * {@code automatic} (the default) allows confirmation with a publishable key; {@code manual}
     * requires a secret key.
     */
    public Builder setConfirmationMethod(ConfirmationMethod confirmationMethod) {
      return set("confirmation_method", confirmationMethod);
    }

    /**
     * <strong>Required.</strong> Three-letter ISO currency code, in lowercase. Must be a supported
     * currency.
     */
    public Builder setCurrency(String currency) {
      return set("currency", currency);
    }

    /**
     * ID of the Customer this PaymentIntent belongs to. Payment methods attached to other customers
     * cannot be used with it.
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
     * Set to {@code true} to fail the payment attempt instead of moving to {@code requires_action}.
     * Only with {@code confirm=true}.
     */
    public Builder setErrorOnRequiresAction(Boolean errorOnRequiresAction) {
      return set("error_on_requires_action", errorOnRequiresAction);
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
     * Set to {@code true} when the customer is not in your checkout flow and cannot authenticate. Only
     * with {@code confirm=true}.
     */
    public Builder setOffSession(Boolean offSession) {
      return set("off_session", offSession);
    }

    /**
     * Set to {@code true} when the customer is not in your checkout flow and cannot authenticate. Only
     * with {@code confirm=true}.
     */
    public Builder setOffSession(OffSession offSession) {
      return set("off_session", offSession);
    }

    /**
     * ID of the payment method to use for this PaymentIntent.
     */
    public Builder setPaymentMethod(String paymentMethod) {
      return set("payment_method", paymentMethod);
    }

    /**
     * The payment method types (such as {@code card}) this PaymentIntent may use.
     * <p>
     * Adds an element to payment_method_types.
     */
    public Builder addPaymentMethodType(String element) {
      return add("payment_method_types", element);
    }

    /**
     * The payment method types (such as {@code card}) this PaymentIntent may use.
     * <p>
     * Adds every element to payment_method_types.
     */
    public Builder addAllPaymentMethodType(List<String> elements) {
      return addAll("payment_method_types", elements);
    }

    /**
     * Email address to send the payment receipt to.
     */
    public Builder setReceiptEmail(String receiptEmail) {
      return set("receipt_email", receiptEmail);
    }

    /**
     * Where the customer is sent after authenticating or canceling on the payment method's app or
     * site. Only with {@code confirm=true}.
     */
    public Builder setReturnUrl(String returnUrl) {
      return set("return_url", returnUrl);
    }

    /**
     * Declares that the payment method will be reused for future payments.
     */
    public Builder setSetupFutureUsage(SetupFutureUsage setupFutureUsage) {
      return set("setup_future_usage", setupFutureUsage);
    }

    /**
     * Shipping information for this PaymentIntent.
     */
    public Builder setShipping(Shipping shipping) {
      return set("shipping", shipping);
    }

    /**
     * Full statement descriptor for non-card charges: at least one letter, at most 22 characters.
     */
    public Builder setStatementDescriptor(String statementDescriptor) {
      return set("statement_descriptor", statementDescriptor);
    }

    /**
     * Appended to your account's statement descriptor prefix on card statements.
     */
    public Builder setStatementDescriptorSuffix(String statementDescriptorSuffix) {
      return set("statement_descriptor_suffix", statementDescriptorSuffix);
    }

    /**
     * Set to {@code true} when confirming server-side and handling next actions with a Stripe client
     * SDK.
     */
    public Builder setUseStripeSdk(Boolean useStripeSdk) {
      return set("use_stripe_sdk", useStripeSdk);
    }

    /** The params; throws {@link IllegalStateException} when a required param is not set. */
    public PaymentIntentCreateParams build() {
      return new PaymentIntentCreateParams(values("payment_intents.create", "amount", "currency"));
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
        return new AutomaticPaymentMethods(values("payment_intents.create", "enabled"));
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

  /**
   * Shipping information for this PaymentIntent.
   */
  public static final class Shipping extends ApiParams {
    private Shipping(Map<String, Object> values) {
      super(values);
    }

    public static Builder builder() {
      return new Builder();
    }

    /**
     * The delivery address.
     */
    public Address getAddress() {
      return get("address", Address.class);
    }

    /**
     * The delivery service that ships the goods, such as FedEx, UPS, or USPS.
     */
    public String getCarrier() {
      return get("carrier", String.class);
    }

    /**
     * Name of the recipient.
     */
    public String getName() {
      return get("name", String.class);
    }

    /**
     * Phone number of the recipient, including any extension.
     */
    public String getPhone() {
      return get("phone", String.class);
    }

    /**
     * The carrier's tracking number. Separate several tracking numbers with commas.
     */
    public String getTrackingNumber() {
      return get("tracking_number", String.class);
    }

    /** Builds {@link Shipping}: each setter returns the builder. */
    public static final class Builder extends ApiParams.Builder<Builder> {
      private Builder() {}

      @Override
      protected Builder self() {
        return this;
      }

      /**
       * <strong>Required.</strong> The delivery address.
       */
      public Builder setAddress(Address address) {
        return set("address", address);
      }

      /**
       * The delivery service that ships the goods, such as FedEx, UPS, or USPS.
       */
      public Builder setCarrier(String carrier) {
        return set("carrier", carrier);
      }

      /**
       * <strong>Required.</strong> Name of the recipient.
       */
      public Builder setName(String name) {
        return set("name", name);
      }

      /**
       * Phone number of the recipient, including any extension.
       */
      public Builder setPhone(String phone) {
        return set("phone", phone);
      }

      /**
       * The carrier's tracking number. Separate several tracking numbers with commas.
       */
      public Builder setTrackingNumber(String trackingNumber) {
        return set("tracking_number", trackingNumber);
      }

      /** The params; throws {@link IllegalStateException} when a required param is not set. */
      public Shipping build() {
        return new Shipping(values("payment_intents.create", "address", "name"));
      }
    }

    /**
     * The delivery address.
     */
    public static final class Address extends ApiParams {
      private Address(Map<String, Object> values) {
        super(values);
      }

      public static Builder builder() {
        return new Builder();
      }

      /**
       * City, district, suburb, town, or village.
       */
      public String getCity() {
        return get("city", String.class);
      }

      /**
       * Two-letter country code (ISO 3166-1 alpha-2).
       */
      public String getCountry() {
        return get("country", String.class);
      }

      /**
       * First address line, such as the street, PO box, or company name.
       */
      public String getLine1() {
        return get("line1", String.class);
      }

      /**
       * Second address line, such as the apartment, suite, unit, or building.
       */
      public String getLine2() {
        return get("line2", String.class);
      }

      /**
       * ZIP or postal code.
       */
      public String getPostalCode() {
        return get("postal_code", String.class);
      }

      /**
       * State, county, province, or region.
       */
      public String getState() {
        return get("state", String.class);
      }

      /** Builds {@link Address}: each setter returns the builder. */
      public static final class Builder extends ApiParams.Builder<Builder> {
        private Builder() {}

        @Override
        protected Builder self() {
          return this;
        }

        /**
         * City, district, suburb, town, or village.
         */
        public Builder setCity(String city) {
          return set("city", city);
        }

        /**
         * Two-letter country code (ISO 3166-1 alpha-2).
         */
        public Builder setCountry(String country) {
          return set("country", country);
        }

        /**
         * First address line, such as the street, PO box, or company name.
         */
        public Builder setLine1(String line1) {
          return set("line1", line1);
        }

        /**
         * Second address line, such as the apartment, suite, unit, or building.
         */
        public Builder setLine2(String line2) {
          return set("line2", line2);
        }

        /**
         * ZIP or postal code.
         */
        public Builder setPostalCode(String postalCode) {
          return set("postal_code", postalCode);
        }

        /**
         * State, county, province, or region.
         */
        public Builder setState(String state) {
          return set("state", state);
        }

        /** The params; throws {@link IllegalStateException} when a required param is not set. */
        public Address build() {
          return new Address(values("payment_intents.create"));
        }
      }
    }
  }

  /**
   * When the funds are captured from the customer's account.
   */
  public enum CaptureMethod implements WireEnum {
    AUTOMATIC("automatic"),
    AUTOMATIC_ASYNC("automatic_async"),
    MANUAL("manual");

    private final String value;

    CaptureMethod(String value) {
      this.value = value;
    }

    @Override
    public String getValue() {
      return value;
    }
  }

  /**
   * {@code automatic} (the default) allows confirmation with a publishable key; {@code manual}
   * requires a secret key.
   */
  public enum ConfirmationMethod implements WireEnum {
    AUTOMATIC("automatic"),
    MANUAL("manual");

    private final String value;

    ConfirmationMethod(String value) {
      this.value = value;
    }

    @Override
    public String getValue() {
      return value;
    }
  }

  public enum OffSession implements WireEnum {
    ONE_OFF("one_off"),
    RECURRING("recurring");

    private final String value;

    OffSession(String value) {
      this.value = value;
    }

    @Override
    public String getValue() {
      return value;
    }
  }

  /**
   * Declares that the payment method will be reused for future payments.
   */
  public enum SetupFutureUsage implements WireEnum {
    OFF_SESSION("off_session"),
    ON_SESSION("on_session");

    private final String value;

    SetupFutureUsage(String value) {
      this.value = value;
    }

    @Override
    public String getValue() {
      return value;
    }
  }
}
