// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.param;

import com.example.stripe.net.ApiParams;
import com.example.stripe.net.EmptyParam;
import com.example.stripe.net.WireEnum;
import java.util.List;
import java.util.Map;

/**
 * Params of Update a customer.
 */
public final class CustomerUpdateParams extends ApiParams {
  private CustomerUpdateParams(Map<String, Object> values) {
    super(values);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The customer's postal address. Send an empty string to remove it.
   */
  public Object getAddress() {
    return get("address");
  }

  /**
   * Balance, in the smallest currency unit, applied to the customer's next invoice. Negative values
   * are credits.
   */
  public Long getBalance() {
    return get("balance", Long.class);
  }

  /**
   * ID of a source already attached to the customer to make its new default.
   */
  public String getDefaultSource() {
    return get("default_source", String.class);
  }

  /**
   * An arbitrary string attached to the customer, often useful for display.
   */
  public String getDescription() {
    return get("description", String.class);
  }

  /**
   * The customer's email address, at most 512 characters.
   */
  public String getEmail() {
    return get("email", String.class);
  }

  /**
   * Fields of the response to expand.
   */
  public List<String> getExpand() {
    return getList("expand");
  }

  /**
   * Default invoice settings for the customer.
   */
  public InvoiceSettings getInvoiceSettings() {
    return get("invoice_settings", InvoiceSettings.class);
  }

  /**
   * Key-value pairs to store on the object. Send an empty value for a key to remove it, or an empty
   * string for {@code metadata} to remove them all.
   */
  public Object getMetadata() {
    return get("metadata");
  }

  /**
   * The customer's full name or business name.
   */
  public String getName() {
    return get("name", String.class);
  }

  /**
   * The customer's phone number.
   */
  public String getPhone() {
    return get("phone", String.class);
  }

  /**
   * The customer's preferred languages, ordered by preference.
   */
  public List<String> getPreferredLocales() {
    return getList("preferred_locales");
  }

  /**
   * Shipping details for the customer. Send an empty string to remove them.
   */
  public Object getShipping() {
    return get("shipping");
  }

  /**
   * The customer's tax exemption: {@code none}, {@code exempt}, or {@code reverse}. Send an empty
   * string to clear it.
   */
  public TaxExempt getTaxExempt() {
    return get("tax_exempt", TaxExempt.class);
  }

  /** Builds {@link CustomerUpdateParams}: each setter returns the builder. */
  public static final class Builder extends ApiParams.Builder<Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * The customer's postal address. Send an empty string to remove it.
     */
    public Builder setAddress(Address address) {
      return set("address", address);
    }

    /**
     * The customer's postal address. Send an empty string to remove it.
     */
    public Builder setAddress(EmptyParam address) {
      return set("address", address);
    }

    /**
     * Balance, in the smallest currency unit, applied to the customer's next invoice. Negative values
     * are credits.
     */
    public Builder setBalance(Long balance) {
      return set("balance", balance);
    }

    /**
     * ID of a source already attached to the customer to make its new default.
     */
    public Builder setDefaultSource(String defaultSource) {
      return set("default_source", defaultSource);
    }

    /**
     * An arbitrary string attached to the customer, often useful for display.
     */
    public Builder setDescription(String description) {
      return set("description", description);
    }

    /**
     * The customer's email address, at most 512 characters.
     */
    public Builder setEmail(String email) {
      return set("email", email);
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
     * Default invoice settings for the customer.
     */
    public Builder setInvoiceSettings(InvoiceSettings invoiceSettings) {
      return set("invoice_settings", invoiceSettings);
    }

    /**
     * Key-value pairs to store on the object. Send an empty value for a key to remove it, or an empty
     * string for {@code metadata} to remove them all.
     * <p>
     * Puts a key into metadata.
     */
    public Builder putMetadata(String key, String value) {
      return put("metadata", key, value);
    }

    /**
     * Key-value pairs to store on the object. Send an empty value for a key to remove it, or an empty
     * string for {@code metadata} to remove them all.
     * <p>
     * Puts every entry into metadata.
     */
    public Builder putAllMetadata(Map<String, String> map) {
      return putAll("metadata", map);
    }

    /**
     * Key-value pairs to store on the object. Send an empty value for a key to remove it, or an empty
     * string for {@code metadata} to remove them all.
     */
    public Builder setMetadata(EmptyParam metadata) {
      return set("metadata", metadata);
    }

    /**
     * The customer's full name or business name.
     */
    public Builder setName(String name) {
      return set("name", name);
    }

    /**
     * The customer's phone number.
     */
    public Builder setPhone(String phone) {
      return set("phone", phone);
    }

    /**
     * The customer's preferred languages, ordered by preference.
     * <p>
     * Adds an element to preferred_locales.
     */
    public Builder addPreferredLocale(String element) {
      return add("preferred_locales", element);
    }

    /**
     * The customer's preferred languages, ordered by preference.
     * <p>
     * Adds every element to preferred_locales.
     */
    public Builder addAllPreferredLocale(List<String> elements) {
      return addAll("preferred_locales", elements);
    }

    /**
     * Shipping details for the customer. Send an empty string to remove them.
     */
    public Builder setShipping(Shipping shipping) {
      return set("shipping", shipping);
    }

    /**
     * Shipping details for the customer. Send an empty string to remove them.
     */
    public Builder setShipping(EmptyParam shipping) {
      return set("shipping", shipping);
    }

    /**
     * The customer's tax exemption: {@code none}, {@code exempt}, or {@code reverse}. Send an empty
     * string to clear it.
     */
    public Builder setTaxExempt(TaxExempt taxExempt) {
      return set("tax_exempt", taxExempt);
    }

    /** The params; throws {@link IllegalStateException} when a required param is not set. */
    public CustomerUpdateParams build() {
      return new CustomerUpdateParams(values("customers.update"));
    }
  }

  /**
   * A postal address; every part is optional.
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
        return new Address(values("customers.update"));
      }
    }
  }

  /**
   * Default invoice settings for the customer.
   */
  public static final class InvoiceSettings extends ApiParams {
    private InvoiceSettings(Map<String, Object> values) {
      super(values);
    }

    public static Builder builder() {
      return new Builder();
    }

    /**
     * Custom fields shown on the customer's invoices by default, at most 4. Send an empty string to
     * remove them.
     */
    public Object getCustomFields() {
      return get("custom_fields");
    }

    /**
     * ID of a payment method attached to the customer, used by default for the customer's
     * subscriptions and invoices.
     */
    public String getDefaultPaymentMethod() {
      return get("default_payment_method", String.class);
    }

    /**
     * Footer shown on the customer's invoices by default.
     */
    public String getFooter() {
      return get("footer", String.class);
    }

    /**
     * Options for rendering the PDFs of the customer's invoices. Send an empty string to clear them.
     */
    public Object getRenderingOptions() {
      return get("rendering_options");
    }

    /** Builds {@link InvoiceSettings}: each setter returns the builder. */
    public static final class Builder extends ApiParams.Builder<Builder> {
      private Builder() {}

      @Override
      protected Builder self() {
        return this;
      }

      /**
       * Custom fields shown on the customer's invoices by default, at most 4. Send an empty string to
       * remove them.
       * <p>
       * Adds an element to custom_fields.
       */
      public Builder addCustomField(CustomFields element) {
        return add("custom_fields", element);
      }

      /**
       * Custom fields shown on the customer's invoices by default, at most 4. Send an empty string to
       * remove them.
       * <p>
       * Adds every element to custom_fields.
       */
      public Builder addAllCustomField(List<CustomFields> elements) {
        return addAll("custom_fields", elements);
      }

      /**
       * Custom fields shown on the customer's invoices by default, at most 4. Send an empty string to
       * remove them.
       */
      public Builder setCustomFields(EmptyParam customFields) {
        return set("custom_fields", customFields);
      }

      /**
       * ID of a payment method attached to the customer, used by default for the customer's
       * subscriptions and invoices.
       */
      public Builder setDefaultPaymentMethod(String defaultPaymentMethod) {
        return set("default_payment_method", defaultPaymentMethod);
      }

      /**
       * Footer shown on the customer's invoices by default.
       */
      public Builder setFooter(String footer) {
        return set("footer", footer);
      }

      /**
       * Options for rendering the PDFs of the customer's invoices. Send an empty string to clear them.
       */
      public Builder setRenderingOptions(RenderingOptions renderingOptions) {
        return set("rendering_options", renderingOptions);
      }

      /**
       * Options for rendering the PDFs of the customer's invoices. Send an empty string to clear them.
       */
      public Builder setRenderingOptions(EmptyParam renderingOptions) {
        return set("rendering_options", renderingOptions);
      }

      /** The params; throws {@link IllegalStateException} when a required param is not set. */
      public InvoiceSettings build() {
        return new InvoiceSettings(values("customers.update"));
      }
    }

    /**
     * A name and value pair printed on invoices.
     */
    public static final class CustomFields extends ApiParams {
      private CustomFields(Map<String, Object> values) {
        super(values);
      }

      public static Builder builder() {
        return new Builder();
      }

      /**
       * The name of the custom field, at most 30 characters.
       */
      public String getName() {
        return get("name", String.class);
      }

      /**
       * The value of the custom field, at most 30 characters.
       */
      public String getValue() {
        return get("value", String.class);
      }

      /** Builds {@link CustomFields}: each setter returns the builder. */
      public static final class Builder extends ApiParams.Builder<Builder> {
        private Builder() {}

        @Override
        protected Builder self() {
          return this;
        }

        /**
         * <strong>Required.</strong> The name of the custom field, at most 30 characters.
         */
        public Builder setName(String name) {
          return set("name", name);
        }

        /**
         * <strong>Required.</strong> The value of the custom field, at most 30 characters.
         */
        public Builder setValue(String valueValue) {
          return set("value", valueValue);
        }

        /** The params; throws {@link IllegalStateException} when a required param is not set. */
        public CustomFields build() {
          return new CustomFields(values("customers.update", "name", "value"));
        }
      }
    }

    /**
     * Options for rendering invoice PDFs.
     */
    public static final class RenderingOptions extends ApiParams {
      private RenderingOptions(Map<String, Object> values) {
        super(values);
      }

      public static Builder builder() {
        return new Builder();
      }

      /**
       * How line-item prices and amounts are shown with respect to tax: {@code exclude_tax} or {@code
       * include_inclusive_tax}. Send an empty string to clear it.
       */
      public AmountTaxDisplay getAmountTaxDisplay() {
        return get("amount_tax_display", AmountTaxDisplay.class);
      }

      /** Builds {@link RenderingOptions}: each setter returns the builder. */
      public static final class Builder extends ApiParams.Builder<Builder> {
        private Builder() {}

        @Override
        protected Builder self() {
          return this;
        }

        /**
         * How line-item prices and amounts are shown with respect to tax: {@code exclude_tax} or {@code
         * include_inclusive_tax}. Send an empty string to clear it.
         */
        public Builder setAmountTaxDisplay(AmountTaxDisplay amountTaxDisplay) {
          return set("amount_tax_display", amountTaxDisplay);
        }

        /** The params; throws {@link IllegalStateException} when a required param is not set. */
        public RenderingOptions build() {
          return new RenderingOptions(values("customers.update"));
        }
      }

      /**
       * How line-item prices and amounts are shown with respect to tax: {@code exclude_tax} or {@code
       * include_inclusive_tax}. Send an empty string to clear it.
       */
      public enum AmountTaxDisplay implements WireEnum {
        EMPTY(""),
        EXCLUDE_TAX("exclude_tax"),
        INCLUDE_INCLUSIVE_TAX("include_inclusive_tax");

        private final String value;

        AmountTaxDisplay(String value) {
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
   * Shipping details of a customer.
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
     * Name of the recipient.
     */
    public String getName() {
      return get("name", String.class);
    }

    /**
     * Phone number of the recipient.
     */
    public String getPhone() {
      return get("phone", String.class);
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
       * <strong>Required.</strong> Name of the recipient.
       */
      public Builder setName(String name) {
        return set("name", name);
      }

      /**
       * Phone number of the recipient.
       */
      public Builder setPhone(String phone) {
        return set("phone", phone);
      }

      /** The params; throws {@link IllegalStateException} when a required param is not set. */
      public Shipping build() {
        return new Shipping(values("customers.update", "address", "name"));
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
          return new Address(values("customers.update"));
        }
      }
    }
  }

  /**
   * The customer's tax exemption: {@code none}, {@code exempt}, or {@code reverse}. Send an empty
   * string to clear it.
   */
  public enum TaxExempt implements WireEnum {
    EMPTY(""),
    EXEMPT("exempt"),
    NONE("none"),
    REVERSE("reverse");

    private final String value;

    TaxExempt(String value) {
      this.value = value;
    }

    @Override
    public String getValue() {
      return value;
    }
  }
}
