package com.example.stripe.net;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The params of a request (or a nested object of them), built by a generated {@code Builder}.
 *
 * <p>Values are kept by wire name in the order they were set, so the request's body lists them
 * in that order. Extra params ({@code putExtraParam}) sit beside the declared ones, flattened
 * into the same object.
 */
public abstract class ApiParams {
  private final Map<String, Object> values;

  protected ApiParams(Map<String, Object> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** Every value set, by wire name, in the order set (nested params are still objects). */
  public Map<String, Object> toMap() {
    return values;
  }

  /** The value set for {@code wireName}, or null. */
  protected final Object get(String wireName) {
    return values.get(wireName);
  }

  /** The value set for {@code wireName} if it is a {@code type}, else null. */
  protected final <T> T get(String wireName, Class<T> type) {
    Object value = values.get(wireName);
    return type.isInstance(value) ? type.cast(value) : null;
  }

  /** The list set for {@code wireName} (its items as the builder's setters took them), or null. */
  @SuppressWarnings("unchecked")
  protected final <T> List<T> getList(String wireName) {
    Object value = values.get(wireName);
    return value instanceof List ? Collections.unmodifiableList((List<T>) value) : null;
  }

  /** The map set for {@code wireName}, or null. */
  @SuppressWarnings("unchecked")
  protected final <V> Map<String, V> getMap(String wireName) {
    Object value = values.get(wireName);
    return value instanceof Map ? Collections.unmodifiableMap((Map<String, V>) value) : null;
  }

  @Override
  public boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((ApiParams) other).values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + values;
  }

  /**
   * Params given as a map (as in {@code create(Map<String, Object> params)}): its keys are
   * wire names, its values strings, numbers, booleans, lists, maps or {@link WireEnum}s; null
   * for a null map.
   */
  public static ApiParams fromMap(Map<String, Object> params) {
    return params == null ? null : new MapParams(params);
  }

  private static final class MapParams extends ApiParams {
    MapParams(Map<String, Object> values) {
      super(values);
    }
  }

  /** A builder of params; generated builders add one typed setter per field. */
  public abstract static class Builder<B extends Builder<B>> {
    private final Map<String, Object> values = new LinkedHashMap<>();

    protected abstract B self();

    /** Sets {@code wireName}; null removes it. */
    protected final B set(String wireName, Object value) {
      if (value == null) {
        values.remove(wireName);
      } else {
        values.put(wireName, value);
      }
      return self();
    }

    /** Appends {@code item} to the list {@code wireName}. */
    protected final B add(String wireName, Object item) {
      listOf(wireName).add(Objects.requireNonNull(item, wireName));
      return self();
    }

    /** Appends every item of {@code items} to the list {@code wireName}. */
    protected final B addAll(String wireName, List<?> items) {
      List<Object> list = listOf(wireName);
      for (Object item : items) {
        list.add(Objects.requireNonNull(item, wireName));
      }
      return self();
    }

    /** Puts {@code key} into the map {@code wireName}. */
    protected final B put(String wireName, String key, Object value) {
      mapOf(wireName).put(Objects.requireNonNull(key, wireName), value);
      return self();
    }

    /** Puts every entry of {@code entries} into the map {@code wireName}. */
    protected final B putAll(String wireName, Map<String, ?> entries) {
      Map<String, Object> map = mapOf(wireName);
      entries.forEach((key, value) -> map.put(Objects.requireNonNull(key, wireName), value));
      return self();
    }

    /**
     * A param this version of the SDK does not declare, sent beside the declared ones (in the
     * same object, as {@code key}); a declared name is overwritten.
     */
    public final B putExtraParam(String key, Object value) {
      values.put(Objects.requireNonNull(key, "key"), value);
      return self();
    }

    /** Every entry of {@code params}, as {@link #putExtraParam}. */
    public final B putAllExtraParam(Map<String, ?> params) {
      params.forEach(this::putExtraParam);
      return self();
    }

    /** The values, after checking that every name of {@code required} is set. */
    protected final Map<String, Object> values(String what, String... required) {
      List<String> missing = new ArrayList<>();
      for (String name : required) {
        if (values.get(name) == null) {
          missing.add(name);
        }
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException(what + ": missing required param(s) " + String.join(", ", missing));
      }
      return values;
    }

    private List<Object> listOf(String wireName) {
      // A fresh copy each time: a list of params already built is never changed afterwards.
      List<Object> list = new ArrayList<>();
      Object found = values.get(wireName);
      if (found instanceof List) {
        list.addAll((List<?>) found);
      }
      values.put(wireName, list);
      return list;
    }

    private Map<String, Object> mapOf(String wireName) {
      Map<String, Object> map = new LinkedHashMap<>();
      Object found = values.get(wireName);
      if (found instanceof Map) {
        ((Map<?, ?>) found).forEach((key, value) -> map.put(String.valueOf(key), value));
      }
      values.put(wireName, map);
      return map;
    }
  }
}
