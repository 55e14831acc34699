// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;

/**
 * Results of address and CVC checks. Each is one of {@code pass}, {@code fail}, {@code
 * unavailable}, or {@code unchecked}.
 */
public class PaymentMethodCardChecks extends ApiObject {
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

}
