// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;
import java.util.Objects;

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

  /**
   * Details about what went wrong.
   */
  public void setError(ApiErrors error) {
    this.error = error;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || o.getClass() != getClass()) {
      return false;
    }
    ErrorObject that = (ErrorObject) o;
    return Objects.equals(this.error, that.error);
  }

  @Override
  public int hashCode() {
    return Objects.hash(error);
  }

}
