// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.example.stripe.net.OneOf;
import com.google.gson.annotations.SerializedName;
import java.util.Map;

/**
 * The object an event is about, and the attributes that changed.
 */
public class NotificationEventData extends ApiObject {
  /**
   * The API resource the event is about, as it was when the event happened. For {@code *.updated}
   * events this is the new state. Its {@code object} field says which resource it is.
   */
  @SerializedName("object")
  @OneOf(values = {"customer", "customer_session", "payment_intent", "payment_method", "setup_intent"}, types = {Customer.class, CustomerSession.class, PaymentIntent.class, PaymentMethod.class, SetupIntent.class})
  private ApiObject object;

  /**
   * For {@code *.updated} events, the previous values of the attributes that changed, keyed by
   * attribute name.
   */
  @SerializedName("previous_attributes")
  private Map<String, Object> previousAttributes;

  /**
   * The API resource the event is about, as it was when the event happened. For {@code *.updated}
   * events this is the new state. Its {@code object} field says which resource it is.
   */
  public ApiObject getObject() {
    return object;
  }

  /**
   * For {@code *.updated} events, the previous values of the attributes that changed, keyed by
   * attribute name.
   */
  public Map<String, Object> getPreviousAttributes() {
    return previousAttributes;
  }

}
