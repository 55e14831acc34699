// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.Stripe;
import com.example.stripe.exception.ApiException;
import com.example.stripe.net.ApiObject;
import com.example.stripe.net.ApiParams;
import com.example.stripe.net.ApiRequest;
import com.example.stripe.net.ExpandableField;
import com.example.stripe.net.RequestOptions;
import com.example.stripe.param.CustomerSessionCreateParams;
import com.example.stripe.validation.Validators;
import com.google.gson.annotations.SerializedName;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Customer Session grants Stripe's frontend SDKs (such as Stripe.js) client-side access to a
 * Customer, limited to the components it enables.
 * <p>
 * Related guides: <a
 * href="https://stripe.com/docs/payments/accept-a-payment-deferred?platform=web&amp;type=payment#save-payment-methods">Customer
 * Session with the Payment Element</a>, <a
 * href="https://stripe.com/docs/payments/checkout/pricing-table#customer-session">Customer Session
 * with the Pricing Table</a>, <a
 * href="https://stripe.com/docs/payment-links/buy-button#pass-an-existing-customer">Customer
 * Session with the Buy Button</a>.
 */
public class CustomerSession extends ApiObject {
  /**
   * The client secret of this Customer Session, used on the client to set up secure access to the
   * given {@code customer}.
   * <p>
   * Pass it to your frontend to give it access to {@code customer}. Do not store it, log it, or
   * expose it to anyone other than that customer, and serve every page that includes it over TLS.
   */
  @SerializedName("client_secret")
  private String clientSecret;

  /**
   * Which components are enabled and the features each one supports.
   */
  @SerializedName("components")
  private Components components;

  /**
   * Time at which the object was created, in seconds since the Unix epoch.
   */
  @SerializedName("created")
  private Long created;

  /**
   * The Customer the Customer Session was created for.
   */
  @SerializedName("customer")
  private ExpandableField<Customer> customer;

  /**
   * The Account the Customer Session was created for, if any.
   */
  @SerializedName("customer_account")
  private String customerAccount;

  /**
   * Time at which this Customer Session expires, in seconds since the Unix epoch.
   */
  @SerializedName("expires_at")
  private Long expiresAt;

  /**
   * {@code true} if the object exists in live mode, {@code false} if it exists in test mode.
   */
  @SerializedName("livemode")
  private Boolean livemode;

  /**
   * String naming the object's type. Objects of the same type share the same value.
   * <p>
   * Equal to {@code customer_session}.
   */
  @SerializedName("object")
  private String object;

  /**
   * The client secret of this Customer Session, used on the client to set up secure access to the
   * given {@code customer}.
   * <p>
   * Pass it to your frontend to give it access to {@code customer}. Do not store it, log it, or
   * expose it to anyone other than that customer, and serve every page that includes it over TLS.
   */
  public String getClientSecret() {
    return clientSecret;
  }

  /**
   * Which components are enabled and the features each one supports.
   */
  public Components getComponents() {
    return components;
  }

  /**
   * Time at which the object was created, in seconds since the Unix epoch.
   */
  public Long getCreated() {
    return created;
  }

  /**
   * The id of the expandable customer.
   * <p>
   * The Customer the Customer Session was created for.
   */
  public String getCustomer() {
    return customer == null ? null : customer.getId();
  }

  /**
   * The expanded customer, or null unless the request expanded it.
   */
  public Customer getCustomerObject() {
    return customer == null ? null : customer.getExpanded();
  }

  /**
   * The Account the Customer Session was created for, if any.
   */
  public String getCustomerAccount() {
    return customerAccount;
  }

  /**
   * Time at which this Customer Session expires, in seconds since the Unix epoch.
   */
  public Long getExpiresAt() {
    return expiresAt;
  }

  /**
   * {@code true} if the object exists in live mode, {@code false} if it exists in test mode.
   */
  public Boolean getLivemode() {
    return livemode;
  }

  /**
   * String naming the object's type. Objects of the same type share the same value.
   * <p>
   * Equal to {@code customer_session}.
   */
  public String getObject() {
    return object;
  }

  /**
   * The client secret of this Customer Session, used on the client to set up secure access to the
   * given {@code customer}.
   * <p>
   * Pass it to your frontend to give it access to {@code customer}. Do not store it, log it, or
   * expose it to anyone other than that customer, and serve every page that includes it over TLS.
   */
  public void setClientSecret(String clientSecret) {
    this.clientSecret = clientSecret;
  }

  /**
   * Which components are enabled and the features each one supports.
   */
  public void setComponents(Components components) {
    this.components = components;
  }

  /**
   * Time at which the object was created, in seconds since the Unix epoch.
   */
  public void setCreated(Long created) {
    this.created = created;
  }

