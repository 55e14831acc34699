// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;
import java.util.List;

/**
 * Card networks available to a card.
 */
public class Networks extends ApiObject {
  /**
   * All networks the card can be processed on.
   */
  @SerializedName("available")
  private List<String> available;

  /**
   * The network preferred for processing, if any.
   */
  @SerializedName("preferred")
  private String preferred;

  /**
   * All networks the card can be processed on.
   */
  public List<String> getAvailable() {
    return available;
  }

  /**
   * The network preferred for processing, if any.
   */
  public String getPreferred() {
    return preferred;
  }

}
