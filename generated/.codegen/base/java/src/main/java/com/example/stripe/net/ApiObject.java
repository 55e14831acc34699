package com.example.stripe.net;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

/**
 * The base of every model: the JSON object it was read from is kept whole, unknown fields
 * included ({@link #getRawJsonObject()}).
 */
public abstract class ApiObject {
  private transient JsonObject rawJsonObject = new JsonObject();
  private transient ApiResponse lastResponse;

  /** The JSON object as the API sent it, with any field this SDK does not declare. */
  public JsonObject getRawJsonObject() {
    return rawJsonObject;
  }

  void setRawJsonObject(JsonObject raw) {
    this.rawJsonObject = raw;
  }

  /** The response this object was read from (status, headers, request id), or null. */
  public ApiResponse getLastResponse() {
    return lastResponse;
  }

  void setLastResponse(ApiResponse response) {
    this.lastResponse = response;
  }

  /** The object as pretty-printed JSON. */
  public String toJson() {
    return new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(rawJsonObject);
  }

  /** Equal when of the same class and read from equal JSON. */
  @Override
  public boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((ApiObject) other).rawJsonObject.equals(rawJsonObject);
  }

  @Override
  public int hashCode() {
    return rawJsonObject.hashCode();
  }

  /** The class and id only: models may hold secrets (a client secret), so print them on purpose. */
  @Override
  public String toString() {
    String id = rawJsonObject.has("id") && rawJsonObject.get("id").isJsonPrimitive()
        ? rawJsonObject.get("id").getAsString()
        : null;
    return getClass().getSimpleName() + (id == null ? "" : "[id=" + id + "]");
  }
}
