package com.example.stripe.net;

/**
 * Sent as an empty string ({@code field=}): unsets a field that the API allows to unset
 * ({@code setAddress(EmptyParam.EMPTY)}).
 */
public enum EmptyParam implements WireEnum {
  EMPTY;

  @Override
  public String getValue() {
    return "";
  }
}
