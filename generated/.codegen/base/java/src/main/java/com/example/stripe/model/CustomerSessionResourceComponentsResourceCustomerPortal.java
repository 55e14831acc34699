// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;

/**
 * Whether the customer portal component is enabled.
 */
public class CustomerSessionResourceComponentsResourceCustomerPortal extends ApiObject {
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

}
