// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;

/**
 * A name and value pair printed on an invoice.
 */
public class InvoiceSettingCustomField extends ApiObject {
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

}
