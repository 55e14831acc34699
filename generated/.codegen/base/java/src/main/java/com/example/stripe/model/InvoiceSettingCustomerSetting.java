// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.example.stripe.net.ExpandableField;
import com.google.gson.annotations.SerializedName;
import java.util.List;

/**
 * Defaults applied to the invoices of a customer.
 */
public class InvoiceSettingCustomerSetting extends ApiObject {
  /**
   * Custom fields shown on the customer's invoices by default.
   */
  @SerializedName("custom_fields")
  private List<InvoiceSettingCustomField> customFields;

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
  private InvoiceSettingRenderingOptions renderingOptions;

  /**
   * Custom fields shown on the customer's invoices by default.
   */
  public List<InvoiceSettingCustomField> getCustomFields() {
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
  public InvoiceSettingRenderingOptions getRenderingOptions() {
    return renderingOptions;
  }

}