  /**
   * The id of the expandable customer.
   * <p>
   * The Customer the Customer Session was created for.
   */
  public void setCustomer(String id) {
    this.customer = ExpandableField.withId(id, customer);
  }

  /**
   * Sets the expanded customer (and its id).
   */
  public void setCustomerObject(Customer expandableObject) {
    this.customer =
        expandableObject == null ? null : new ExpandableField<>(expandableObject.getId(), expandableObject);
  }

  /**
   * The Account the Customer Session was created for, if any.
   */
  public void setCustomerAccount(String customerAccount) {
    this.customerAccount = customerAccount;
  }

  /**
   * Time at which this Customer Session expires, in seconds since the Unix epoch.
   */
  public void setExpiresAt(Long expiresAt) {
    this.expiresAt = expiresAt;
  }

  /**
   * {@code true} if the object exists in live mode, {@code false} if it exists in test mode.
   */
  public void setLivemode(Boolean livemode) {
    this.livemode = livemode;
  }

  /**
   * String naming the object's type. Objects of the same type share the same value.
   * <p>
   * Equal to {@code customer_session}.
   */
  public void setObject(String object) {
    this.object = object;
  }

  /**
   * Creates a Customer Session with a single-use client secret. Hand the secret to your frontend to
   * give it client-side API access to some of the customer's resources.
   */
  public static CustomerSession create(CustomerSessionCreateParams params) throws ApiException {
    return create(params, (RequestOptions) null);
  }

