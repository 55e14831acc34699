// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.Stripe;
import com.example.stripe.exception.ApiException;
import com.example.stripe.net.ApiObject;
import com.example.stripe.net.ApiParams;
import com.example.stripe.net.ApiRequest;
import com.example.stripe.net.ExpandableField;
import com.example.stripe.net.Page;
import com.example.stripe.net.RequestOptions;
import com.example.stripe.param.CustomerPaymentMethodListParams;
import com.example.stripe.param.PaymentMethodAttachParams;
import com.example.stripe.param.PaymentMethodDetachParams;
import com.example.stripe.param.PaymentMethodRetrieveParams;
import com.example.stripe.validation.Validators;
import com.google.gson.annotations.SerializedName;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A PaymentMethod represents one of your customer's payment instruments. Use it with a
 * PaymentIntent to collect a payment, or attach it to a Customer to keep the instrument for future
 * payments.
 */
public class PaymentMethod extends ApiObject {
  /**
   * Whether this saved payment method may be shown to the customer again in a later checkout flow.
   * Stripe products such as Checkout and Elements use it to decide which saved payment methods to
   * offer.
   * <p>
   * One of {@code always}, {@code limited}, {@code unspecified}.
   */
  @SerializedName("allow_redisplay")
  private String allowRedisplay;

  /**
   * Billing information associated with the payment method.
   */
  @SerializedName("billing_details")
  private BillingDetails billingDetails;

  /**
   * Card details. Present when {@code type} is {@code card}.
   */
  @SerializedName("card")
  private Card card;

  /**
   * Time at which the object was created, in seconds since the Unix epoch.
   */
  @SerializedName("created")
  private Long created;

  /**
   * The Customer this payment method is attached to, or null when it is not attached to any
   * customer.
   */
  @SerializedName("customer")
  private ExpandableField<Customer> customer;

  /**
   * Unique identifier for the object.
   */
  @SerializedName("id")
  private String id;

  /**
   * {@code true} if the object exists in live mode, {@code false} if it exists in test mode.
   */
  @SerializedName("livemode")
  private Boolean livemode;

  /**
   * A set of key-value pairs you can attach to the object to store extra information in a structured
   * form.
   */
  @SerializedName("metadata")
  private Map<String, String> metadata;

  /**
   * String naming the object's type. Objects of the same type share the same value.
   * <p>
   * Equal to {@code payment_method}.
   */
  @SerializedName("object")
  private String object;

  /**
   * The type of the PaymentMethod. The object carries an extra hash named after the type, holding
   * details specific to it.
   * <p>
   * One of {@code acss_debit}, {@code bancontact}, {@code card}, {@code card_present}, {@code
   * cashapp}, {@code ideal}, {@code klarna}, {@code link}, {@code paypal}, {@code sepa_debit},
   * {@code us_bank_account}.
   */
  @SerializedName("type")
  private String type;

  /**
   * Whether this saved payment method may be shown to the customer again in a later checkout flow.
   * Stripe products such as Checkout and Elements use it to decide which saved payment methods to
   * offer.
   * <p>
   * One of {@code always}, {@code limited}, {@code unspecified}.
   */
  public String getAllowRedisplay() {
    return allowRedisplay;
  }

  /**
   * Billing information associated with the payment method.
   */
  public BillingDetails getBillingDetails() {
    return billingDetails;
  }

