package com.example.stripe.net;

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
}