  /**
   * Creates a Customer Session with a single-use client secret. Hand the secret to your frontend to
   * give it client-side API access to some of the customer's resources.
   */
  public static CustomerSession create(
      CustomerSessionCreateParams params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("POST", "/v1/customer_sessions")
            .with(params, options)
            .validate(Validators::customerSessionsCreate)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::customerSessionsCreateResponse),
        CustomerSession.class,
        null);
  }

  /**
   * Creates a Customer Session with a single-use client secret. Hand the secret to your frontend to
   * give it client-side API access to some of the customer's resources.
   */
  public static CustomerSession create(Map<String, Object> params) throws ApiException {
    return create(params, (RequestOptions) null);
  }

  /**
   * Creates a Customer Session with a single-use client secret. Hand the secret to your frontend to
   * give it client-side API access to some of the customer's resources.
   */
  public static CustomerSession create(
      Map<String, Object> params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("POST", "/v1/customer_sessions")
            .with(ApiParams.fromMap(params), options)
            .validate(Validators::customerSessionsCreate)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::customerSessionsCreateResponse),
        CustomerSession.class,
        null);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || o.getClass() != getClass()) {
      return false;
    }
    CustomerSession that = (CustomerSession) o;
    return Objects.equals(this.clientSecret, that.clientSecret)
        && Objects.equals(this.components, that.components)
        && Objects.equals(this.created, that.created)
        && Objects.equals(this.customer, that.customer)
        && Objects.equals(this.customerAccount, that.customerAccount)
        && Objects.equals(this.expiresAt, that.expiresAt)
        && Objects.equals(this.livemode, that.livemode)
        && Objects.equals(this.object, that.object);
  }

  @Override
  public int hashCode() {
    return Objects.hash(clientSecret, components, created, customer, customerAccount, expiresAt, livemode, object);
  }

  /**
   * Configuration of the components a Customer Session supports.
   */
  public static class Components extends ApiObject {
    /**
     * Whether the client can read the customer's active entitlements.
     */
    @SerializedName("active_entitlements")
    private ActiveEntitlements activeEntitlements;

    /**
     * Whether the buy button is enabled.
     */
    @SerializedName("buy_button")
    private BuyButton buyButton;

    /**
     * Whether the client can open the customer portal.
     */
    @SerializedName("customer_portal")
    private CustomerPortal customerPortal;

    /**
     * Whether the customer sheet is enabled, and the features it supports.
     */
    @SerializedName("customer_sheet")
    private CustomerSheet customerSheet;

    /**
     * Whether the mobile Payment Element is enabled, and the features it supports.
     */
    @SerializedName("mobile_payment_element")
    private MobilePaymentElement mobilePaymentElement;

    /**
     * Whether the Payment Element is enabled, and the features it supports.
     */
    @SerializedName("payment_element")
    private PaymentElement paymentElement;

    /**
     * Whether the pricing table is enabled.
     */
    @SerializedName("pricing_table")
    private PricingTable pricingTable;

    /**
     * Whether the client can read the customer's active entitlements.
     */
    public ActiveEntitlements getActiveEntitlements() {
      return activeEntitlements;
    }

    /**
     * Whether the buy button is enabled.
     */
    public BuyButton getBuyButton() {
      return buyButton;
    }

    /**
     * Whether the client can open the customer portal.
     */
    public CustomerPortal getCustomerPortal() {
      return customerPortal;
    }

    /**
     * Whether the customer sheet is enabled, and the features it supports.
     */
    public CustomerSheet getCustomerSheet() {
      return customerSheet;
    }

    /**
     * Whether the mobile Payment Element is enabled, and the features it supports.
     */
    public MobilePaymentElement getMobilePaymentElement() {
      return mobilePaymentElement;
    }

    /**
     * Whether the Payment Element is enabled, and the features it supports.
     */
    public PaymentElement getPaymentElement() {
      return paymentElement;
    }

    /**
     * Whether the pricing table is enabled.
     */
    public PricingTable getPricingTable() {
      return pricingTable;
    }

    /**
     * Whether the client can read the customer's active entitlements.
     */
    public void setActiveEntitlements(ActiveEntitlements activeEntitlements) {
      this.activeEntitlements = activeEntitlements;
    }

    /**
     * Whether the buy button is enabled.
     */
    public void setBuyButton(BuyButton buyButton) {
      this.buyButton = buyButton;
    }

    /**
     * Whether the client can open the customer portal.
     */
    public void setCustomerPortal(CustomerPortal customerPortal) {
      this.customerPortal = customerPortal;
    }

    /**
     * Whether the customer sheet is enabled, and the features it supports.
     */
    public void setCustomerSheet(CustomerSheet customerSheet) {
      this.customerSheet = customerSheet;
    }

    /**
     * Whether the mobile Payment Element is enabled, and the features it supports.
     */
    public void setMobilePaymentElement(MobilePaymentElement mobilePaymentElement) {
      this.mobilePaymentElement = mobilePaymentElement;
    }

    /**
     * Whether the Payment Element is enabled, and the features it supports.
     */
    public void setPaymentElement(PaymentElement paymentElement) {
      this.paymentElement = paymentElement;
    }

    /**
     * Whether the pricing table is enabled.
     */
    public void setPricingTable(PricingTable pricingTable) {
      this.pricingTable = pricingTable;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      if (o == null || o.getClass() != getClass()) {
        return false;
      }
      Components that = (Components) o;
      return Objects.equals(this.activeEntitlements, that.activeEntitlements)
          && Objects.equals(this.buyButton, that.buyButton)
          && Objects.equals(this.customerPortal, that.customerPortal)
          && Objects.equals(this.customerSheet, that.customerSheet)
          && Objects.equals(this.mobilePaymentElement, that.mobilePaymentElement)
          && Objects.equals(this.paymentElement, that.paymentElement)
          && Objects.equals(this.pricingTable, that.pricingTable);
    }

    @Override
    public int hashCode() {
      return Objects.hash(activeEntitlements, buyButton, customerPortal, customerSheet, mobilePaymentElement, paymentElement, pricingTable);
    }

    /**
     * Whether the active entitlements component is enabled.
     */
    public static class ActiveEntitlements extends ApiObject {
      /**
       * Whether the client may retrieve the customer's active entitlements.
       */
      @SerializedName("enabled")
      private Boolean enabled;

      /**
       * Whether the client may retrieve the customer's active entitlements.
       */
      public Boolean getEnabled() {
        return enabled;
      }

      /**
       * Whether the client may retrieve the customer's active entitlements.
       */
      public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
      }

      @Override
      public boolean equals(Object o) {
        if (this == o) {
          return true;
        }
        if (o == null || o.getClass() != getClass()) {
          return false;
        }
        ActiveEntitlements that = (ActiveEntitlements) o;
        return Objects.equals(this.enabled, that.enabled);
      }

      @Override
      public int hashCode() {
        return Objects.hash(enabled);
      }

    }

    /**
     * Whether the buy button component is enabled.
     */
    public static class BuyButton extends ApiObject {
      /**
       * Whether the buy button is enabled.
       */
      @SerializedName("enabled")
      private Boolean enabled;

      /**
       * Whether the buy button is enabled.
       */
      public Boolean getEnabled() {
        return enabled;
      }

      /**
       * Whether the buy button is enabled.
       */
      public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
      }

      @Override
      public boolean equals(Object o) {
        if (this == o) {
          return true;
        }
        if (o == null || o.getClass() != getClass()) {
          return false;
        }
        BuyButton that = (BuyButton) o;
        return Objects.equals(this.enabled, that.enabled);
      }

      @Override
      public int hashCode() {
        return Objects.hash(enabled);
      }

    }

    /**
     * Whether the customer portal component is enabled.
     */
    public static class CustomerPortal extends ApiObject {
      /**
       * Whether the client may open the customer portal for this customer.
       */
      @SerializedName("enabled")
      private Boolean enabled;

      /**
       * Whether the client may open the customer portal for this customer.
       */
      public Boolean getEnabled() {
        return enabled;
      }

      /**
       * Whether the client may open the customer portal for this customer.
       */
      public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
      }

      @Override
      public boolean equals(Object o) {
        if (this == o) {
          return true;
        }
        if (o == null || o.getClass() != getClass()) {
          return false;
        }
        CustomerPortal that = (CustomerPortal) o;
        return Objects.equals(this.enabled, that.enabled);
      }

      @Override
      public int hashCode() {
        return Objects.hash(enabled);
      }

    }

    /**
     * Whether the customer sheet is enabled, and the features it supports.
     */
    public static class CustomerSheet extends ApiObject {
      /**
       * Whether the customer sheet is enabled.
       */
      @SerializedName("enabled")
      private Boolean enabled;

      /**
       * The features the customer sheet supports.
       */
      @SerializedName("features")
      private Features features;

      /**
       * Whether the customer sheet is enabled.
       */
      public Boolean getEnabled() {
        return enabled;
      }

      /**
       * The features the customer sheet supports.
       */
      public Features getFeatures() {
        return features;
      }

      /**
       * Whether the customer sheet is enabled.
       */
      public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
      }

      /**
       * The features the customer sheet supports.
       */
      public void setFeatures(Features features) {
        this.features = features;
      }

      @Override
      public boolean equals(Object o) {
        if (this == o) {
          return true;
        }
        if (o == null || o.getClass() != getClass()) {
          return false;
        }
        CustomerSheet that = (CustomerSheet) o;
        return Objects.equals(this.enabled, that.enabled)
            && Objects.equals(this.features, that.features);
      }

      @Override
      public int hashCode() {
        return Objects.hash(enabled, features);
      }

      /**
       * The features the customer sheet supports.
       */
      public static class Features extends ApiObject {
        /**
         * Only saved payment methods whose <a
         * href="https://stripe.com/docs/api/payment_methods/object#payment_method_object-allow_redisplay">{@code
         * allow_redisplay}</a> value is in this list are shown. Defaults to {@code ["always"]}; list all
         * three values to show every saved payment method.
         * <p>
         * One of {@code always}, {@code limited}, {@code unspecified}.
         */
        @SerializedName("payment_method_allow_redisplay_filters")
        private List<String> paymentMethodAllowRedisplayFilters;

        /**
         * Whether the customer sheet offers to remove a saved payment method. Removing one detaches it
         * from the customer, which affects any subscription that relies on it.
         * <p>
         * One of {@code disabled}, {@code enabled}.
         */
        @SerializedName("payment_method_remove")
        private String paymentMethodRemove;

        /**
         * Only saved payment methods whose <a
         * href="https://stripe.com/docs/api/payment_methods/object#payment_method_object-allow_redisplay">{@code
         * allow_redisplay}</a> value is in this list are shown. Defaults to {@code ["always"]}; list all
         * three values to show every saved payment method.
         * <p>
         * One of {@code always}, {@code limited}, {@code unspecified}.
         */
        public List<String> getPaymentMethodAllowRedisplayFilters() {
          return paymentMethodAllowRedisplayFilters;
        }

        /**
         * Whether the customer sheet offers to remove a saved payment method. Removing one detaches it
         * from the customer, which affects any subscription that relies on it.
         * <p>
         * One of {@code disabled}, {@code enabled}.
         */
        public String getPaymentMethodRemove() {
          return paymentMethodRemove;
        }

        /**
         * Only saved payment methods whose <a
         * href="https://stripe.com/docs/api/payment_methods/object#payment_method_object-allow_redisplay">{@code
         * allow_redisplay}</a> value is in this list are shown. Defaults to {@code ["always"]}; list all
         * three values to show every saved payment method.
         * <p>
         * One of {@code always}, {@code limited}, {@code unspecified}.
         */
        public void setPaymentMethodAllowRedisplayFilters(List<String> paymentMethodAllowRedisplayFilters) {
          this.paymentMethodAllowRedisplayFilters = paymentMethodAllowRedisplayFilters;
        }

        /**
         * Whether the customer sheet offers to remove a saved payment method. Removing one detaches it
         * from the customer, which affects any subscription that relies on it.
         * <p>
         * One of {@code disabled}, {@code enabled}.
         */
        public void setPaymentMethodRemove(String paymentMethodRemove) {
          this.paymentMethodRemove = paymentMethodRemove;
        }

        @Override
        public boolean equals(Object o) {
          if (this == o) {
            return true;
          }
          if (o == null || o.getClass() != getClass()) {
            return false;
          }
          Features that = (Features) o;
          return Objects.equals(this.paymentMethodAllowRedisplayFilters, that.paymentMethodAllowRedisplayFilters)
              && Objects.equals(this.paymentMethodRemove, that.paymentMethodRemove);
        }

        @Override
        public int hashCode() {
          return Objects.hash(paymentMethodAllowRedisplayFilters, paymentMethodRemove);
        }

      }

    }

    /**
     * Whether the mobile Payment Element is enabled, and the features it supports.
     */
    public static class MobilePaymentElement extends ApiObject {
      /**
       * Whether the mobile Payment Element is enabled.
       */
      @SerializedName("enabled")
      private Boolean enabled;

      /**
       * The features the mobile Payment Element supports.
       */
      @SerializedName("features")
      private Features features;

      /**
       * Whether the mobile Payment Element is enabled.
       */
      public Boolean getEnabled() {
        return enabled;
      }

      /**
       * The features the mobile Payment Element supports.
       */
      public Features getFeatures() {
        return features;
      }

      /**
       * Whether the mobile Payment Element is enabled.
       */
      public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
      }

      /**
       * The features the mobile Payment Element supports.
       */
      public void setFeatures(Features features) {
        this.features = features;
      }

      @Override
      public boolean equals(Object o) {
        if (this == o) {
          return true;
        }
        if (o == null || o.getClass() != getClass()) {
          return false;
        }
        MobilePaymentElement that = (MobilePaymentElement) o;
        return Objects.equals(this.enabled, that.enabled)
            && Objects.equals(this.features, that.features);
      }

      @Override
      public int hashCode() {
        return Objects.hash(enabled, features);
      }

      /**
       * The features the mobile Payment Element supports.
       */
      public static class Features extends ApiObject {
        /**
         * Only saved payment methods whose <a
         * href="https://stripe.com/docs/api/payment_methods/object#payment_method_object-allow_redisplay">{@code
         * allow_redisplay}</a> value is in this list are shown. Defaults to {@code ["always"]}; list all
         * three values to show every saved payment method.
         * <p>
         * One of {@code always}, {@code limited}, {@code unspecified}.
         */
        @SerializedName("payment_method_allow_redisplay_filters")
        private List<String> paymentMethodAllowRedisplayFilters;

        /**
         * Whether the mobile Payment Element shows the customer's saved payment methods.
         * <p>
         * One of {@code disabled}, {@code enabled}.
         */
        @SerializedName("payment_method_redisplay")
        private String paymentMethodRedisplay;

        /**
         * Whether the mobile Payment Element offers to remove a saved payment method. Removing one
         * detaches it from the customer, which affects any subscription that relies on it.
         * <p>
         * One of {@code disabled}, {@code enabled}.
         */
        @SerializedName("payment_method_remove")
        private String paymentMethodRemove;

        /**
         * Whether the mobile Payment Element shows a checkbox offering to save a new payment method. When
         * the customer ticks it, the PaymentMethod's {@code allow_redisplay} is set to {@code always} at
         * confirmation.
         * <p>
         * One of {@code disabled}, {@code enabled}.
         */
        @SerializedName("payment_method_save")
        private String paymentMethodSave;

        /**
         * The {@code allow_redisplay} value given to a newly saved payment method when {@code
         * payment_method_save} is {@code disabled}. Null means no override.
         * <p>
         * One of {@code always}, {@code limited}, {@code unspecified}.
         */
        @SerializedName("payment_method_save_allow_redisplay_override")
        private String paymentMethodSaveAllowRedisplayOverride;

        /**
         * Only saved payment methods whose <a
         * href="https://stripe.com/docs/api/payment_methods/object#payment_method_object-allow_redisplay">{@code
         * allow_redisplay}</a> value is in this list are shown. Defaults to {@code ["always"]}; list all
         * three values to show every saved payment method.
         * <p>
         * One of {@code always}, {@code limited}, {@code unspecified}.
         */
        public List<String> getPaymentMethodAllowRedisplayFilters() {
          return paymentMethodAllowRedisplayFilters;
        }

        /**
         * Whether the mobile Payment Element shows the customer's saved payment methods.
         * <p>
         * One of {@code disabled}, {@code enabled}.
         */
        public String getPaymentMethodRedisplay() {
          return paymentMethodRedisplay;
        }

        /**
         * Whether the mobile Payment Element offers to remove a saved payment method. Removing one
         * detaches it from the customer, which affects any subscription that relies on it.
         * <p>
         * One of {@code disabled}, {@code enabled}.
         */
        public String getPaymentMethodRemove() {
          return paymentMethodRemove;
        }

        /**
         * Whether the mobile Payment Element shows a checkbox offering to save a new payment method. When
         * the customer ticks it, the PaymentMethod's {@code allow_redisplay} is set to {@code always} at
         * confirmation.
         * <p>
         * One of {@code disabled}, {@code enabled}.
         */
        public String getPaymentMethodSave() {
          return paymentMethodSave;
        }

        /**
         * The {@code allow_redisplay} value given to a newly saved payment method when {@code
         * payment_method_save} is {@code disabled}. Null means no override.
         * <p>
         * One of {@code always}, {@code limited}, {@code unspecified}.
         */
        public String getPaymentMethodSaveAllowRedisplayOverride() {
          return paymentMethodSaveAllowRedisplayOverride;
        }

        /**
         * Only saved payment methods whose <a
         * href="https://stripe.com/docs/api/payment_methods/object#payment_method_object-allow_redisplay">{@code
         * allow_redisplay}</a> value is in this list are shown. Defaults to {@code ["always"]}; list all
         * three values to show every saved payment method.
         * <p>
         * One of {@code always}, {@code limited}, {@code unspecified}.
         */
        public void setPaymentMethodAllowRedisplayFilters(List<String> paymentMethodAllowRedisplayFilters) {
          this.paymentMethodAllowRedisplayFilters = paymentMethodAllowRedisplayFilters;
        }

        /**
         * Whether the mobile Payment Element shows the customer's saved payment methods.
         * <p>
         * One of {@code disabled}, {@code enabled}.
         */
        public void setPaymentMethodRedisplay(String paymentMethodRedisplay) {
          this.paymentMethodRedisplay = paymentMethodRedisplay;
        }

        /**
         * Whether the mobile Payment Element offers to remove a saved payment method. Removing one
         * detaches it from the customer, which affects any subscription that relies on it.
         * <p>
         * One of {@code disabled}, {@code enabled}.
         */
        public void setPaymentMethodRemove(String paymentMethodRemove) {
          this.paymentMethodRemove = paymentMethodRemove;
        }

        /**
         * Whether the mobile Payment Element shows a checkbox offering to save a new payment method. When
         * the customer ticks it, the PaymentMethod's {@code allow_redisplay} is set to {@code always} at
         * confirmation.
         * <p>
         * One of {@code disabled}, {@code enabled}.
         */
        public void setPaymentMethodSave(String paymentMethodSave) {
          this.paymentMethodSave = paymentMethodSave;
        }

        /**
         * The {@code allow_redisplay} value given to a newly saved payment method when {@code
         * payment_method_save} is {@code disabled}. Null means no override.
         * <p>
         * One of {@code always}, {@code limited}, {@code unspecified}.
         */
        public void setPaymentMethodSaveAllowRedisplayOverride(String paymentMethodSaveAllowRedisplayOverride) {
          this.paymentMethodSaveAllowRedisplayOverride = paymentMethodSaveAllowRedisplayOverride;
        }

        @Override
        public boolean equals(Object o) {
          if (this == o) {
            return true;
          }
          if (o == null || o.getClass() != getClass()) {
            return false;
          }
          Features that = (Features) o;
          return Objects.equals(this.paymentMethodAllowRedisplayFilters, that.paymentMethodAllowRedisplayFilters)
              && Objects.equals(this.paymentMethodRedisplay, that.paymentMethodRedisplay)
              && Objects.equals(this.paymentMethodRemove, that.paymentMethodRemove)
              && Objects.equals(this.paymentMethodSave, that.paymentMethodSave)
              && Objects.equals(this.paymentMethodSaveAllowRedisplayOverride, that.paymentMethodSaveAllowRedisplayOverride);
        }

        @Override
        public int hashCode() {
          return Objects.hash(paymentMethodAllowRedisplayFilters, paymentMethodRedisplay, paymentMethodRemove, paymentMethodSave, paymentMethodSaveAllowRedisplayOverride);
        }

      }

    }

    /**
     * Whether the Payment Element is enabled, and the features it supports.
     */
    public static class PaymentElement extends ApiObject {
      /**
       * Whether the Payment Element is enabled.
       */
      @SerializedName("enabled")
      private Boolean enabled;

      /**
       * The features the Payment Element supports.
       */
      @SerializedName("features")
      private Features features;

      /**
       * Whether the Payment Element is enabled.
       */
      public Boolean getEnabled() {
        return enabled;
      }

      /**
       * The features the Payment Element supports.
       */
      public Features getFeatures() {
        return features;
      }

      /**
       * Whether the Payment Element is enabled.
       */
      public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
      }

      /**
       * The features the Payment Element supports.
       */
      public void setFeatures(Features features) {
        this.features = features;
      }

      @Override
      public boolean equals(Object o) {
        if (this == o) {
          return true;
        }
        if (o == null || o.getClass() != getClass()) {
          return false;
        }
        PaymentElement that = (PaymentElement) o;
        return Objects.equals(this.enabled, that.enabled)
            && Objects.equals(this.features, that.features);
      }

      @Override
      public int hashCode() {
        return Objects.hash(enabled, features);
      }

      /**
       * The features the Payment Element supports.
       */
      public static class Features extends ApiObject {
        /**
         * Only saved payment methods whose <a
         * href="https://stripe.com/docs/api/payment_methods/object#payment_method_object-allow_redisplay">{@code
         * allow_redisplay}</a> value is in this list are shown. Defaults to {@code ["always"]}; list all
         * three values to show every saved payment method.
         * <p>
         * One of {@code always}, {@code limited}, {@code unspecified}.
         */
        @SerializedName("payment_method_allow_redisplay_filters")
        private List<String> paymentMethodAllowRedisplayFilters;

        /**
         * Whether the Payment Element shows the customer's saved payment methods. Defaults to {@code
         * disabled}.
         * <p>
         * One of {@code disabled}, {@code enabled}.
         */
        @SerializedName("payment_method_redisplay")
        private String paymentMethodRedisplay;

        /**
         * The largest number of saved payment methods the Payment Element shows. Defaults to 3; at most
         * 10.
         */
        @SerializedName("payment_method_redisplay_limit")
        private Long paymentMethodRedisplayLimit;

        /**
         * Whether the Payment Element offers to remove a saved payment method. Defaults to {@code
         * disabled}. Removing one detaches it from the customer, which affects any subscription that
         * relies on it.
         * <p>
         * One of {@code disabled}, {@code enabled}.
         */
        @SerializedName("payment_method_remove")
        private String paymentMethodRemove;

        /**
         * Whether the Payment Element shows a checkbox offering to save a new payment method. Defaults to
         * {@code disabled}. When the customer ticks it, the PaymentMethod's {@code allow_redisplay} is set
         * to {@code always} at confirmation, and a PaymentIntent's {@code setup_future_usage} is set to
         * {@code payment_method_save_usage}.
         * <p>
         * One of {@code disabled}, {@code enabled}.
         */
        @SerializedName("payment_method_save")
        private String paymentMethodSave;

        /**
         * With PaymentIntents, the {@code setup_future_usage} value used at confirmation when the customer
         * ticks the save checkbox. With SetupIntents, set {@code usage} on the SetupIntent instead.
         * <p>
         * One of {@code off_session}, {@code on_session}.
         */
        @SerializedName("payment_method_save_usage")
        private String paymentMethodSaveUsage;

        /**
         * Only saved payment methods whose <a
         * href="https://stripe.com/docs/api/payment_methods/object#payment_method_object-allow_redisplay">{@code
         * allow_redisplay}</a> value is in this list are shown. Defaults to {@code ["always"]}; list all
         * three values to show every saved payment method.
         * <p>
         * One of {@code always}, {@code limited}, {@code unspecified}.
         */
        public List<String> getPaymentMethodAllowRedisplayFilters() {
          return paymentMethodAllowRedisplayFilters;
        }

        /**
         * Whether the Payment Element shows the customer's saved payment methods. Defaults to {@code
         * disabled}.
         * <p>
         * One of {@code disabled}, {@code enabled}.
         */
        public String getPaymentMethodRedisplay() {
          return paymentMethodRedisplay;
        }

        /**
         * The largest number of saved payment methods the Payment Element shows. Defaults to 3; at most
         * 10.
         */
        public Long getPaymentMethodRedisplayLimit() {
          return paymentMethodRedisplayLimit;
        }

        /**
         * Whether the Payment Element offers to remove a saved payment method. Defaults to {@code
         * disabled}. Removing one detaches it from the customer, which affects any subscription that
         * relies on it.
         * <p>
         * One of {@code disabled}, {@code enabled}.
         */
        public String getPaymentMethodRemove() {
          return paymentMethodRemove;
        }

        /**
         * Whether the Payment Element shows a checkbox offering to save a new payment method. Defaults to
         * {@code disabled}. When the customer ticks it, the PaymentMethod's {@code allow_redisplay} is set
         * to {@code always} at confirmation, and a PaymentIntent's {@code setup_future_usage} is set to
         * {@code payment_method_save_usage}.
         * <p>
         * One of {@code disabled}, {@code enabled}.
         */
        public String getPaymentMethodSave() {
          return paymentMethodSave;
        }

        /**
         * With PaymentIntents, the {@code setup_future_usage} value used at confirmation when the customer
         * ticks the save checkbox. With SetupIntents, set {@code usage} on the SetupIntent instead.
         * <p>
         * One of {@code off_session}, {@code on_session}.
         */
        public String getPaymentMethodSaveUsage() {
          return paymentMethodSaveUsage;
        }

        /**
         * Only saved payment methods whose <a
         * href="https://stripe.com/docs/api/payment_methods/object#payment_method_object-allow_redisplay">{@code
         * allow_redisplay}</a> value is in this list are shown. Defaults to {@code ["always"]}; list all
         * three values to show every saved payment method.
         * <p>
         * One of {@code always}, {@code limited}, {@code unspecified}.
         */
        public void setPaymentMethodAllowRedisplayFilters(List<String> paymentMethodAllowRedisplayFilters) {
          this.paymentMethodAllowRedisplayFilters = paymentMethodAllowRedisplayFilters;
        }

        /**
         * Whether the Payment Element shows the customer's saved payment methods. Defaults to {@code
         * disabled}.
         * <p>
         * One of {@code disabled}, {@code enabled}.
         */
        public void setPaymentMethodRedisplay(String paymentMethodRedisplay) {
          this.paymentMethodRedisplay = paymentMethodRedisplay;
        }

        /**
         * The largest number of saved payment methods the Payment Element shows. Defaults to 3; at most
         * 10.
         */
        public void setPaymentMethodRedisplayLimit(Long paymentMethodRedisplayLimit) {
          this.paymentMethodRedisplayLimit = paymentMethodRedisplayLimit;
        }

        /**
         * Whether the Payment Element offers to remove a saved payment method. Defaults to {@code
         * disabled}. Removing one detaches it from the customer, which affects any subscription that
         * relies on it.
         * <p>
         * One of {@code disabled}, {@code enabled}.
         */
        public void setPaymentMethodRemove(String paymentMethodRemove) {
          this.paymentMethodRemove = paymentMethodRemove;
        }

        /**
         * Whether the Payment Element shows a checkbox offering to save a new payment method. Defaults to
         * {@code disabled}. When the customer ticks it, the PaymentMethod's {@code allow_redisplay} is set
         * to {@code always} at confirmation, and a PaymentIntent's {@code setup_future_usage} is set to
         * {@code payment_method_save_usage}.
         * <p>
         * One of {@code disabled}, {@code enabled}.
         */
        public void setPaymentMethodSave(String paymentMethodSave) {
          this.paymentMethodSave = paymentMethodSave;
        }

        /**
         * With PaymentIntents, the {@code setup_future_usage} value used at confirmation when the customer
         * ticks the save checkbox. With SetupIntents, set {@code usage} on the SetupIntent instead.
         * <p>
         * One of {@code off_session}, {@code on_session}.
         */
        public void setPaymentMethodSaveUsage(String paymentMethodSaveUsage) {
          this.paymentMethodSaveUsage = paymentMethodSaveUsage;
        }

        @Override
        public boolean equals(Object o) {
          if (this == o) {
            return true;
          }
          if (o == null || o.getClass() != getClass()) {
            return false;
          }
          Features that = (Features) o;
          return Objects.equals(this.paymentMethodAllowRedisplayFilters, that.paymentMethodAllowRedisplayFilters)
              && Objects.equals(this.paymentMethodRedisplay, that.paymentMethodRedisplay)
              && Objects.equals(this.paymentMethodRedisplayLimit, that.paymentMethodRedisplayLimit)
              && Objects.equals(this.paymentMethodRemove, that.paymentMethodRemove)
              && Objects.equals(this.paymentMethodSave, that.paymentMethodSave)
              && Objects.equals(this.paymentMethodSaveUsage, that.paymentMethodSaveUsage);
        }

        @Override
        public int hashCode() {
          return Objects.hash(paymentMethodAllowRedisplayFilters, paymentMethodRedisplay, paymentMethodRedisplayLimit, paymentMethodRemove, paymentMethodSave, paymentMethodSaveUsage);
        }

      }

    }

    /**
     * Whether the pricing table component is enabled.
     */
    public static class PricingTable extends ApiObject {
      /**
       * Whether the pricing table is enabled.
       */
      @SerializedName("enabled")
      private Boolean enabled;

      /**
       * Whether the pricing table is enabled.
       */
      public Boolean getEnabled() {
        return enabled;
      }

      /**
       * Whether the pricing table is enabled.
       */
      public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
      }

      @Override
      public boolean equals(Object o) {
        if (this == o) {
          return true;
        }
        if (o == null || o.getClass() != getClass()) {
          return false;
        }
        PricingTable that = (PricingTable) o;
        return Objects.equals(this.enabled, that.enabled);
      }

      @Override
      public int hashCode() {
        return Objects.hash(enabled);
      }

    }

  }

}
