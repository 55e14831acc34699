// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;
import java.util.Objects;

/**
 * What remains of a Customer after it has been deleted.
 */
public class DeletedCustomer extends ApiObject {
  /**
   * Always {@code true} for a deleted object.
   * <p>
   * Equal to {@code True}.
   */
  @SerializedName("deleted")
  private Boolean deleted;

  /**
   * Unique identifier for the object.
   */
  @SerializedName("id")
  private String id;

  /**
   * String naming the object's type. Objects of the same type share the same value.
   * <p>
   * Equal to {@code customer}.
   */
  @SerializedName("object")
  private String object;

  /**
   * Always {@code true} for a deleted object.
   * <p>
   * Equal to {@code True}.
   */
  public Boolean getDeleted() {
    return deleted;
  }

  /**
   * Unique identifier for the object.
   */
  public String getId() {
    return id;
  }

  /**
   * String naming the object's type. Objects of the same type share the same value.
   * <p>
   * Equal to {@code customer}.
   */
  public String getObject() {
    return object;
  }

  /**
   * Always {@code true} for a deleted object.
   * <p>
   * Equal to {@code True}.
   */
  public void setDeleted(Boolean deleted) {
    this.deleted = deleted;
  }

  /**
   * Unique identifier for the object.
   */
  public void setId(String id) {
    this.id = id;
  }

  /**
   * String naming the object's type. Objects of the same type share the same value.
   * <p>
   * Equal to {@code customer}.
   */
  public void setObject(String object) {
    this.object = object;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || o.getClass() != getClass()) {
      return false;
    }
    DeletedCustomer that = (DeletedCustomer) o;
    return Objects.equals(this.deleted, that.deleted)
        && Objects.equals(this.id, that.id)
        && Objects.equals(this.object, that.object);
  }

  @Override
  public int hashCode() {
    return Objects.hash(deleted, id, object);
  }

}
