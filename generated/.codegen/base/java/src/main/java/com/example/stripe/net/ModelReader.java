package com.example.stripe.net;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.annotations.SerializedName;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON into models: each field named by its {@code @SerializedName}, typed by its
 * declaration ({@code List}, {@code Map}, {@link ExpandableField}, nested models), polymorphic
 * fields by their {@link OneOf}. Lenient as the API may grow: a value of an unexpected type
 * reads as null, and every model keeps the whole object it came from.
 */
public final class ModelReader {
  private static final ClassValue<Binding> BINDINGS = new ClassValue<>() {
    @Override
    protected Binding computeValue(Class<?> type) {
      return new Binding(type);
    }
  };

  private ModelReader() {}

  /** {@code json} read as {@code type} (a model class, {@code List<...>}, {@code String}...). */
  public static Object read(JsonElement json, Type type, Variants variants) {
    if (json == null || json.isJsonNull()) {
      return null;
    }
    if (type instanceof ParameterizedType) {
      return readGeneric(json, (ParameterizedType) type, variants);
    }
    if (!(type instanceof Class)) {
      return plain(json);
    }
    Class<?> cls = (Class<?>) type;
    if (cls == Object.class || cls == ApiObject.class) {
      return variants == null ? plain(json) : readOneOf(json, variants);
    }
    if (ApiObject.class.isAssignableFrom(cls)) {
      return json.isJsonObject() ? readObject(json.getAsJsonObject(), cls) : null;
    }
    if (JsonElement.class.isAssignableFrom(cls)) {
      return cls.isInstance(json) ? json : null;
    }
    return json.isJsonPrimitive() ? primitive(json.getAsJsonPrimitive(), cls) : null;
  }

  /** {@code json} read into a new {@code type}. */
  public static <T> T readObject(JsonObject json, Class<T> type) {
    Binding binding = BINDINGS.get(type);
    T object = type.cast(binding.create());
    ((ApiObject) object).setRawJsonObject(json);
    for (Binding.Slot slot : binding.slots) {
      JsonElement value = json.get(slot.wire);
      if (value != null && !value.isJsonNull()) {
        try {
          slot.field.set(object, read(value, slot.type, slot.variants));
        } catch (IllegalAccessException error) {
          throw new IllegalStateException("cannot set " + slot.field, error);
        }
      }
    }
    return object;
  }

  private static Object readGeneric(JsonElement json, ParameterizedType type, Variants variants) {
    Type raw = type.getRawType();
    Type[] args = type.getActualTypeArguments();
    if (raw == List.class) {
      if (!json.isJsonArray()) {
        return null;
      }
      List<Object> items = new ArrayList<>();
      for (JsonElement item : json.getAsJsonArray()) {
        items.add(read(item, args[0], variants));
      }
      return items;
    }
    if (raw == Map.class) {
      if (!json.isJsonObject()) {
        return null;
      }
      Map<String, Object> entries = new LinkedHashMap<>();
      for (Map.Entry<String, JsonElement> entry : json.getAsJsonObject().entrySet()) {
        entries.put(entry.getKey(), read(entry.getValue(), args[1], variants));
      }
      return entries;
    }
    if (raw == ExpandableField.class) {
      if (json.isJsonPrimitive()) {
        return new ExpandableField<>(json.getAsString(), null);
      }
      if (!json.isJsonObject()) {
        return null;
      }
      JsonElement id = json.getAsJsonObject().get("id");
      String text = id != null && id.isJsonPrimitive() ? id.getAsString() : null;
      return new ExpandableField<>(text, read(json, args[0], variants));
    }
    return plain(json);
  }

