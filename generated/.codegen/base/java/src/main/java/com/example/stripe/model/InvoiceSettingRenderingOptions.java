// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;

/**
 * How invoice PDFs are rendered.
 */
public class InvoiceSettingRenderingOptions extends ApiObject {
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

}
