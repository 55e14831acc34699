package com.example.stripe.net;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bracket form-encoding: {@code application/x-www-form-urlencoded}, nested keys in brackets.
 *
 * <p>Nested maps become bracketed keys ({@code a[b][c]=v}) and lists indexed keys ({@code
 * a[0]=x}); null is left out at any depth (send {@link EmptyParam#EMPTY} or {@code ""} to unset
 * a field); booleans are {@code true}/{@code false}; numbers are written without an exponent;
 * request enums by their wire value; nested params by their values, extra params included. An
 * empty map or list produces nothing. Percent-encoding is {@code urllib.parse.quote_plus}'s:
 * space is {@code +}, only {@code A-Z a-z 0-9 _ . - ~} are left as they are.
 */
public final class FormEncoder {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private FormEncoder() {}

  /** The encoded body (or query string, without {@code ?}) of {@code params}. */
  public static String encode(Map<String, ?> params) {
    return encode(params, Set.of());
  }

  /**
   * As {@link #encode(Map)}, but a list under a key of {@code repeated} is sent as that key once
   * per item ({@code tags=a&tags=b}: OpenAPI's {@code style: form}) instead of {@code tags[0]=a}.
   */
  public static String encode(Map<String, ?> params, Set<String> repeated) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> pair : pairs(params, repeated)) {
      if (out.length() > 0) {
        out.append('&');
      }
      quote(out, pair.getKey());
      out.append('=');
      quote(out, pair.getValue());
    }
    return out.toString();
  }

  /** The flattened {@code (key, value)} pairs of {@code params}, not percent-encoded. */
  public static List<Map.Entry<String, String>> pairs(Map<String, ?> params) {
    return pairs(params, Set.of());
  }

  /** The pairs, with the lists of {@code repeated} keys as one pair per item. */
  public static List<Map.Entry<String, String>> pairs(Map<String, ?> params, Set<String> repeated) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (Map.Entry<String, ?> entry : params.entrySet()) {
      if (repeated.contains(entry.getKey()) && entry.getValue() instanceof Collection) {
        for (Object item : (Collection<?>) entry.getValue()) {
          flatten(out, entry.getKey(), item);
        }
      } else {
        flatten(out, entry.getKey(), entry.getValue());
      }
    }
    return out;
  }

  private static void flattenMap(List<Map.Entry<String, String>> out, Map<?, ?> map, String prefix) {
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String key = String.valueOf(entry.getKey());
      flatten(out, prefix == null ? key : prefix + "[" + key + "]", entry.getValue());
    }
  }

  private static void flatten(List<Map.Entry<String, String>> out, String key, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof ApiParams) {
      flattenMap(out, ((ApiParams) value).toMap(), key);
    } else if (value instanceof Map) {
      flattenMap(out, (Map<?, ?>) value, key);
    } else if (value instanceof Collection) {
      int index = 0;
      for (Object item : (Collection<?>) value) {
        flatten(out, key + "[" + index + "]", item);
        index++;
      }
    } else if (value instanceof Object[]) {
      Object[] items = (Object[]) value;
      for (int index = 0; index < items.length; index++) {
        flatten(out, key + "[" + index + "]", items[index]);
      }
    } else {
      out.add(Map.entry(key, scalar(value)));
    }
  }

  /** The wire text of a leaf value. */
  static String scalar(Object value) {
    if (value instanceof WireEnum) {
      return ((WireEnum) value).getValue();
    }
    if (value instanceof Boolean) {
      return ((Boolean) value) ? "true" : "false";
    }
    if (value instanceof Double || value instanceof Float) {
      String text = value.toString();
      return text.contains("E") ? new BigDecimal(text).stripTrailingZeros().toPlainString() : text;
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    if (value instanceof Instant) {
      return Long.toString(((Instant) value).getEpochSecond());
    }
    if (value instanceof ApiObject) {  // a model is sent by its id
      com.google.gson.JsonElement id = ((ApiObject) value).getRawJsonObject().get("id");
      if (id != null && id.isJsonPrimitive()) {
        return id.getAsString();
      }
    }
    return String.valueOf(value);
  }

  /** Appends {@code text} percent-encoded as {@code quote_plus(text, safe="")} does. */
  static void quote(StringBuilder out, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (byte raw : bytes) {
      int b = raw & 0xff;
      if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
          || b == '_' || b == '.' || b == '-' || b == '~') {
        out.append((char) b);
      } else if (b == ' ') {
        out.append('+');
      } else {
        out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
      }
    }
  }
}
