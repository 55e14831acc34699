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
import com.example.stripe.param.CustomerCreateParams;
import com.example.stripe.param.CustomerListParams;
import com.example.stripe.param.CustomerRetrieveParams;
import com.example.stripe.param.CustomerSearchParams;
import com.example.stripe.param.CustomerUpdateParams;
import com.example.stripe.validation.Validators;
import com.google.gson.annotations.SerializedName;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Customer represents someone who buys from you. Customers let you charge the same buyer
 * repeatedly, keep their saved payment methods, and follow every payment they make.
 */
public class Customer extends ApiObject {
  /**
   * The customer's postal address.
   */
  @SerializedName("address")
  private Address address;

  /**
   * Amount, in the smallest currency unit, applied to the customer's next invoice at finalization. A
   * negative value is a credit that lowers the amount due; a positive value is owed and raises it.
   */
  @SerializedName("balance")
  private Long balance;

  /**
   * Time at which the object was created, in seconds since the Unix epoch.
   */
  @SerializedName("created")
  private Long created;

  /**
   * Three-letter <a href="https://www.iso.org/iso-4217-currency-codes.html">ISO currency code</a>,
   * in lowercase, that the customer is charged in for recurring billing.
   */
  @SerializedName("currency")
  private String currency;

  /**
   * ID of the payment source (card, bank account, or source) used by default when the customer is
   * charged without an explicit source.
   */
  @SerializedName("default_source")
  private String defaultSource;

  /**
   * Whether the customer's latest invoice or charge failed. True when an invoice payment is past due
   * or an automatic payment attempt failed.
   */
  @SerializedName("delinquent")
  private Boolean delinquent;

  /**
   * An arbitrary string attached to the object, often useful for display.
   */
  @SerializedName("description")
  private String description;

  /**
   * The customer's email address.
   */
  @SerializedName("email")
  private String email;

  /**
   * Unique identifier for the object.
   */
  @SerializedName("id")
  private String id;

  /**
   * The prefix of the customer's invoice numbers, from which each invoice number is built.
   */
  @SerializedName("invoice_prefix")
  private String invoicePrefix;

  /**
   * The customer's default invoice settings.
   */
  @SerializedName("invoice_settings")
  private InvoiceSettings invoiceSettings;

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
   * The customer's full name or business name.
   */
  @SerializedName("name")
  private String name;

  /**
   * The sequence number used for the customer's next invoice.
   */
  @SerializedName("next_invoice_sequence")
  private Long nextInvoiceSequence;

  /**
   * String naming the object's type. Objects of the same type share the same value.
   * <p>
   * Equal to {@code customer}.
   */
  @SerializedName("object")
  private String object;

  /**
   * The customer's phone number.
   */
  @SerializedName("phone")
  private String phone;

  /**
   * The customer's preferred locales (languages), ordered by preference.
   */
  @SerializedName("preferred_locales")
  private List<String> preferredLocales;

  /**
   * Shipping details used for physical goods sent to the customer.
   */
  @SerializedName("shipping")
  private Shipping shipping;

  /**
   * The customer's tax exemption: {@code none}, {@code exempt}, or {@code reverse}. With {@code
   * reverse}, invoices and receipts carry the note "Reverse charge".
   * <p>
   * One of {@code exempt}, {@code none}, {@code reverse}.
   */
  @SerializedName("tax_exempt")
  private String taxExempt;

  /**
   * ID of the test clock this customer belongs to, if any.
   */
  @SerializedName("test_clock")
  private String testClock;

  /**
   * The customer's postal address.
   */
  public Address getAddress() {
    return address;
  }

  /**
   * Amount, in the smallest currency unit, applied to the customer's next invoice at finalization. A
   * negative value is a credit that lowers the amount due; a positive value is owed and raises it.
   */
  public Long getBalance() {
    return balance;
  }

  /**
   * Time at which the object was created, in seconds since the Unix epoch.
   */
  public Long getCreated() {
    return created;
  }

  /**
   * Three-letter <a href="https://www.iso.org/iso-4217-currency-codes.html">ISO currency code</a>,
   * in lowercase, that the customer is charged in for recurring billing.
   */
  public String getCurrency() {
    return currency;
  }

