package com.example.stripe.net;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A polymorphic field: which class to read an object into. The value of {@link #discriminator}
 * picks among {@link #values} (same order as {@link #types}); without a match, the class that
 * declares the most of the object's properties. Applies to the items of a list or map field.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface OneOf {
  /** The property whose value names the class ({@code object}, or the spec's discriminator). */
  String discriminator() default "object";

  /** Values of the discriminator, one per entry of {@link #types}. */
  String[] values() default {};

  /** The classes an object may be read into. */
  Class<?>[] types();
}