  /**
   * Card details. Present when {@code type} is {@code card}.
   */
  public Card getCard() {
    return card;
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
   * The Customer this payment method is attached to, or null when it is not attached to any
   * customer.
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
   * Unique identifier for the object.
   */
  public String getId() {
    return id;
  }

  /**
   * {@code true} if the object exists in live mode, {@code false} if it exists in test mode.
   */
  public Boolean getLivemode() {
    return livemode;
  }

  /**
   * A set of key-value pairs you can attach to the object to store extra information in a structured
   * form.
   */
  public Map<String, String> getMetadata() {
    return metadata;
  }

  /**
   * String naming the object's type. Objects of the same type share the same value.
   * <p>
   * Equal to {@code payment_method}.
   */
  public String getObject() {
    return object;
  }

  /**
   * The type of the PaymentMethod. The object carries an extra hash named after the type, holding
   * details specific to it.
   * <p>
   * One of {@code acss_debit}, {@code bancontact}, {@code card}, {@code card_present}, {@code
   * cashapp}, {@code ideal}, {@code klarna}, {@code link}, {@code paypal}, {@code sepa_debit},
   * {@code us_bank_account}.
   */
  public String getType() {
    return type;
  }

  /**
   * Whether this saved payment method may be shown to the customer again in a later checkout flow.
   * Stripe products such as Checkout and Elements use it to decide which saved payment methods to
   * offer.
   * <p>
   * One of {@code always}, {@code limited}, {@code unspecified}.
   */
  public void setAllowRedisplay(String allowRedisplay) {
    this.allowRedisplay = allowRedisplay;
  }

  /**
   * Billing information associated with the payment method.
   */
  public void setBillingDetails(BillingDetails billingDetails) {
    this.billingDetails = billingDetails;
  }

  /**
   * Card details. Present when {@code type} is {@code card}.
   */
  public void setCard(Card card) {
    this.card = card;
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
   * The Customer this payment method is attached to, or null when it is not attached to any
   * customer.
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
   * Unique identifier for the object.
   */
  public void setId(String id) {
    this.id = id;
  }

  /**
   * {@code true} if the object exists in live mode, {@code false} if it exists in test mode.
   */
  public void setLivemode(Boolean livemode) {
    this.livemode = livemode;
  }

  /**
   * A set of key-value pairs you can attach to the object to store extra information in a structured
   * form.
   */
  public void setMetadata(Map<String, String> metadata) {
    this.metadata = metadata;
  }

  /**
   * String naming the object's type. Objects of the same type share the same value.
   * <p>
   * Equal to {@code payment_method}.
   */
  public void setObject(String object) {
    this.object = object;
  }

  /**
   * The type of the PaymentMethod. The object carries an extra hash named after the type, holding
   * details specific to it.
   * <p>
   * One of {@code acss_debit}, {@code bancontact}, {@code card}, {@code card_present}, {@code
   * cashapp}, {@code ideal}, {@code klarna}, {@code link}, {@code paypal}, {@code sepa_debit},
   * {@code us_bank_account}.
   */
  public void setType(String type) {
    this.type = type;
  }

  /**
   * Retrieves a PaymentMethod. To list a customer's payment methods, use the customer's payment
   * methods list instead.
   */
  public static PaymentMethod retrieve(String paymentMethod) throws ApiException {
    return retrieve(paymentMethod, (Map<String, Object>) null, (RequestOptions) null);
  }

  /**
   * Retrieves a PaymentMethod. To list a customer's payment methods, use the customer's payment
   * methods list instead.
   */
  public static PaymentMethod retrieve(
      String paymentMethod, RequestOptions options) throws ApiException {
    return retrieve(paymentMethod, (Map<String, Object>) null, options);
  }

  /**
   * Retrieves a PaymentMethod. To list a customer's payment methods, use the customer's payment
   * methods list instead.
   */
  public static PaymentMethod retrieve(
      String paymentMethod, PaymentMethodRetrieveParams params) throws ApiException {
    return retrieve(paymentMethod, params, (RequestOptions) null);
  }

  /**
   * Retrieves a PaymentMethod. To list a customer's payment methods, use the customer's payment
   * methods list instead.
   */
  public static PaymentMethod retrieve(
      String paymentMethod, PaymentMethodRetrieveParams params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("GET", "/v1/payment_methods/{payment_method}", paymentMethod)
            .with(params, options)
            .validate(Validators::paymentMethodsRetrieve)
            .validateResponse(Validators::paymentMethodsRetrieveResponse),
        PaymentMethod.class,
        null);
  }

  /**
   * Retrieves a PaymentMethod. To list a customer's payment methods, use the customer's payment
   * methods list instead.
   */
  public static PaymentMethod retrieve(
      String paymentMethod, Map<String, Object> params) throws ApiException {
    return retrieve(paymentMethod, params, (RequestOptions) null);
  }

  /**
   * Retrieves a PaymentMethod. To list a customer's payment methods, use the customer's payment
   * methods list instead.
   */
  public static PaymentMethod retrieve(
      String paymentMethod, Map<String, Object> params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("GET", "/v1/payment_methods/{payment_method}", paymentMethod)
            .with(ApiParams.fromMap(params), options)
            .validate(Validators::paymentMethodsRetrieve)
            .validateResponse(Validators::paymentMethodsRetrieveResponse),
        PaymentMethod.class,
        null);
  }

