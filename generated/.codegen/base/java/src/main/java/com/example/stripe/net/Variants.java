package com.example.stripe.net;

import java.util.Arrays;

/** The classes a polymorphic value may be read into, picked by a discriminator property. */
public final class Variants {
  private final String discriminator;
  private final String[] values;
  private final Class<?>[] types;

  public Variants(String discriminator, String[] values, Class<?>[] types) {
    this.discriminator = discriminator;
    this.values = values.clone();
    this.types = types.clone();
  }

  static Variants of(OneOf oneOf) {
    return oneOf == null ? null : new Variants(oneOf.discriminator(), oneOf.values(), oneOf.types());
  }

  String discriminator() {
    return discriminator;
  }

  /** The class for a discriminator value, or null. */
  Class<?> forValue(String value) {
    for (int index = 0; index < values.length && index < types.length; index++) {
      if (values[index].equals(value)) {
        return types[index];
      }
    }
    return null;
  }

  Class<?>[] types() {
    return types.clone();
  }

  /** The first class that is assignable to {@code base}, or null. */
  Class<?> first(Class<?> base) {
    for (Class<?> type : types) {
      if (base.isAssignableFrom(type)) {
        return type;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "Variants(" + discriminator + ": " + Arrays.toString(values) + ")";
  }
}
