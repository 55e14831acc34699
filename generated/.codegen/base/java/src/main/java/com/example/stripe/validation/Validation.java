package com.example.stripe.validation;

import com.example.stripe.net.ApiParams;
import com.example.stripe.net.FileUpload;
import com.example.stripe.net.WireEnum;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the generated {@code Validators} call: the tests of each kind of value and the {@link
 * Issue}s they report. A value is what the client encodes: strings (or {@link WireEnum}s),
 * integers ({@code Integer}, {@code Long}, {@code BigInteger}), numbers (also {@code Double},
 * {@code Float}, {@code BigDecimal}), booleans, lists, maps or nested params; an {@link Instant}
 * where a Unix time is expected, a {@code BigDecimal} where a decimal string is, a {@link
 * FileUpload}, {@code byte[]} or string where a file is. Null is an absent value.
 *
 * <p>A response is checked as parsed JSON ({@link #plain}: maps, lists, {@code Long} or {@code
 * BigInteger} for a number written without a fraction or exponent, else {@code Double}); there a
 * null is a value, and an absent key is what is missing.
 *
 * <p>Patterns are the spec's (ECMA-262) run by {@link java.util.regex}: {@code ^} and {@code $}
 * anchor the whole string ({@code $} also before a final newline), {@code \d}, {@code \w} and
 * {@code \s} match ASCII only, and a pattern Java cannot compile is not checked.
 */
public final class Validation {
  private static final int SHOWN = 60;

  private Validation() {}

  /** One problem: where ({@link #getPath}, keys and indexes), which rule, and a message. */
  public static final class Issue {
    private final List<Object> path;
    private final String rule;
    private final String message;

    Issue(List<Object> path, String rule, String message) {
      this.path = Collections.unmodifiableList(new ArrayList<>(path));
      this.rule = rule;
      this.message = message;
    }

    /** The keys (strings) and list indexes (integers) from the params to the value. */
    public List<Object> getPath() {
      return path;
    }

    /** {@code type}, {@code required}, {@code enum}, {@code pattern}, {@code max_length}... */
    public String getRule() {
      return rule;
    }

    public String getMessage() {
      return message;
    }

    /** {@code components.buy_button.enabled}, {@code items[0].price}. */
    public String getDottedPath() {
      StringBuilder text = new StringBuilder();
      for (Object part : path) {
        if (part instanceof Integer) {
          text.append('[').append(part).append(']');
        } else {
          text.append(text.length() == 0 ? "" : ".").append(part);
        }
      }
      return text.toString();
    }

    @Override
    public String toString() {
      return path.isEmpty() ? message : getDottedPath() + ": " + message;
    }
  }

  /** {@code path} with {@code parts} appended. */
  public static List<Object> at(List<Object> path, Object... parts) {
    List<Object> longer = new ArrayList<>(path.size() + parts.length);
    longer.addAll(path);
    longer.addAll(Arrays.asList(parts));
    return longer;
  }

