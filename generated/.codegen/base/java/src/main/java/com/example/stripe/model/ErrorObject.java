// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;

/**
 * The body Stripe sends back when a request fails.
 */
public class ErrorObject extends ApiObject {
  /**
   * Details about what went wrong.
   */
  @SerializedName("error")
  private ApiErrors error;

  /**
   * Details about what went wrong.
   */
  public ApiErrors getError() {
    return error;
  }

}