  /**
   * ID of the payment source (card, bank account, or source) used by default when the customer is
   * charged without an explicit source.
   */
  public String getDefaultSource() {
    return defaultSource;
  }

  /**
   * Whether the customer's latest invoice or charge failed. True when an invoice payment is past due
   * or an automatic payment attempt failed.
   */
  public Boolean getDelinquent() {
    return delinquent;
  }

  /**
   * An arbitrary string attached to the object, often useful for display.
   */
  public String getDescription() {
    return description;
  }

  /**
   * The customer's email address.
   */
  public String getEmail() {
    return email;
  }

  /**
   * Unique identifier for the object.
   */
  public String getId() {
    return id;
  }

  /**
   * The prefix of the customer's invoice numbers, from which each invoice number is built.
   */
  public String getInvoicePrefix() {
    return invoicePrefix;
  }

  /**
   * The customer's default invoice settings.
   */
  public InvoiceSettings getInvoiceSettings() {
    return invoiceSettings;
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
   * The customer's full name or business name.
   */
  public String getName() {
    return name;
  }

  /**
   * The sequence number used for the customer's next invoice.
   */
  public Long getNextInvoiceSequence() {
    return nextInvoiceSequence;
  }

  /**
   * String naming the object's type. Objects of the same type share the same value.
   * <p>
   * Equal to {@code customer}.
   */
  public String getObject() {
    return object;
  }

  /**
   * The customer's phone number.
   */
  public String getPhone() {
    return phone;
  }

  /**
   * The customer's preferred locales (languages), ordered by preference.
   */
  public List<String> getPreferredLocales() {
    return preferredLocales;
  }

  /**
   * Shipping details used for physical goods sent to the customer.
   */
  public Shipping getShipping() {
    return shipping;
  }

  /**
   * The customer's tax exemption: {@code none}, {@code exempt}, or {@code reverse}. With {@code
   * reverse}, invoices and receipts carry the note "Reverse charge".
   * <p>
   * One of {@code exempt}, {@code none}, {@code reverse}.
   */
  public String getTaxExempt() {
    return taxExempt;
  }

  /**
   * ID of the test clock this customer belongs to, if any.
   */
  public String getTestClock() {
    return testClock;
  }

  /**
   * The customer's postal address.
   */
  public void setAddress(Address address) {
    this.address = address;
  }

  /**
   * Amount, in the smallest currency unit, applied to the customer's next invoice at finalization. A
   * negative value is a credit that lowers the amount due; a positive value is owed and raises it.
   */
  public void setBalance(Long balance) {
    this.balance = balance;
  }

  /**
   * Time at which the object was created, in seconds since the Unix epoch.
   */
  public void setCreated(Long created) {
    this.created = created;
  }

  /**
   * Three-letter <a href="https://www.iso.org/iso-4217-currency-codes.html">ISO currency code</a>,
   * in lowercase, that the customer is charged in for recurring billing.
   */
  public void setCurrency(String currency) {
    this.currency = currency;
  }

  /**
   * ID of the payment source (card, bank account, or source) used by default when the customer is
   * charged without an explicit source.
   */
  public void setDefaultSource(String defaultSource) {
    this.defaultSource = defaultSource;
  }

  /**
   * Whether the customer's latest invoice or charge failed. True when an invoice payment is past due
   * or an automatic payment attempt failed.
   */
  public void setDelinquent(Boolean delinquent) {
    this.delinquent = delinquent;
  }

  /**
   * An arbitrary string attached to the object, often useful for display.
   */
  public void setDescription(String description) {
    this.description = description;
  }

  /**
   * The customer's email address.
   */
  public void setEmail(String email) {
    this.email = email;
  }

  /**
   * Unique identifier for the object.
   */
  public void setId(String id) {
    this.id = id;
  }

  /**
   * The prefix of the customer's invoice numbers, from which each invoice number is built.
   */
  public void setInvoicePrefix(String invoicePrefix) {
    this.invoicePrefix = invoicePrefix;
  }

  /**
   * The customer's default invoice settings.
   */
  public void setInvoiceSettings(InvoiceSettings invoiceSettings) {
    this.invoiceSettings = invoiceSettings;
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
   * The customer's full name or business name.
   */
  public void setName(String name) {
    this.name = name;
  }

  /**
   * The sequence number used for the customer's next invoice.
   */
  public void setNextInvoiceSequence(Long nextInvoiceSequence) {
    this.nextInvoiceSequence = nextInvoiceSequence;
  }

  /**
   * String naming the object's type. Objects of the same type share the same value.
   * <p>
   * Equal to {@code customer}.
   */
  public void setObject(String object) {
    this.object = object;
  }

  /**
   * The customer's phone number.
   */
  public void setPhone(String phone) {
    this.phone = phone;
  }

  /**
   * The customer's preferred locales (languages), ordered by preference.
   */
  public void setPreferredLocales(List<String> preferredLocales) {
    this.preferredLocales = preferredLocales;
  }

  /**
   * Shipping details used for physical goods sent to the customer.
   */
  public void setShipping(Shipping shipping) {
    this.shipping = shipping;
  }

  /**
   * The customer's tax exemption: {@code none}, {@code exempt}, or {@code reverse}. With {@code
   * reverse}, invoices and receipts carry the note "Reverse charge".
   * <p>
   * One of {@code exempt}, {@code none}, {@code reverse}.
   */
  public void setTaxExempt(String taxExempt) {
    this.taxExempt = taxExempt;
  }

  /**
   * ID of the test clock this customer belongs to, if any.
   */
  public void setTestClock(String testClock) {
    this.testClock = testClock;
  }

  /**
   * Returns a list of your customers, most recently created first.
   */
  public static Page<Customer> list() throws ApiException {
    return list((Map<String, Object>) null, (RequestOptions) null);
  }

  /**
   * Returns a list of your customers, most recently created first.
   */
  public static Page<Customer> list(RequestOptions options) throws ApiException {
    return list((Map<String, Object>) null, options);
  }

  /**
   * Returns a list of your customers, most recently created first.
   */
  public static Page<Customer> list(CustomerListParams params) throws ApiException {
    return list(params, (RequestOptions) null);
  }

  /**
   * Returns a list of your customers, most recently created first.
   */
  public static Page<Customer> list(
      CustomerListParams params, RequestOptions options) throws ApiException {
    return Stripe.requestor().requestPage(
        ApiRequest.of("GET", "/v1/customers")
            .with(params, options)
            .validate(Validators::customersList)
            .validateResponse(Validators::customersListResponse),
        Customer.class,
        null,
        false);
  }

  /**
   * Returns a list of your customers, most recently created first.
   */
  public static Page<Customer> list(Map<String, Object> params) throws ApiException {
    return list(params, (RequestOptions) null);
  }

  /**
   * Returns a list of your customers, most recently created first.
   */
  public static Page<Customer> list(
      Map<String, Object> params, RequestOptions options) throws ApiException {
    return Stripe.requestor().requestPage(
        ApiRequest.of("GET", "/v1/customers")
            .with(ApiParams.fromMap(params), options)
            .validate(Validators::customersList)
            .validateResponse(Validators::customersListResponse),
        Customer.class,
        null,
        false);
  }

  /**
   * Creates a new customer.
   */
  public static Customer create() throws ApiException {
    return create((Map<String, Object>) null, (RequestOptions) null);
  }

  /**
   * Creates a new customer.
   */
  public static Customer create(RequestOptions options) throws ApiException {
    return create((Map<String, Object>) null, options);
  }

  /**
   * Creates a new customer.
   */
  public static Customer create(CustomerCreateParams params) throws ApiException {
    return create(params, (RequestOptions) null);
  }

  /**
   * Creates a new customer.
   */
  public static Customer create(
      CustomerCreateParams params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("POST", "/v1/customers")
            .with(params, options)
            .validate(Validators::customersCreate)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::customersCreateResponse),
        Customer.class,
        null);
  }

