package com.example.stripe.net;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * How the API key is sent, as the spec's security schemes say: {@code Authorization: Bearer},
 * HTTP Basic (the key as the user name, no password), or an API key in a header, the query or a
 * cookie.
 */
public final class AuthScheme {
  /** Where the key goes. */
  public enum Kind {
    BEARER,
    BASIC,
    HEADER,
    QUERY,
    COOKIE
  }

  private final Kind kind;
  private final String name;

  private AuthScheme(Kind kind, String name) {
    this.kind = kind;
    this.name = name;
  }

  public static AuthScheme bearer() {
    return new AuthScheme(Kind.BEARER, "Authorization");
  }

  public static AuthScheme basic() {
    return new AuthScheme(Kind.BASIC, "Authorization");
  }

  /** An API key in the header, query parameter or cookie {@code name} ({@code location}: header, query, cookie). */
  public static AuthScheme apiKey(String location, String name) {
    switch (location.toLowerCase(Locale.ROOT)) {
      case "query":
        return new AuthScheme(Kind.QUERY, name);
      case "cookie":
        return new AuthScheme(Kind.COOKIE, name);
      default:
        return new AuthScheme(Kind.HEADER, name);
    }
  }

  public Kind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  /** Adds {@code key} to {@code headers} or {@code query}, as this scheme sends it. */
  void apply(String key, Map<String, String> headers, Map<String, Object> query) {
    switch (kind) {
      case BEARER:
        headers.put("Authorization", "Bearer " + key);
        break;
      case BASIC:
        headers.put("Authorization", "Basic "
            + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8)));
        break;
      case QUERY:
        query.put(name, key);
        break;
      case COOKIE:
        headers.merge("Cookie", name + "=" + key, (old, added) -> old + "; " + added);
        break;
      default:
        headers.put(name, key);
        break;
    }
  }

  @Override
  public String toString() {
    return "AuthScheme[" + kind + " " + name + "]";
  }
}
