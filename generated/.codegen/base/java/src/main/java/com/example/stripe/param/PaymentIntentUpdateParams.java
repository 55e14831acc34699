// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.param;

import com.example.stripe.net.ApiParams;
import com.example.stripe.net.EmptyParam;
import com.example.stripe.net.WireEnum;
import java.util.List;
import java.util.Map;

/**
 * Params of Update a PaymentIntent.
 */
public final class PaymentIntentUpdateParams extends ApiParams {
  private PaymentIntentUpdateParams(Map<String, Object> values) {
    super(values);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Amount to collect, in the smallest currency unit.
   */
  public Long getAmount() {
    return get("amount", Long.class);
  }

  /**
   * When the funds are captured from the customer's account.
   */
  public CaptureMethod getCaptureMethod() {
    return get("capture_method", CaptureMethod.class);
  }

  /**
   * Three-letter ISO currency code, in lowercase.
   */
  public String getCurrency() {
    return get("currency", String.class);
  }

  /**
   * ID of the Customer this PaymentIntent belongs to.
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
   * Key-value pairs to store on the object. Send an empty string to remove them all.
   */
  public Object getMetadata() {
    return get("metadata");
  }

  /**
   * ID of the payment method to use for this PaymentIntent.
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
   * Full statement descriptor for non-card charges, at most 22 characters.
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

  /** Builds {@link PaymentIntentUpdateParams}: each setter returns the builder. */
  public static final class Builder extends ApiParams.Builder<Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Amount to collect, in the smallest currency unit.
     */
    public Builder setAmount(Long amount) {
      return set("amount", amount);
    }

    /**
     * When the funds are captured from the customer's account.
     */
    public Builder setCaptureMethod(CaptureMethod captureMethod) {
      return set("capture_method", captureMethod);
    }

    /**
     * Three-letter ISO currency code, in lowercase.
     */
    public Builder setCurrency(String currency) {
      return set("currency", currency);
    }

    /**
     * ID of the Customer this PaymentIntent belongs to.
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
     * Key-value pairs to store on the object. Send an empty string to remove them all.
     * <p>
     * Puts a key into metadata.
     */
    public Builder putMetadata(String key, String value) {
      return put("metadata", key, value);
    }

    /**
     * Key-value pairs to store on the object. Send an empty string to remove them all.
     * <p>
     * Puts every entry into metadata.
     */
    public Builder putAllMetadata(Map<String, String> map) {
      return putAll("metadata", map);
    }

    /**
     * Key-value pairs to store on the object. Send an empty string to remove them all.
     */
    public Builder setMetadata(EmptyParam metadata) {
      return set("metadata", metadata);
    }

    /**
     * ID of the payment method to use for this PaymentIntent.
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
     * Full statement descriptor for non-card charges, at most 22 characters.
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

    /** The params; throws {@link IllegalStateException} when a required param is not set. */
    public PaymentIntentUpdateParams build() {
      return new PaymentIntentUpdateParams(values("payment_intents.update"));
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
        return new Shipping(values("payment_intents.update", "address", "name"));
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
          return new Address(values("payment_intents.update"));
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