  /**
   * Creates a new customer.
   */
  public static Customer create(Map<String, Object> params) throws ApiException {
    return create(params, (RequestOptions) null);
  }

  /**
   * Creates a new customer.
   */
  public static Customer create(
      Map<String, Object> params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("POST", "/v1/customers")
            .with(ApiParams.fromMap(params), options)
            .validate(Validators::customersCreate)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::customersCreateResponse),
        Customer.class,
        null);
  }

  /**
   * Searches customers previously created with the <a
   * href="https://stripe.com/docs/search#search-query-language">Search Query Language</a>. Search
   * results can lag a little behind writes, and search is not available in India.
   */
  public static Page<Customer> search(CustomerSearchParams params) throws ApiException {
    return search(params, (RequestOptions) null);
  }

  /**
   * Searches customers previously created with the <a
   * href="https://stripe.com/docs/search#search-query-language">Search Query Language</a>. Search
   * results can lag a little behind writes, and search is not available in India.
   */
  public static Page<Customer> search(
      CustomerSearchParams params, RequestOptions options) throws ApiException {
    return Stripe.requestor().requestPage(
        ApiRequest.of("GET", "/v1/customers/search")
            .with(params, options)
            .validate(Validators::customersSearch)
            .validateResponse(Validators::customersSearchResponse),
        Customer.class,
        null,
        true);
  }

  /**
   * Searches customers previously created with the <a
   * href="https://stripe.com/docs/search#search-query-language">Search Query Language</a>. Search
   * results can lag a little behind writes, and search is not available in India.
   */
  public static Page<Customer> search(Map<String, Object> params) throws ApiException {
    return search(params, (RequestOptions) null);
  }

  /**
   * Searches customers previously created with the <a
   * href="https://stripe.com/docs/search#search-query-language">Search Query Language</a>. Search
   * results can lag a little behind writes, and search is not available in India.
   */
  public static Page<Customer> search(
      Map<String, Object> params, RequestOptions options) throws ApiException {
    return Stripe.requestor().requestPage(
        ApiRequest.of("GET", "/v1/customers/search")
            .with(ApiParams.fromMap(params), options)
            .validate(Validators::customersSearch)
            .validateResponse(Validators::customersSearchResponse),
        Customer.class,
        null,
        true);
  }

  /**
   * Retrieves a customer. A customer that has been deleted is returned as a deleted customer.
   */
  public static Customer retrieve(String customer) throws ApiException {
    return retrieve(customer, (Map<String, Object>) null, (RequestOptions) null);
  }

  /**
   * Retrieves a customer. A customer that has been deleted is returned as a deleted customer.
   */
  public static Customer retrieve(String customer, RequestOptions options) throws ApiException {
    return retrieve(customer, (Map<String, Object>) null, options);
  }

  /**
   * Retrieves a customer. A customer that has been deleted is returned as a deleted customer.
   */
  public static Customer retrieve(
      String customer, CustomerRetrieveParams params) throws ApiException {
    return retrieve(customer, params, (RequestOptions) null);
  }

  /**
   * Retrieves a customer. A customer that has been deleted is returned as a deleted customer.
   */
  public static Customer retrieve(
      String customer, CustomerRetrieveParams params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("GET", "/v1/customers/{customer}", customer)
            .with(params, options)
            .validate(Validators::customersRetrieve)
            .validateResponse(Validators::customersRetrieveResponse),
        Customer.class,
        null);
  }

  /**
   * Retrieves a customer. A customer that has been deleted is returned as a deleted customer.
   */
  public static Customer retrieve(String customer, Map<String, Object> params) throws ApiException {
    return retrieve(customer, params, (RequestOptions) null);
  }

  /**
   * Retrieves a customer. A customer that has been deleted is returned as a deleted customer.
   */
  public static Customer retrieve(
      String customer, Map<String, Object> params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("GET", "/v1/customers/{customer}", customer)
            .with(ApiParams.fromMap(params), options)
            .validate(Validators::customersRetrieve)
            .validateResponse(Validators::customersRetrieveResponse),
        Customer.class,
        null);
  }

  /**
   * Updates a customer with the parameters you pass; parameters you leave out keep their current
   * values.
   */
  public Customer update() throws ApiException {
    return update((Map<String, Object>) null, (RequestOptions) null);
  }

  /**
   * Updates a customer with the parameters you pass; parameters you leave out keep their current
   * values.
   */
  public Customer update(RequestOptions options) throws ApiException {
    return update((Map<String, Object>) null, options);
  }

  /**
   * Updates a customer with the parameters you pass; parameters you leave out keep their current
   * values.
   */
  public Customer update(CustomerUpdateParams params) throws ApiException {
    return update(params, (RequestOptions) null);
  }

  /**
   * Updates a customer with the parameters you pass; parameters you leave out keep their current
   * values.
   */
  public Customer update(CustomerUpdateParams params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("POST", "/v1/customers/{customer}", this.getId())
            .with(params, options)
            .validate(Validators::customersUpdate)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::customersUpdateResponse),
        Customer.class,
        null);
  }

  /**
   * Updates a customer with the parameters you pass; parameters you leave out keep their current
   * values.
   */
  public Customer update(Map<String, Object> params) throws ApiException {
    return update(params, (RequestOptions) null);
  }

  /**
   * Updates a customer with the parameters you pass; parameters you leave out keep their current
   * values.
   */
  public Customer update(Map<String, Object> params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("POST", "/v1/customers/{customer}", this.getId())
            .with(ApiParams.fromMap(params), options)
            .validate(Validators::customersUpdate)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::customersUpdateResponse),
        Customer.class,
        null);
  }

  /**
   * Permanently deletes a customer; this cannot be undone. Any active subscriptions of the customer
   * are canceled immediately.
   */
  public DeletedCustomer delete() throws ApiException {
    return delete((RequestOptions) null);
  }

  /**
   * Permanently deletes a customer; this cannot be undone. Any active subscriptions of the customer
   * are canceled immediately.
   */
  public DeletedCustomer delete(RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("DELETE", "/v1/customers/{customer}", this.getId())
            .with(null, options)
            .validateResponse(Validators::customersDeleteResponse),
        DeletedCustomer.class,
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
    Customer that = (Customer) o;
    return Objects.equals(this.address, that.address)
        && Objects.equals(this.balance, that.balance)
        && Objects.equals(this.created, that.created)
        && Objects.equals(this.currency, that.currency)
        && Objects.equals(this.defaultSource, that.defaultSource)
        && Objects.equals(this.delinquent, that.delinquent)
        && Objects.equals(this.description, that.description)
        && Objects.equals(this.email, that.email)
        && Objects.equals(this.id, that.id)
        && Objects.equals(this.invoicePrefix, that.invoicePrefix)
        && Objects.equals(this.invoiceSettings, that.invoiceSettings)
        && Objects.equals(this.livemode, that.livemode)
        && Objects.equals(this.metadata, that.metadata)
        && Objects.equals(this.name, that.name)
        && Objects.equals(this.nextInvoiceSequence, that.nextInvoiceSequence)
        && Objects.equals(this.object, that.object)
        && Objects.equals(this.phone, that.phone)
        && Objects.equals(this.preferredLocales, that.preferredLocales)
        && Objects.equals(this.shipping, that.shipping)
        && Objects.equals(this.taxExempt, that.taxExempt)
        && Objects.equals(this.testClock, that.testClock);
  }

  @Override
  public int hashCode() {
    return Objects.hash(address, balance, created, currency, defaultSource, delinquent, description, email, id, invoicePrefix, invoiceSettings, livemode, metadata, name, nextInvoiceSequence, object, phone, preferredLocales, shipping, taxExempt, testClock);
  }

  /**
   * Defaults applied to the invoices of a customer.
   */
  public static class InvoiceSettings extends ApiObject {
    /**
     * Custom fields shown on the customer's invoices by default.
     */
    @SerializedName("custom_fields")
    private List<CustomField> customFields;

    /**
     * ID of a payment method attached to the customer, used by default for the customer's
     * subscriptions and invoices.
     */
    @SerializedName("default_payment_method")
    private ExpandableField<PaymentMethod> defaultPaymentMethod;

    /**
     * Footer shown on the customer's invoices by default.
     */
    @SerializedName("footer")
    private String footer;

    /**
     * Options for rendering the PDFs of the customer's invoices.
     */
    @SerializedName("rendering_options")
    private RenderingOptions renderingOptions;

    /**
     * Custom fields shown on the customer's invoices by default.
     */
    public List<CustomField> getCustomFields() {
      return customFields;
    }

    /**
     * The id of the expandable default_payment_method.
     * <p>
     * ID of a payment method attached to the customer, used by default for the customer's
     * subscriptions and invoices.
     */
    public String getDefaultPaymentMethod() {
      return defaultPaymentMethod == null ? null : defaultPaymentMethod.getId();
    }

    /**
     * The expanded default_payment_method, or null unless the request expanded it.
     */
    public PaymentMethod getDefaultPaymentMethodObject() {
      return defaultPaymentMethod == null ? null : defaultPaymentMethod.getExpanded();
    }

    /**
     * Footer shown on the customer's invoices by default.
     */
    public String getFooter() {
      return footer;
    }

    /**
     * Options for rendering the PDFs of the customer's invoices.
     */
    public RenderingOptions getRenderingOptions() {
      return renderingOptions;
    }

    /**
     * Custom fields shown on the customer's invoices by default.
     */
    public void setCustomFields(List<CustomField> customFields) {
      this.customFields = customFields;
    }

    /**
     * The id of the expandable default_payment_method.
     * <p>
     * ID of a payment method attached to the customer, used by default for the customer's
     * subscriptions and invoices.
     */
    public void setDefaultPaymentMethod(String id) {
      this.defaultPaymentMethod = ExpandableField.withId(id, defaultPaymentMethod);
    }

    /**
     * Sets the expanded default_payment_method (and its id).
     */
    public void setDefaultPaymentMethodObject(PaymentMethod expandableObject) {
      this.defaultPaymentMethod =
          expandableObject == null ? null : new ExpandableField<>(expandableObject.getId(), expandableObject);
    }

    /**
     * Footer shown on the customer's invoices by default.
     */
    public void setFooter(String footer) {
      this.footer = footer;
    }

    /**
     * Options for rendering the PDFs of the customer's invoices.
     */
    public void setRenderingOptions(RenderingOptions renderingOptions) {
      this.renderingOptions = renderingOptions;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      if (o == null || o.getClass() != getClass()) {
        return false;
      }
      InvoiceSettings that = (InvoiceSettings) o;
      return Objects.equals(this.customFields, that.customFields)
          && Objects.equals(this.defaultPaymentMethod, that.defaultPaymentMethod)
          && Objects.equals(this.footer, that.footer)
          && Objects.equals(this.renderingOptions, that.renderingOptions);
    }

    @Override
    public int hashCode() {
      return Objects.hash(customFields, defaultPaymentMethod, footer, renderingOptions);
    }

    /**
     * A name and value pair printed on an invoice.
     */
    public static class CustomField extends ApiObject {
      /**
       * The name of the custom field.
       */
      @SerializedName("name")
      private String name;

      /**
       * The value of the custom field.
       */
      @SerializedName("value")
      private String value;

      /**
       * The name of the custom field.
       */
      public String getName() {
        return name;
      }

      /**
       * The value of the custom field.
       */
      public String getValue() {
        return value;
      }

      /**
       * The name of the custom field.
       */
      public void setName(String name) {
        this.name = name;
      }

      /**
       * The value of the custom field.
       */
      public void setValue(String value) {
        this.value = value;
      }

      @Override
      public boolean equals(Object o) {
        if (this == o) {
          return true;
        }
        if (o == null || o.getClass() != getClass()) {
          return false;
        }
        CustomField that = (CustomField) o;
        return Objects.equals(this.name, that.name)
            && Objects.equals(this.value, that.value);
      }

      @Override
      public int hashCode() {
        return Objects.hash(name, value);
      }

    }

    /**
     * How invoice PDFs are rendered.
     */
    public static class RenderingOptions extends ApiObject {
      /**
       * How line-item prices and amounts are shown with respect to tax on invoice PDFs.
       */
      @SerializedName("amount_tax_display")
      private String amountTaxDisplay;

      /**
       * How line-item prices and amounts are shown with respect to tax on invoice PDFs.
       */
      public String getAmountTaxDisplay() {
        return amountTaxDisplay;
      }

      /**
       * How line-item prices and amounts are shown with respect to tax on invoice PDFs.
       */
      public void setAmountTaxDisplay(String amountTaxDisplay) {
        this.amountTaxDisplay = amountTaxDisplay;
      }

      @Override
      public boolean equals(Object o) {
        if (this == o) {
          return true;
        }
        if (o == null || o.getClass() != getClass()) {
          return false;
        }
        RenderingOptions that = (RenderingOptions) o;
        return Objects.equals(this.amountTaxDisplay, that.amountTaxDisplay);
      }

      @Override
      public int hashCode() {
        return Objects.hash(amountTaxDisplay);
      }

    }

  }

}
