// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;
import java.util.List;
import java.util.Map;

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
   * Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in
   * lowercase, that the customer is charged in for recurring billing.
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
  private InvoiceSettingCustomerSetting invoiceSettings;

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
   * Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in
   * lowercase, that the customer is charged in for recurring billing.
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
  public InvoiceSettingCustomerSetting getInvoiceSettings() {
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

}
