package com.example.stripe.net;

/** A request enum: each constant carries the value sent on the wire. */
public interface WireEnum {
  /** The value sent on the wire. */
  String getValue();
}
