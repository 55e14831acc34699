// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.param;

import com.example.stripe.net.ApiParams;
import com.example.stripe.net.EmptyParam;
import com.example.stripe.net.WireEnum;
import java.util.List;
import java.util.Map;

/**
 * Params of Confirm a PaymentIntent.
 */
public final class PaymentIntentConfirmParams extends ApiParams {
  private PaymentIntentConfirmParams(Map<String, Object> values) {
    super(values);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * When the funds are captured from the customer's account.
   */
  public CaptureMethod getCaptureMethod() {
    return get("capture_method", CaptureMethod.class);
  }

  /**
   * The client secret of the PaymentIntent.
   */
  public String getClientSecret() {
    return get("client_secret", String.class);
  }

  /**
   * Set to {@code true} to fail the payment attempt instead of moving to {@code requires_action}.
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
   * Set to {@code true} when the customer is not in your checkout flow and cannot authenticate.
   */
  public Object getOffSession() {
    return get("off_session");
  }

  /**
   * ID of the payment method to confirm with.
   */
  public String getPaymentMethod() {
    return get("payment_method", String.class);
  }

  /**
   * The payment method types this PaymentIntent may use.
   */
  public List<String> getPaymentMethodTypes() {
    return getList("payment_method_types");
  }

  /**
   * Email address to send the receipt to. Send an empty string to clear it.
   */
  public Object getReceiptEmail() {
    return get("receipt_email");
  }

  /**
   * Where the customer is sent after authenticating or canceling on the payment method's app or
   * site.
   */
  public String getReturnUrl() {
    return get("return_url", String.class);
  }

  /**
   * Declares that the payment method will be reused for future payments. Send an empty string to
   * clear it.
   */
  public SetupFutureUsage getSetupFutureUsage() {
    return get("setup_future_usage", SetupFutureUsage.class);
  }

  /**
   * Shipping information. Send an empty string to remove it.
   */
  public Object getShipping() {
    return get("shipping");
  }

  /**
   * Set to {@code true} when confirming server-side and handling next actions with a Stripe client
   * SDK.
   */
  public Boolean getUseStripeSdk() {
    return get("use_stripe_sdk", Boolean.class);
  }

  /** Builds {@link PaymentIntentConfirmParams}: each setter returns the builder. */
  public static final class Builder extends ApiParams.Builder<Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * When the funds are captured from the customer's account.
     */
    public Builder setCaptureMethod(CaptureMethod captureMethod) {
      return set("capture_method", captureMethod);
    }

    /**
     * The client secret of the PaymentIntent.
     */
    public Builder setClientSecret(String clientSecret) {
      return set("client_secret", clientSecret);
    }

    /**
     * Set to {@code true} to fail the payment attempt instead of moving to {@code requires_action}.
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
     * Set to {@code true} when the customer is not in your checkout flow and cannot authenticate.
     */
    public Builder setOffSession(Boolean offSession) {
      return set("off_session", offSession);
    }

    /**
     * Set to {@code true} when the customer is not in your checkout flow and cannot authenticate.
     */
    public Builder setOffSession(OffSession offSession) {
      return set("off_session", offSession);
    }

    /**
     * ID of the payment method to confirm with.
     */
    public Builder setPaymentMethod(String paymentMethod) {
      return set("payment_method", paymentMethod);
    }

    /**
     * The payment method types this PaymentIntent may use.
     * <p>
     * Adds an element to payment_method_types.
     */
    public Builder addPaymentMethodType(String element) {
      return add("payment_method_types", element);
    }

    /**
     * The payment method types this PaymentIntent may use.
     * <p>
     * Adds every element to payment_method_types.
     */
    public Builder addAllPaymentMethodType(List<String> elements) {
      return addAll("payment_method_types", elements);
    }

    /**
     * Email address to send the receipt to. Send an empty string to clear it.
     */
    public Builder setReceiptEmail(String receiptEmail) {
      return set("receipt_email", receiptEmail);
    }

    /**
     * Email address to send the receipt to. Send an empty string to clear it.
     */
    public Builder setReceiptEmail(EmptyParam receiptEmail) {
      return set("receipt_email", receiptEmail);
    }

    /**
     * Where the customer is sent after authenticating or canceling on the payment method's app or
     * site.
     */
    public Builder setReturnUrl(String returnUrl) {
      return set("return_url", returnUrl);
    }

    /**
     * Declares that the payment method will be reused for future payments. Send an empty string to
     * clear it.
     */
    public Builder setSetupFutureUsage(SetupFutureUsage setupFutureUsage) {
      return set("setup_future_usage", setupFutureUsage);
    }

    /**
     * Shipping information. Send an empty string to remove it.
     */
    public Builder setShipping(Shipping shipping) {
      return set("shipping", shipping);
    }

    /**
     * Shipping information. Send an empty string to remove it.
     */
    public Builder setShipping(EmptyParam shipping) {
      return set("shipping", shipping);
    }

    /**
     * Set to {@code true} when confirming server-side and handling next actions with a Stripe client
     * SDK.
     */
    public Builder setUseStripeSdk(Boolean useStripeSdk) {
      return set("use_stripe_sdk", useStripeSdk);
    }

    /** The params; throws {@link IllegalStateException} when a required param is not set. */
    public PaymentIntentConfirmParams build() {
      return new PaymentIntentConfirmParams(values("payment_intents.confirm"));
    }
  }

  /**
   * Shipping information for a payment.
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
        return new Shipping(values("payment_intents.confirm", "address", "name"));
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
          return new Address(values("payment_intents.confirm"));
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
   * Declares that the payment method will be reused for future payments. Send an empty string to
   * clear it.
   */
  public enum SetupFutureUsage implements WireEnum {
    EMPTY(""),
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
