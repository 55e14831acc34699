package com.example.stripe.net;

import com.google.gson.JsonElement;
import java.util.Objects;

/**
 * A field the API sends as an id, or as the whole object when the request asked to {@code
 * expand} it. The model's {@code getCustomer()} gives the id either way and {@code
 * getCustomerObject()} the object (null unless expanded).
 */
public final class ExpandableField<T> {
  private final String id;
  private final T expanded;

  public ExpandableField(String id, T expanded) {
    this.id = id;
    this.expanded = expanded;
  }

  /**
   * The field once its id is set to {@code id}: {@code current} when it already holds that id
   * (an expanded object stays), else the id alone; null for a null id.
   */
  public static <T> ExpandableField<T> withId(String id, ExpandableField<T> current) {
    if (id == null) {
      return null;
    }
    if (current != null && id.equals(current.id)) {
      return current;
    }
    return new ExpandableField<>(id, null);
  }

  /** The {@code id} an object was read with (for objects whose class declares none). */
  public static String idOf(Object object) {
    if (!(object instanceof ApiObject)) {
      return null;
    }
    JsonElement id = ((ApiObject) object).getRawJsonObject().get("id");
    return id != null && id.isJsonPrimitive() ? id.getAsString() : null;
  }

  public String getId() {
    return id;
  }

  public boolean isExpanded() {
    return expanded != null;
  }

  /** The object, or null when only the id was sent. */
  public T getExpanded() {
    return expanded;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ExpandableField)) {
      return false;
    }
    ExpandableField<?> field = (ExpandableField<?>) other;
    return Objects.equals(id, field.id) && Objects.equals(expanded, field.expanded);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, expanded);
  }
}
