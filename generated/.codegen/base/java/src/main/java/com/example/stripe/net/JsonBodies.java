package com.example.stripe.net;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** JSON request bodies: params as a compact JSON object, null left out as in the form encoding. */
public final class JsonBodies {
  private JsonBodies() {}

  /** The JSON text of {@code params}. */
  public static String encode(Map<String, ?> params) {
    return toJson(params).toString();
  }

  /** The JSON tree of a param value (params, maps, lists, enums, numbers...). */
  public static JsonElement toJson(Object value) {
    if (value == null) {
      return JsonNull.INSTANCE;
    }
    if (value instanceof JsonElement) {
      return (JsonElement) value;
    }
    if (value instanceof ApiParams) {
      return toJson(((ApiParams) value).toMap());
    }
    if (value instanceof Map) {
      JsonObject object = new JsonObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        if (entry.getValue() != null) {
          object.add(String.valueOf(entry.getKey()), toJson(entry.getValue()));
        }
      }
      return object;
    }
    if (value instanceof Collection) {
      JsonArray array = new JsonArray();
      for (Object item : (Collection<?>) value) {
        array.add(toJson(item));
      }
      return array;
    }
    if (value instanceof WireEnum) {
      return new JsonPrimitive(((WireEnum) value).getValue());
    }
    if (value instanceof Boolean) {
      return new JsonPrimitive((Boolean) value);
    }
    if (value instanceof BigDecimal || value instanceof BigInteger || value instanceof Long
        || value instanceof Integer || value instanceof Double || value instanceof Float) {
      return new JsonPrimitive((Number) value);
    }
    if (value instanceof Instant) {
      return new JsonPrimitive(((Instant) value).getEpochSecond());
    }
    if (value instanceof ApiObject) {
      return ((ApiObject) value).getRawJsonObject();
    }
    return new JsonPrimitive(String.valueOf(value));
  }
}