  private static Object readOneOf(JsonElement json, Variants variants) {
    if (json.isJsonObject()) {
      JsonElement tag = json.getAsJsonObject().get(variants.discriminator());
      Class<?>[] tagged = tag != null && tag.isJsonPrimitive() ? variants.allForValue(tag.getAsString()) : null;
      Class<?> chosen = tagged == null || tagged.length == 0 ? bestFit(json.getAsJsonObject(), variants.types())
          : tagged.length == 1 ? tagged[0]
          : bestFit(json.getAsJsonObject(), tagged);  // `bank_account` and its deleted form: the closer
      return chosen == null ? plain(json) : readObject(json.getAsJsonObject(), chosen);
    }
    if (json.isJsonPrimitive()) {
      JsonPrimitive value = json.getAsJsonPrimitive();
      for (Class<?> type : new Class<?>[] {String.class, Long.class, Double.class, Boolean.class}) {
        if (variants.first(type) == type) {
          Object read = primitive(value, type);
          if (read != null) {
            return read;
          }
        }
      }
    }
    return plain(json);
  }

  /** The model class declaring the most of the object's properties (the first on a tie). */
  private static Class<?> bestFit(JsonObject json, Class<?>[] types) {
    Class<?> best = null;
    int bestScore = -1;
    for (Class<?> type : types) {
      if (!ApiObject.class.isAssignableFrom(type)) {
        continue;
      }
      int score = 0;
      for (Binding.Slot slot : BINDINGS.get(type).slots) {
        if (json.has(slot.wire)) {
          score++;
        }
      }
      if (score > bestScore) {
        best = type;
        bestScore = score;
      }
    }
    return best;
  }

  private static Object primitive(JsonPrimitive value, Class<?> type) {
    if (type == String.class) {
      return value.isString() ? value.getAsString() : value.toString();
    }
    if (type == Boolean.class) {
      return value.isBoolean() ? value.getAsBoolean() : null;
    }
    if (!value.isNumber()) {
      return null;
    }
    if (type == Long.class) {
      BigDecimal number = value.getAsBigDecimal();
      return number.stripTrailingZeros().scale() <= 0 ? number.longValue() : null;
    }
    if (type == Integer.class) {
      return value.getAsBigDecimal().intValue();
    }
    if (type == Double.class) {
      return value.getAsDouble();
    }
    if (type == BigDecimal.class) {
      return value.getAsBigDecimal();
    }
    return null;
  }

  /** Any JSON as plain Java: maps, lists, strings, booleans, longs or doubles. */
  public static Object plain(JsonElement json) {
    if (json == null || json.isJsonNull()) {
      return null;
    }
    if (json.isJsonObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Map.Entry<String, JsonElement> entry : json.getAsJsonObject().entrySet()) {
        map.put(entry.getKey(), plain(entry.getValue()));
      }
      return map;
    }
    if (json.isJsonArray()) {
      List<Object> list = new ArrayList<>();
      for (JsonElement item : (JsonArray) json) {
        list.add(plain(item));
      }
      return list;
    }
    JsonPrimitive value = json.getAsJsonPrimitive();
    if (value.isBoolean()) {
      return value.getAsBoolean();
    }
    if (value.isNumber()) {
      BigDecimal number = value.getAsBigDecimal();
      if (number.stripTrailingZeros().scale() <= 0 && number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
        return number.longValue();
      }
      return number.doubleValue();
    }
    return value.getAsString();
  }

  /** How one model class is read: its constructor and its fields by wire name. */
  private static final class Binding {
    private final Constructor<?> constructor;
    private final List<Slot> slots = new ArrayList<>();

    Binding(Class<?> type) {
      try {
        constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
      } catch (NoSuchMethodException error) {
        throw new IllegalStateException(type + " has no no-argument constructor", error);
      }
      for (Field field : type.getDeclaredFields()) {
        SerializedName name = field.getAnnotation(SerializedName.class);
        if (name == null || Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        field.setAccessible(true);
        slots.add(new Slot(field, name.value(), field.getGenericType(), Variants.of(field.getAnnotation(OneOf.class))));
      }
    }

    Object create() {
      try {
        return constructor.newInstance();
      } catch (ReflectiveOperationException error) {
        throw new IllegalStateException("cannot create " + constructor.getDeclaringClass(), error);
      }
    }

    private static final class Slot {
      final Field field;
      final String wire;
      final Type type;
      final Variants variants;

      Slot(Field field, String wire, Type type, Variants variants) {
        this.field = field;
        this.wire = wire;
        this.type = type;
        this.variants = variants;
      }
    }
  }
}
