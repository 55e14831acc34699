// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;
import java.util.Objects;

/**
 * Where and to whom physical goods are delivered.
 */
public class Shipping extends ApiObject {
  /**
   * The delivery address.
   */
  @SerializedName("address")
  private Address address;

  /**
   * The delivery service that shipped the goods, such as FedEx, UPS, or USPS.
   */
  @SerializedName("carrier")
  private String carrier;

  /**
   * Name of the recipient.
   */
  @SerializedName("name")
  private String name;

  /**
   * Phone number of the recipient, including any extension.
   */
  @SerializedName("phone")
  private String phone;

  /**
   * The carrier's tracking number. When a shipment has several, they are separated by commas.
   */
  @SerializedName("tracking_number")
  private String trackingNumber;

  /**
   * The delivery address.
   */
  public Address getAddress() {
    return address;
  }

  /**
   * The delivery service that shipped the goods, such as FedEx, UPS, or USPS.
   */
  public String getCarrier() {
    return carrier;
  }

  /**
   * Name of the recipient.
   */
  public String getName() {
    return name;
  }

  /**
   * Phone number of the recipient, including any extension.
   */
  public String getPhone() {
    return phone;
  }

  /**
   * The carrier's tracking number. When a shipment has several, they are separated by commas.
   */
  public String getTrackingNumber() {
    return trackingNumber;
  }

  /**
   * The delivery address.
   */
  public void setAddress(Address address) {
    this.address = address;
  }

  /**
   * The delivery service that shipped the goods, such as FedEx, UPS, or USPS.
   */
  public void setCarrier(String carrier) {
    this.carrier = carrier;
  }

  /**
   * Name of the recipient.
   */
  public void setName(String name) {
    this.name = name;
  }

  /**
   * Phone number of the recipient, including any extension.
   */
  public void setPhone(String phone) {
    this.phone = phone;
  }

  /**
   * The carrier's tracking number. When a shipment has several, they are separated by commas.
   */
  public void setTrackingNumber(String trackingNumber) {
    this.trackingNumber = trackingNumber;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || o.getClass() != getClass()) {
      return false;
    }
    Shipping that = (Shipping) o;
    return Objects.equals(this.address, that.address)
        && Objects.equals(this.carrier, that.carrier)
        && Objects.equals(this.name, that.name)
        && Objects.equals(this.phone, that.phone)
        && Objects.equals(this.trackingNumber, that.trackingNumber);
  }

  @Override
  public int hashCode() {
    return Objects.hash(address, carrier, name, phone, trackingNumber);
  }

}