  /**
   * Attaches a PaymentMethod to a Customer so it can be reused. Prefer saving payment methods
   * through a SetupIntent, or a PaymentIntent with {@code setup_future_usage}, which run the checks
   * and authentication that future payments need.
   */
  public PaymentMethod attach(PaymentMethodAttachParams params) throws ApiException {
    return attach(params, (RequestOptions) null);
  }

  /**
   * Attaches a PaymentMethod to a Customer so it can be reused. Prefer saving payment methods
   * through a SetupIntent, or a PaymentIntent with {@code setup_future_usage}, which run the checks
   * and authentication that future payments need.
   */
  public PaymentMethod attach(
      PaymentMethodAttachParams params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("POST", "/v1/payment_methods/{payment_method}/attach", this.getId())
            .with(params, options)
            .validate(Validators::paymentMethodsAttach)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::paymentMethodsAttachResponse),
        PaymentMethod.class,
        null);
  }

  /**
   * Attaches a PaymentMethod to a Customer so it can be reused. Prefer saving payment methods
   * through a SetupIntent, or a PaymentIntent with {@code setup_future_usage}, which run the checks
   * and authentication that future payments need.
   */
  public PaymentMethod attach(Map<String, Object> params) throws ApiException {
    return attach(params, (RequestOptions) null);
  }

  /**
   * Attaches a PaymentMethod to a Customer so it can be reused. Prefer saving payment methods
   * through a SetupIntent, or a PaymentIntent with {@code setup_future_usage}, which run the checks
   * and authentication that future payments need.
   */
  public PaymentMethod attach(
      Map<String, Object> params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("POST", "/v1/payment_methods/{payment_method}/attach", this.getId())
            .with(ApiParams.fromMap(params), options)
            .validate(Validators::paymentMethodsAttach)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::paymentMethodsAttachResponse),
        PaymentMethod.class,
        null);
  }

  /**
   * Detaches a PaymentMethod from its Customer. Once detached it can no longer be used for a payment
   * or attached to a Customer again.
   */
  public PaymentMethod detach() throws ApiException {
    return detach((Map<String, Object>) null, (RequestOptions) null);
  }

  /**
   * Detaches a PaymentMethod from its Customer. Once detached it can no longer be used for a payment
   * or attached to a Customer again.
   */
  public PaymentMethod detach(RequestOptions options) throws ApiException {
    return detach((Map<String, Object>) null, options);
  }

  /**
   * Detaches a PaymentMethod from its Customer. Once detached it can no longer be used for a payment
   * or attached to a Customer again.
   */
  public PaymentMethod detach(PaymentMethodDetachParams params) throws ApiException {
    return detach(params, (RequestOptions) null);
  }

  /**
   * Detaches a PaymentMethod from its Customer. Once detached it can no longer be used for a payment
   * or attached to a Customer again.
   */
  public PaymentMethod detach(
      PaymentMethodDetachParams params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("POST", "/v1/payment_methods/{payment_method}/detach", this.getId())
            .with(params, options)
            .validate(Validators::paymentMethodsDetach)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::paymentMethodsDetachResponse),
        PaymentMethod.class,
        null);
  }

  /**
   * Detaches a PaymentMethod from its Customer. Once detached it can no longer be used for a payment
   * or attached to a Customer again.
   */
  public PaymentMethod detach(Map<String, Object> params) throws ApiException {
    return detach(params, (RequestOptions) null);
  }

  /**
   * Detaches a PaymentMethod from its Customer. Once detached it can no longer be used for a payment
   * or attached to a Customer again.
   */
  public PaymentMethod detach(
      Map<String, Object> params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("POST", "/v1/payment_methods/{payment_method}/detach", this.getId())
            .with(ApiParams.fromMap(params), options)
            .validate(Validators::paymentMethodsDetach)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::paymentMethodsDetachResponse),
        PaymentMethod.class,
        null);
  }

  /**
   * Returns a list of the PaymentMethods attached to a customer.
   */
  public static Page<PaymentMethod> list(String customer) throws ApiException {
    return list(customer, (Map<String, Object>) null, (RequestOptions) null);
  }

  /**
   * Returns a list of the PaymentMethods attached to a customer.
   */
  public static Page<PaymentMethod> list(
      String customer, RequestOptions options) throws ApiException {
    return list(customer, (Map<String, Object>) null, options);
  }

  /**
   * Returns a list of the PaymentMethods attached to a customer.
   */
  public static Page<PaymentMethod> list(
      String customer, CustomerPaymentMethodListParams params) throws ApiException {
    return list(customer, params, (RequestOptions) null);
  }

  /**
   * Returns a list of the PaymentMethods attached to a customer.
   */
  public static Page<PaymentMethod> list(
      String customer, CustomerPaymentMethodListParams params, RequestOptions options) throws ApiException {
    return Stripe.requestor().requestPage(
        ApiRequest.of("GET", "/v1/customers/{customer}/payment_methods", customer)
            .with(params, options)
            .validate(Validators::customersPaymentMethodsList)
            .validateResponse(Validators::customersPaymentMethodsListResponse),
        PaymentMethod.class,
        null,
        false);
  }

  /**
   * Returns a list of the PaymentMethods attached to a customer.
   */
  public static Page<PaymentMethod> list(
      String customer, Map<String, Object> params) throws ApiException {
    return list(customer, params, (RequestOptions) null);
  }

  /**
   * Returns a list of the PaymentMethods attached to a customer.
   */
  public static Page<PaymentMethod> list(
      String customer, Map<String, Object> params, RequestOptions options) throws ApiException {
    return Stripe.requestor().requestPage(
        ApiRequest.of("GET", "/v1/customers/{customer}/payment_methods", customer)
            .with(ApiParams.fromMap(params), options)
            .validate(Validators::customersPaymentMethodsList)
            .validateResponse(Validators::customersPaymentMethodsListResponse),
        PaymentMethod.class,
        null,
        false);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || o.getClass() != getClass()) {
      return false;
    }
    PaymentMethod that = (PaymentMethod) o;
    return Objects.equals(this.allowRedisplay, that.allowRedisplay)
        && Objects.equals(this.billingDetails, that.billingDetails)
        && Objects.equals(this.card, that.card)
        && Objects.equals(this.created, that.created)
        && Objects.equals(this.customer, that.customer)
        && Objects.equals(this.id, that.id)
        && Objects.equals(this.livemode, that.livemode)
        && Objects.equals(this.metadata, that.metadata)
        && Objects.equals(this.object, that.object)
        && Objects.equals(this.type, that.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(allowRedisplay, billingDetails, card, created, customer, id, livemode, metadata, object, type);
  }

  /**
   * Contact details of the person responsible for paying with a payment method.
   */
  public static class BillingDetails extends ApiObject {
    /**
     * Billing address.
     */
    @SerializedName("address")
    private Address address;

    /**
     * Email address.
     */
    @SerializedName("email")
    private String email;

    /**
     * Full name.
     */
    @SerializedName("name")
    private String name;

    /**
     * Billing phone number, including any extension.
     */
    @SerializedName("phone")
    private String phone;

    /**
     * Billing address.
     */
    public Address getAddress() {
      return address;
    }

    /**
     * Email address.
     */
    public String getEmail() {
      return email;
    }

    /**
     * Full name.
     */
    public String getName() {
      return name;
    }

    /**
     * Billing phone number, including any extension.
     */
    public String getPhone() {
      return phone;
    }

    /**
     * Billing address.
     */
    public void setAddress(Address address) {
      this.address = address;
    }

    /**
     * Email address.
     */
    public void setEmail(String email) {
      this.email = email;
    }

    /**
     * Full name.
     */
    public void setName(String name) {
      this.name = name;
    }

    /**
     * Billing phone number, including any extension.
     */
    public void setPhone(String phone) {
      this.phone = phone;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      if (o == null || o.getClass() != getClass()) {
        return false;
      }
      BillingDetails that = (BillingDetails) o;
      return Objects.equals(this.address, that.address)
          && Objects.equals(this.email, that.email)
          && Objects.equals(this.name, that.name)
          && Objects.equals(this.phone, that.phone);
    }

    @Override
    public int hashCode() {
      return Objects.hash(address, email, name, phone);
    }

  }

  /**
   * Details of a card payment method.
   */
  public static class Card extends ApiObject {
    /**
     * Card brand: {@code amex}, {@code diners}, {@code discover}, {@code eftpos_au}, {@code jcb},
     * {@code mastercard}, {@code unionpay}, {@code visa}, or {@code unknown}.
     */
    @SerializedName("brand")
    private String brand;

    /**
     * Results of the checks run on the details the customer entered.
     */
    @SerializedName("checks")
    private Checks checks;

    /**
     * Two-letter ISO code of the card's issuing country. Helps you learn where your customers come
     * from.
     */
    @SerializedName("country")
    private String country;

    /**
     * Two-digit number for the card's expiration month.
     */
    @SerializedName("exp_month")
    private Long expMonth;

    /**
     * Four-digit number for the card's expiration year.
     */
    @SerializedName("exp_year")
    private Long expYear;

    /**
     * Identifies this card number uniquely within your account, so you can tell whether two customers
     * use the same card.
     */
    @SerializedName("fingerprint")
    private String fingerprint;

    /**
     * Funding type of the card: {@code credit}, {@code debit}, {@code prepaid}, or {@code unknown}.
     */
    @SerializedName("funding")
    private String funding;

    /**
     * The last four digits of the card number.
     */
    @SerializedName("last4")
    private String last4;

    /**
     * The card networks that can process payments made with this card.
     */
    @SerializedName("networks")
    private Networks networks;

    /**
     * Whether the card supports 3D Secure.
     */
    @SerializedName("three_d_secure_usage")
    private ThreeDSecureUsage threeDSecureUsage;

    /**
     * When the card was tokenized by a digital wallet, details of that wallet.
     */
    @SerializedName("wallet")
    private Wallet wallet;

    /**
     * Card brand: {@code amex}, {@code diners}, {@code discover}, {@code eftpos_au}, {@code jcb},
     * {@code mastercard}, {@code unionpay}, {@code visa}, or {@code unknown}.
     */
    public String getBrand() {
      return brand;
    }

    /**
     * Results of the checks run on the details the customer entered.
     */
    public Checks getChecks() {
      return checks;
    }

    /**
     * Two-letter ISO code of the card's issuing country. Helps you learn where your customers come
     * from.
     */
    public String getCountry() {
      return country;
    }

    /**
     * Two-digit number for the card's expiration month.
     */
    public Long getExpMonth() {
      return expMonth;
    }

    /**
     * Four-digit number for the card's expiration year.
     */
    public Long getExpYear() {
      return expYear;
    }

    /**
     * Identifies this card number uniquely within your account, so you can tell whether two customers
     * use the same card.
     */
    public String getFingerprint() {
      return fingerprint;
    }

    /**
     * Funding type of the card: {@code credit}, {@code debit}, {@code prepaid}, or {@code unknown}.
     */
    public String getFunding() {
      return funding;
    }

    /**
     * The last four digits of the card number.
     */
    public String getLast4() {
      return last4;
    }

    /**
     * The card networks that can process payments made with this card.
     */
    public Networks getNetworks() {
      return networks;
    }

    /**
     * Whether the card supports 3D Secure.
     */
    public ThreeDSecureUsage getThreeDSecureUsage() {
      return threeDSecureUsage;
    }

    /**
     * When the card was tokenized by a digital wallet, details of that wallet.
     */
    public Wallet getWallet() {
      return wallet;
    }

    /**
     * Card brand: {@code amex}, {@code diners}, {@code discover}, {@code eftpos_au}, {@code jcb},
     * {@code mastercard}, {@code unionpay}, {@code visa}, or {@code unknown}.
     */
    public void setBrand(String brand) {
      this.brand = brand;
    }

    /**
     * Results of the checks run on the details the customer entered.
     */
    public void setChecks(Checks checks) {
      this.checks = checks;
    }

    /**
     * Two-letter ISO code of the card's issuing country. Helps you learn where your customers come
     * from.
     */
    public void setCountry(String country) {
      this.country = country;
    }

    /**
     * Two-digit number for the card's expiration month.
     */
    public void setExpMonth(Long expMonth) {
      this.expMonth = expMonth;
    }

    /**
     * Four-digit number for the card's expiration year.
     */
    public void setExpYear(Long expYear) {
      this.expYear = expYear;
    }

    /**
     * Identifies this card number uniquely within your account, so you can tell whether two customers
     * use the same card.
     */
    public void setFingerprint(String fingerprint) {
      this.fingerprint = fingerprint;
    }

    /**
     * Funding type of the card: {@code credit}, {@code debit}, {@code prepaid}, or {@code unknown}.
     */
    public void setFunding(String funding) {
      this.funding = funding;
    }

    /**
     * The last four digits of the card number.
     */
    public void setLast4(String last4) {
      this.last4 = last4;
    }

    /**
     * The card networks that can process payments made with this card.
     */
    public void setNetworks(Networks networks) {
      this.networks = networks;
    }

    /**
     * Whether the card supports 3D Secure.
     */
    public void setThreeDSecureUsage(ThreeDSecureUsage threeDSecureUsage) {
      this.threeDSecureUsage = threeDSecureUsage;
    }

    /**
     * When the card was tokenized by a digital wallet, details of that wallet.
     */
    public void setWallet(Wallet wallet) {
      this.wallet = wallet;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      if (o == null || o.getClass() != getClass()) {
        return false;
      }
      Card that = (Card) o;
      return Objects.equals(this.brand, that.brand)
          && Objects.equals(this.checks, that.checks)
          && Objects.equals(this.country, that.country)
          && Objects.equals(this.expMonth, that.expMonth)
          && Objects.equals(this.expYear, that.expYear)
          && Objects.equals(this.fingerprint, that.fingerprint)
          && Objects.equals(this.funding, that.funding)
          && Objects.equals(this.last4, that.last4)
          && Objects.equals(this.networks, that.networks)
          && Objects.equals(this.threeDSecureUsage, that.threeDSecureUsage)
          && Objects.equals(this.wallet, that.wallet);
    }

    @Override
    public int hashCode() {
      return Objects.hash(brand, checks, country, expMonth, expYear, fingerprint, funding, last4, networks, threeDSecureUsage, wallet);
    }

    /**
     * Card networks available to a card.
     */
    public static class Networks extends ApiObject {
      /**
       * All networks the card can be processed on.
       */
      @SerializedName("available")
      private List<String> available;

      /**
       * The network preferred for processing, if any.
       */
      @SerializedName("preferred")
      private String preferred;

      /**
       * All networks the card can be processed on.
       */
      public List<String> getAvailable() {
        return available;
      }

      /**
       * The network preferred for processing, if any.
       */
      public String getPreferred() {
        return preferred;
      }

      /**
       * All networks the card can be processed on.
       */
      public void setAvailable(List<String> available) {
        this.available = available;
      }

      /**
       * The network preferred for processing, if any.
       */
      public void setPreferred(String preferred) {
        this.preferred = preferred;
      }

      @Override
      public boolean equals(Object o) {
        if (this == o) {
          return true;
        }
        if (o == null || o.getClass() != getClass()) {
          return false;
        }
        Networks that = (Networks) o;
        return Objects.equals(this.available, that.available)
            && Objects.equals(this.preferred, that.preferred);
      }

      @Override
      public int hashCode() {
        return Objects.hash(available, preferred);
      }

    }

    /**
     * Results of address and CVC checks. Each is one of {@code pass}, {@code fail}, {@code
     * unavailable}, or {@code unchecked}.
     */
    public static class Checks extends ApiObject {
      /**
       * Result of checking the first address line, if one was provided.
       */
      @SerializedName("address_line1_check")
      private String addressLine1Check;

      /**
       * Result of checking the postal code, if one was provided.
       */
      @SerializedName("address_postal_code_check")
      private String addressPostalCodeCheck;

      /**
       * Result of checking the CVC, if one was provided.
       */
      @SerializedName("cvc_check")
      private String cvcCheck;

      /**
       * Result of checking the first address line, if one was provided.
       */
      public String getAddressLine1Check() {
        return addressLine1Check;
      }

      /**
       * Result of checking the postal code, if one was provided.
       */
      public String getAddressPostalCodeCheck() {
        return addressPostalCodeCheck;
      }

      /**
       * Result of checking the CVC, if one was provided.
       */
      public String getCvcCheck() {
        return cvcCheck;
      }

      /**
       * Result of checking the first address line, if one was provided.
       */
      public void setAddressLine1Check(String addressLine1Check) {
        this.addressLine1Check = addressLine1Check;
      }

      /**
       * Result of checking the postal code, if one was provided.
       */
      public void setAddressPostalCodeCheck(String addressPostalCodeCheck) {
        this.addressPostalCodeCheck = addressPostalCodeCheck;
      }

      /**
       * Result of checking the CVC, if one was provided.
       */
      public void setCvcCheck(String cvcCheck) {
        this.cvcCheck = cvcCheck;
      }

      @Override
      public boolean equals(Object o) {
        if (this == o) {
          return true;
        }
        if (o == null || o.getClass() != getClass()) {
          return false;
        }
        Checks that = (Checks) o;
        return Objects.equals(this.addressLine1Check, that.addressLine1Check)
            && Objects.equals(this.addressPostalCodeCheck, that.addressPostalCodeCheck)
            && Objects.equals(this.cvcCheck, that.cvcCheck);
      }

      @Override
      public int hashCode() {
        return Objects.hash(addressLine1Check, addressPostalCodeCheck, cvcCheck);
      }

    }

    /**
     * The digital wallet a card was tokenized with.
     */
    public static class Wallet extends ApiObject {
      /**
       * The last four digits of the device account number, for wallets that issue one.
       */
      @SerializedName("dynamic_last4")
      private String dynamicLast4;

      /**
       * The type of wallet. An extra hash named after the type holds details specific to that wallet.
       * <p>
       * One of {@code amex_express_checkout}, {@code apple_pay}, {@code google_pay}, {@code link},
       * {@code masterpass}, {@code samsung_pay}, {@code visa_checkout}.
       */
      @SerializedName("type")
      private String type;

      /**
       * The last four digits of the device account number, for wallets that issue one.
       */
      public String getDynamicLast4() {
        return dynamicLast4;
      }

      /**
       * The type of wallet. An extra hash named after the type holds details specific to that wallet.
       * <p>
       * One of {@code amex_express_checkout}, {@code apple_pay}, {@code google_pay}, {@code link},
       * {@code masterpass}, {@code samsung_pay}, {@code visa_checkout}.
       */
      public String getType() {
        return type;
      }

      /**
       * The last four digits of the device account number, for wallets that issue one.
       */
      public void setDynamicLast4(String dynamicLast4) {
        this.dynamicLast4 = dynamicLast4;
      }

      /**
       * The type of wallet. An extra hash named after the type holds details specific to that wallet.
       * <p>
       * One of {@code amex_express_checkout}, {@code apple_pay}, {@code google_pay}, {@code link},
       * {@code masterpass}, {@code samsung_pay}, {@code visa_checkout}.
       */
      public void setType(String type) {
        this.type = type;
      }

      @Override
      public boolean equals(Object o) {
        if (this == o) {
          return true;
        }
        if (o == null || o.getClass() != getClass()) {
          return false;
        }
        Wallet that = (Wallet) o;
        return Objects.equals(this.dynamicLast4, that.dynamicLast4)
            && Objects.equals(this.type, that.type);
      }

      @Override
      public int hashCode() {
        return Objects.hash(dynamicLast4, type);
      }

    }

    /**
     * 3D Secure support of a card.
     */
    public static class ThreeDSecureUsage extends ApiObject {
      /**
       * Whether 3D Secure is supported on this card.
       */
      @SerializedName("supported")
      private Boolean supported;

      /**
       * Whether 3D Secure is supported on this card.
       */
      public Boolean getSupported() {
        return supported;
      }

      /**
       * Whether 3D Secure is supported on this card.
       */
      public void setSupported(Boolean supported) {
        this.supported = supported;
      }

      @Override
      public boolean equals(Object o) {
        if (this == o) {
          return true;
        }
        if (o == null || o.getClass() != getClass()) {
          return false;
        }
        ThreeDSecureUsage that = (ThreeDSecureUsage) o;
        return Objects.equals(this.supported, that.supported);
      }

      @Override
      public int hashCode() {
        return Objects.hash(supported);
      }

    }

  }

}
