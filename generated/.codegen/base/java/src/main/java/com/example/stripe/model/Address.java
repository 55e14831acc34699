// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;

/**
 * A postal address. Every part is optional and may be null.
 */
public class Address extends ApiObject {
  /**
   * City, district, suburb, town, or village.
   */
  @SerializedName("city")
  private String city;

  /**
   * Two-letter country code ([ISO 3166-1
   * alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
   */
  @SerializedName("country")
  private String country;

  /**
   * First address line, such as the street, PO box, or company name.
   */
  @SerializedName("line1")
  private String line1;

  /**
   * Second address line, such as the apartment, suite, unit, or building.
   */
  @SerializedName("line2")
  private String line2;

  /**
   * ZIP or postal code.
   */
  @SerializedName("postal_code")
  private String postalCode;

  /**
   * State, county, province, or region.
   */
  @SerializedName("state")
  private String state;

  /**
   * City, district, suburb, town, or village.
   */
  public String getCity() {
    return city;
  }

  /**
   * Two-letter country code ([ISO 3166-1
   * alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
   */
  public String getCountry() {
    return country;
  }

  /**
   * First address line, such as the street, PO box, or company name.
   */
  public String getLine1() {
    return line1;
  }

  /**
   * Second address line, such as the apartment, suite, unit, or building.
   */
  public String getLine2() {
    return line2;
  }

  /**
   * ZIP or postal code.
   */
  public String getPostalCode() {
    return postalCode;
  }

  /**
   * State, county, province, or region.
   */
  public String getState() {
    return state;
  }

}
