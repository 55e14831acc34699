// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;

/**
 * 3D Secure support of a card.
 */
public class ThreeDSecureUsage extends ApiObject {
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

}