  /** A set of wire names. */
  public static Set<String> keys(String... names) {
    return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(names)));
  }

  /** A compiled pattern ({@link Pattern#UNIX_LINES}: {@code $} and {@code .} as ECMA's), or null. */
  public static Pattern pattern(String source) {
    try {
      return Pattern.compile(source, Pattern.UNIX_LINES);
    } catch (PatternSyntaxException notJava) {
      return null;
    }
  }

  // -- kinds of values --------------------------------------------------------------------

  /**
   * A parsed JSON value ({@link JsonElement}) as the tree the response validators read: objects
   * as maps (in order), arrays as lists, {@code 1} as a {@code Long} (a {@code BigInteger} past
   * its range), {@code 1.0} or {@code 1e3} as a {@code Double}, JSON null as null. Any other value
   * is given back as it is.
   */
  public static Object plain(Object json) {
    if (!(json instanceof JsonElement) || ((JsonElement) json).isJsonNull()) {
      return json instanceof JsonElement ? null : json;
    }
    JsonElement element = (JsonElement) json;
    if (element.isJsonArray()) {
      List<Object> items = new ArrayList<>();
      for (JsonElement item : element.getAsJsonArray()) {
        items.add(plain(item));
      }
      return items;
    }
    if (element.isJsonObject()) {
      Map<String, Object> object = new LinkedHashMap<>();
      for (Map.Entry<String, JsonElement> entry : element.getAsJsonObject().entrySet()) {
        object.put(entry.getKey(), plain(entry.getValue()));
      }
      return object;
    }
    JsonPrimitive value = element.getAsJsonPrimitive();
    if (value.isBoolean()) {
      return value.getAsBoolean();
    }
    if (value.isString()) {
      return value.getAsString();
    }
    String text = value.getAsString();
    if (text.matches("-?[0-9]+")) {
      BigInteger whole = new BigInteger(text);
      return whole.bitLength() < 64 ? (Object) whole.longValue() : whole;
    }
    return value.getAsDouble();
  }

  /** The keys and values of an object (a map or nested params), or null when it is not one. */
  public static Map<?, ?> object(Object value) {
    if (value instanceof Map) {
      return (Map<?, ?>) value;
    }
    return value instanceof ApiParams ? ((ApiParams) value).toMap() : null;
  }

  /** The items of a list (or array), or null when it is not one. */
  public static List<?> list(Object value) {
    if (value instanceof List) {
      return (List<?>) value;
    }
    if (value instanceof Collection) {
      return new ArrayList<>((Collection<?>) value);
    }
    return value instanceof Object[] ? Arrays.asList((Object[]) value) : null;
  }

  /** The text of a string (or of a request enum), or null when it is not one. */
  public static String text(Object value) {
    if (value instanceof String) {
      return (String) value;
    }
    return value instanceof WireEnum ? ((WireEnum) value).getValue() : null;
  }

  public static boolean isString(Object value) {
    return value instanceof String || value instanceof WireEnum;
  }

  public static boolean isInteger(Object value) {
    return value instanceof Long || value instanceof Integer || value instanceof BigInteger
        || value instanceof Short || value instanceof Byte;
  }

  public static boolean isNumber(Object value) {
    if (value instanceof Double || value instanceof Float) {
      return !Double.isNaN(((Number) value).doubleValue());
    }
    return isInteger(value) || value instanceof BigDecimal;
  }

  public static boolean isUnixTime(Object value) {
    return isInteger(value) || value instanceof Instant;
  }

  public static boolean isDecimal(Object value) {
    return value instanceof String || value instanceof BigDecimal;
  }

  public static boolean isUpload(Object value) {
    return value instanceof FileUpload || value instanceof byte[] || value instanceof String;
  }

  /** A string is one of {@code allowed}. */
  public static boolean isOneOf(Object value, Set<String> allowed) {
    String text = text(value);
    return text != null && allowed.contains(text);
  }

  /** Equal, as JSON values, to an item of {@code allowed}. */
  public static boolean isMember(Object value, List<Object> allowed) {
    for (Object candidate : allowed) {
      if (jsonEqual(value, candidate)) {
        return true;
      }
    }
    return false;
  }

  /** Characters (code points) of a string, items of a list, keys of an object. */
  public static int length(Object value) {
    String text = text(value);
    if (text != null) {
      return text.codePointCount(0, text.length());
    }
    List<?> items = list(value);
    if (items != null) {
      return items.size();
    }
    Map<?, ?> object = object(value);
    return object == null ? 0 : object.size();
  }

  public static boolean matches(Pattern pattern, Object value) {
    return pattern == null || pattern.matcher(text(value)).find();
  }

  /** Compares a number with {@code bound} exactly (as JSON Schema does). */
  public static int compare(Object value, BigDecimal bound) {
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue()).compareTo(bound);
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (Double.isInfinite(number)) {
        return number > 0 ? 1 : -1;
      }
      return new BigDecimal(number).compareTo(bound);
    }
    if (value instanceof BigInteger) {
      return new BigDecimal((BigInteger) value).compareTo(bound);
    }
    return value instanceof BigDecimal ? ((BigDecimal) value).compareTo(bound) : 0;
  }

  /** A whole multiple of a fractional {@code divisor}: the quotient, in doubles, is whole. */
  public static boolean isMultiple(Object value, double divisor) {
    if (value instanceof BigDecimal || value instanceof BigInteger) {
      return exact(value).remainder(new BigDecimal(divisor)).signum() == 0;
    }
    double quotient = ((Number) value).doubleValue() / divisor;
    if (Double.isInfinite(quotient)) {
      return exact(value).remainder(new BigDecimal(divisor)).signum() == 0;
    }
    return quotient == Math.floor(quotient);
  }

  /** A whole multiple of a whole {@code divisor}. */
  public static boolean isMultiple(Object value, long divisor) {
    if (value instanceof Double || value instanceof Float) {
      return ((Number) value).doubleValue() % divisor == 0;
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue() % divisor == 0;
    }
    return exact(value).remainder(BigDecimal.valueOf(divisor)).signum() == 0;
  }

  private static BigDecimal exact(Object value) {
    if (value instanceof BigDecimal) {
      return (BigDecimal) value;
    }
    if (value instanceof BigInteger) {
      return new BigDecimal((BigInteger) value);
    }
    if (value instanceof Double || value instanceof Float) {
      return new BigDecimal(((Number) value).doubleValue());
    }
    return BigDecimal.valueOf(((Number) value).longValue());
  }

  /** Two items of {@code items} are equal as JSON values. */
  public static boolean hasDuplicates(Object items) {
    List<?> all = list(items);
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        if (jsonEqual(all.get(i), all.get(j))) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean jsonEqual(Object one, Object two) {
    if (one instanceof Boolean || two instanceof Boolean) {
      return one instanceof Boolean && one.equals(two);
    }
    if (isNumber(one) && isNumber(two)) {
      return compare(one, exact(two)) == 0;
    }
    if (isString(one) && isString(two)) {
      return text(one).equals(text(two));
    }
    List<?> first = list(one);
    List<?> second = list(two);
    if (first != null && second != null) {
      if (first.size() != second.size()) {
        return false;
      }
      for (int index = 0; index < first.size(); index++) {
        if (!jsonEqual(first.get(index), second.get(index))) {
          return false;
        }
      }
      return true;
    }
    Map<?, ?> left = object(one);
    Map<?, ?> right = object(two);
    if (left != null && right != null) {
      if (!left.keySet().equals(right.keySet())) {
        return false;
      }
      for (Map.Entry<?, ?> entry : left.entrySet()) {
        if (!jsonEqual(entry.getValue(), right.get(entry.getKey()))) {
          return false;
        }
      }
      return true;
    }
    return one == null ? two == null : one.equals(two);
  }

  // -- issues -----------------------------------------------------------------------------

  static String shown(Object value) {
    String text = value instanceof String ? '"' + (String) value + '"' : String.valueOf(value);
    if (value instanceof WireEnum) {
      text = '"' + ((WireEnum) value).getValue() + '"';
    } else if (value instanceof ApiParams) {
      text = String.valueOf(((ApiParams) value).toMap());
    }
    return text.length() > SHOWN ? text.substring(0, SHOWN - 3) + "..." : text;
  }

  public static Issue typeIssue(List<Object> path, String expected, Object value) {
    String article = expected.equals("integer") || expected.equals("array") || expected.equals("object") ? "an " : "a ";
    return new Issue(path, "type", "expected " + article + expected + ", got " + shown(value));
  }

  public static Issue missingIssue(List<Object> path, String key) {
    return new Issue(at(path, key), "required", "is required");
  }

  /** An issue for each key of {@code value} that is not one of {@code known} (null values are absent). */
  public static void unknownKeys(Map<?, ?> value, List<Object> path, Set<String> known, List<Issue> issues) {
    unknownKeys(value, path, known, issues, true);
  }

  /**
   * An issue for each key of {@code value} that is not one of {@code known}; unless {@code
   * nullsAbsent} (in params), one whose value is null too (a response's null is a value).
   */
  public static void unknownKeys(Map<?, ?> value, List<Object> path, Set<String> known, List<Issue> issues,
      boolean nullsAbsent) {
    if (known.containsAll(value.keySet())) {
      return;
    }
    Set<String> extra = new TreeSet<>();
    for (Map.Entry<?, ?> entry : value.entrySet()) {
      if (!known.contains(entry.getKey()) && (entry.getValue() != null || !nullsAbsent)) {
        extra.add(String.valueOf(entry.getKey()));
      }
    }
    List<String> allowed = new ArrayList<>(new TreeSet<>(known));
    String shownKeys = String.join(", ", allowed.subList(0, Math.min(12, allowed.size())));
    for (String key : extra) {
      issues.add(new Issue(at(path, key), "unknown", "unknown key; allowed: " + shownKeys));
    }
  }

  public static Issue enumIssue(List<Object> path, Collection<?> allowed, Object value) {
    List<String> shownValues = new ArrayList<>();
    for (Object item : allowed instanceof Set ? new TreeSet<>(allowed) : allowed) {
      shownValues.add(shown(item));
    }
    return new Issue(path, "enum", "expected one of " + String.join(", ", shownValues) + ", got " + shown(value));
  }

  /** A bound broken: {@code rule} is {@code minimum}, {@code max_length}, {@code multiple_of}... */
  public static Issue boundIssue(List<Object> path, String rule, String bound, Object value, boolean exclusive) {
    String text;
    switch (rule) {
      case "minimum":
        text = exclusive ? "must be greater than " : "must be at least ";
        break;
      case "maximum":
        text = exclusive ? "must be less than " : "must be at most ";
        break;
      case "multiple_of":
        text = "must be a multiple of ";
        break;
      default:
        String[] words = rule.split("_");
        String unit = words[1].equals("length") ? " characters" : words[1].equals("items") ? " items" : " keys";
        String got = ", got " + length(value);
        return new Issue(path, rule, (words[0].equals("min") ? "must have at least " : "must have at most ")
            + bound + unit + got);
    }
    return new Issue(path, rule, text + bound + ", got " + shown(value));
  }

  public static Issue patternIssue(List<Object> path, String pattern, Object value) {
    return new Issue(path, "pattern", "must match \"" + pattern + "\", got " + shown(value));
  }

  public static Issue uniqueIssue(List<Object> path) {
    return new Issue(path, "unique_items", "must not contain duplicate items");
  }

  public static Issue readOnlyIssue(List<Object> path) {
    return new Issue(path, "read_only", "is read-only and cannot be sent");
  }

  /** A write-only field in a response: the API answers it, though it never should. */
  public static Issue writeOnlyIssue(List<Object> path) {
    return new Issue(path, "write_only", "is write-only and never answered");
  }

  public static Issue oneOfIssue(List<Object> path, Object value, int matched, List<String> expected) {
    return new Issue(path, "one_of", "expected exactly one of " + String.join(" or ", expected) + ", got "
        + shown(value) + ", which is " + matched + " of them");
  }

  /** The issues of the branch with the right shape and fewest issues; else one {@code any_of} issue. */
  public static List<Issue> bestBranch(List<Object> path, Object value, List<List<Issue>> branches,
      List<String> expected) {
    List<Issue> best = null;
    for (List<Issue> branch : branches) {
      boolean shaped = false;
      for (Issue issue : branch) {
        String rule = issue.getRule();
        if (!issue.getPath().equals(path) || !(rule.equals("type") || rule.equals("enum") || rule.equals("any_of"))) {
          shaped = true;
          break;
        }
      }
      if (shaped && (best == null || branch.size() < best.size())) {
        best = branch;
      }
    }
    if (best != null) {
      return best;
    }
    return List.of(new Issue(path, "any_of", "expected " + String.join(" or ", expected) + ", got " + shown(value)));
  }
}
