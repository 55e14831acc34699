package com.example.stripe.net;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How the API key is sent, as the spec's security schemes say: {@code Authorization: Bearer},
 * HTTP Basic (the key as the user name, no password), an API key in a header, the query or a
 * cookie, or an OAuth2 bearer token (the API key, else one fetched from the token URL with the
 * client ID and secret: the client-credentials grant).
 */
public final class AuthScheme {
  /** Where the key goes. */
  public enum Kind {
    BEARER,
    BASIC,
    HEADER,
    QUERY,
    COOKIE,
    OAUTH2
  }

  private final String scheme;
  private final Kind kind;
  private final String name;
  private final String tokenUrl;

  private AuthScheme(String scheme, Kind kind, String name, String tokenUrl) {
    this.scheme = scheme;
    this.kind = kind;
    this.name = name;
    this.tokenUrl = tokenUrl;
  }

  private AuthScheme(String scheme, Kind kind, String name) {
    this(scheme, kind, name, null);
  }

  /** {@code Authorization: Bearer <api key>}; {@code scheme} is the spec's name of the scheme. */
  public static AuthScheme bearer(String scheme) {
    return new AuthScheme(scheme, Kind.BEARER, "Authorization");
  }

  /**
   * OAuth2 with a client-credentials flow: the API key as a bearer token when there is one, else
   * a token fetched from {@code tokenUrl} (absolute, or relative to the base URL) with the client
   * ID and secret.
   */
  public static AuthScheme oauth2(String scheme, String tokenUrl) {
    return new AuthScheme(scheme, Kind.OAUTH2, "Authorization", Objects.requireNonNull(tokenUrl, "tokenUrl"));
  }

  /** HTTP Basic: the user name and password, or the API key as the user name and no password. */
  public static AuthScheme basic(String scheme) {
    return new AuthScheme(scheme, Kind.BASIC, "Authorization");
  }

  /** An API key in the header, query parameter or cookie {@code name} ({@code location}: header, query, cookie). */
  public static AuthScheme apiKey(String scheme, String location, String name) {
    switch (location.toLowerCase(Locale.ROOT)) {
      case "query":
        return new AuthScheme(scheme, Kind.QUERY, name);
      case "cookie":
        return new AuthScheme(scheme, Kind.COOKIE, name);
      default:
        return new AuthScheme(scheme, Kind.HEADER, name);
    }
  }

  /** The spec's name of the scheme ({@code bearerAuth}). */
  public String getScheme() {
    return scheme;
  }

  public Kind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  /** Where an OAuth2 scheme's tokens are fetched (null for the other kinds). */
  public String getTokenUrl() {
    return tokenUrl;
  }

  /** Whether the credentials given are enough for this scheme. */
  boolean usable(String key, String username) {
    return key != null || (kind == Kind.BASIC && username != null);
  }

  /** Whether this scheme's token is to be fetched with a client ID and secret (there is no API key). */
  boolean fetches(String key, String clientId, String clientSecret) {
    return kind == Kind.OAUTH2 && key == null && clientId != null && clientSecret != null;
  }

  /** Adds the credentials to {@code headers} or {@code query}, as this scheme sends them. */
  void apply(String key, String username, String password, Map<String, String> headers, Map<String, Object> query) {
    switch (kind) {
      case BEARER:
      case OAUTH2:
        headers.put("Authorization", "Bearer " + key);
        break;
      case BASIC:
        String pair = username != null ? username + ":" + (password == null ? "" : password) : key + ":";
        headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
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
    return "AuthScheme[" + scheme + ": " + kind + " " + name + "]";
  }
}
