package com.example.stripe.net;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

  /** Every class for a discriminator value (a live object's and its deleted form's share one). */
  Class<?>[] allForValue(String value) {
    List<Class<?>> found = new ArrayList<>();
    for (int index = 0; index < values.length && index < types.length; index++) {
      if (values[index].equals(value)) {
        found.add(types[index]);
      }
    }
    return found.toArray(new Class<?>[0]);
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
