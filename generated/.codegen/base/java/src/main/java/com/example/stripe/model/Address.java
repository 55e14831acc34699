// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;
import java.util.Objects;

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
   * Two-letter country code (<a href="https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2">ISO 3166-1
   * alpha-2</a>).
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
   * Two-letter country code (<a href="https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2">ISO 3166-1
   * alpha-2</a>).
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

  /**
   * City, district, suburb, town, or village.
   */
  public void setCity(String city) {
    this.city = city;
  }

  /**
   * Two-letter country code (<a href="https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2">ISO 3166-1
   * alpha-2</a>).
   */
  public void setCountry(String country) {
    this.country = country;
  }

  /**
   * First address line, such as the street, PO box, or company name.
   */
  public void setLine1(String line1) {
    this.line1 = line1;
  }

  /**
   * Second address line, such as the apartment, suite, unit, or building.
   */
  public void setLine2(String line2) {
    this.line2 = line2;
  }

  /**
   * ZIP or postal code.
   */
  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  /**
   * State, county, province, or region.
   */
  public void setState(String state) {
    this.state = state;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || o.getClass() != getClass()) {
      return false;
    }
    Address that = (Address) o;
    return Objects.equals(this.city, that.city)
        && Objects.equals(this.country, that.country)
        && Objects.equals(this.line1, that.line1)
        && Objects.equals(this.line2, that.line2)
        && Objects.equals(this.postalCode, that.postalCode)
        && Objects.equals(this.state, that.state);
  }

  @Override
  public int hashCode() {
    return Objects.hash(city, country, line1, line2, postalCode, state);
  }

}
