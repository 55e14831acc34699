package codegen.runtime.net;

import codegen.runtime.exception.ApiConnectionException;
import codegen.runtime.exception.ApiException;
import codegen.runtime.exception.ResponseValidationException;
import codegen.runtime.exception.ValidationException;
import codegen.runtime.validation.Validation;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Sends requests over {@link HttpClient}: authentication, headers, body encoding, retries with
 * backoff (one {@code Idempotency-Key} for every attempt of a call), timeouts, and errors as
 * exceptions. Shared by every service of a client; thread-safe.
 */
public final class ApiRequestor {
  /** Seconds before a fetched token's expiry at which it is no longer used. */
  private static final int TOKEN_MARGIN_SECONDS = 30;

  private final String apiKey;
  private final String username;
  private final String password;
  private final String clientId;
  private final String clientSecret;
  private final Map<String, Token> tokens = new HashMap<>();
  private final String baseUrl;
  private final boolean baseUrlGiven;
  private final Map<String, AuthScheme> authSchemes = new LinkedHashMap<>();
  private final String[] defaultAuth;
  private final String userAgent;
  // codegen:stripe
  private final String apiVersion;
  // codegen:end
  private final int maxNetworkRetries;
  private final Duration timeout;
  private final RetryPolicy retryPolicy;
  private final boolean validateRequests;
  private final boolean strict;
  private final HttpClient http;
  private final List<Consumer<RequestEvent>> requestHooks;
  private final List<Consumer<RequestEvent>> responseHooks;
  private static final System.Logger LOG = System.getLogger(ApiRequestor.class.getName());

  private ApiRequestor(Builder builder) {
    this.apiKey = builder.apiKey;
    this.username = builder.username;
    this.password = builder.password;
    this.clientId = builder.clientId;
    this.clientSecret = builder.clientSecret;
    this.baseUrl = trim(Objects.requireNonNull(builder.baseUrl, "baseUrl"));
    this.baseUrlGiven = builder.baseUrlGiven;
    for (AuthScheme scheme : builder.authSchemes) {
      authSchemes.put(scheme.getScheme(), scheme);
    }
    this.defaultAuth = builder.defaultAuth.clone();
    this.userAgent = builder.appInfo == null ? builder.userAgent
        : builder.userAgent == null ? builder.appInfo : builder.userAgent + " " + builder.appInfo;
    this.requestHooks = List.copyOf(builder.requestHooks);
    this.responseHooks = List.copyOf(builder.responseHooks);
    // codegen:stripe
    this.apiVersion = builder.apiVersion;
    // codegen:end
    this.maxNetworkRetries = builder.maxNetworkRetries;
    this.timeout = builder.timeout;
    this.retryPolicy = builder.retryPolicy;
    this.validateRequests = builder.validateRequests;
    this.strict = builder.strict;
    this.http = builder.http != null
        ? builder.http
        : HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(builder.connectTimeout).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public String getBaseUrl() {
    return baseUrl;
  }

  /** The response of {@code request} read as {@code type} (a model class, a list...). */
  @SuppressWarnings("unchecked")
  public <T> T request(ApiRequest request, Type type, Variants variants) throws ApiException {
    HttpResponse<byte[]> response = send(request);
    JsonElement body = json(response);
    check(request, body, response);
    Object read = ModelReader.read(body, type, variants);
    if (read instanceof ApiObject) {
      ((ApiObject) read).setLastResponse(response(response));
    }
    return (T) read;
  }

  /**
   * The response of any request as it came (status, headers, body): for what this SDK does not
   * offer yet. An error status still throws.
   */
  public ApiResponse rawRequest(ApiRequest request) throws ApiException {
    return response(send(request));
  }

  private static ApiResponse response(HttpResponse<byte[]> response) {
    return new ApiResponse(response.statusCode(), response.headers().map(),
        new String(response.body(), StandardCharsets.UTF_8));
  }

  /** A page of a list (or of search results), able to fetch the pages after it. */
  public <T> Page<T> requestPage(ApiRequest request, Type itemType, Variants variants, boolean search)
      throws ApiException {
    return requestPage(request, itemType, variants, search ? Paging.SEARCH : Paging.LIST);
  }

  /** A page of a list handed out as {@code paging} says, able to fetch the pages after it. */
  public <T> Page<T> requestPage(ApiRequest request, Type itemType, Variants variants, Paging paging)
      throws ApiException {
    Map<String, Object> params = request.params == null ? new LinkedHashMap<>() : new LinkedHashMap<>(request.params.toMap());
    return page(ApiRequest.ofPath(request, params), params, itemType, variants, paging);
  }

  private <T> Page<T> page(ApiRequest call, Map<String, Object> params, Type itemType, Variants variants,
      Paging paging) throws ApiException {
    HttpResponse<byte[]> response = send(call);
    JsonElement body = json(response);
    check(call, body, response);
    JsonElement data = paging.items.isEmpty() ? body
        : body != null && body.isJsonObject() ? body.getAsJsonObject().get(paging.items) : null;
    List<T> items = new ArrayList<>();
    if (data != null && data.isJsonArray()) {
      for (JsonElement item : data.getAsJsonArray()) {
        @SuppressWarnings("unchecked")
        T read = (T) ModelReader.read(item, itemType, variants);
        items.add(read);
      }
    }
    String link = response.headers().firstValue("link").orElse(null);
    String base = call.server != null && !baseUrlGiven ? trim(call.server) : baseUrl;
    return new Page<>(items, body, link, response(response), new Page.Fetcher<T>() {
      @Override
      public Page<T> fetch(Map<String, Object> next) throws ApiException {
        return page(ApiRequest.ofPath(call, next), next, itemType, variants, paging);
      }

      @Override
      public Page<T> fetchUrl(String url) throws ApiException {
        String path = sameHost(base, url);
        if (path == null) {
          return null;  // another host: the credentials stay with the API
        }
        return page(ApiRequest.ofUrl(call, path), params, itemType, variants, paging);
      }

      @Override
      public Map<String, Object> params() {
        return params;
      }

      @Override
      public Paging paging() {
        return paging;
      }
    });
  }

  /** The path and query of {@code url} (absolute, or relative to {@code base}) on {@code base}'s host, else null. */
  private static String sameHost(String base, String url) {
    try {
      URI from = URI.create(base + "/");
      URI next = from.resolve(url);
      if (!Objects.equals(from.getScheme(), next.getScheme()) || !Objects.equals(from.getAuthority(), next.getAuthority())) {
        return null;
      }
      String basePath = from.getRawPath().replaceAll("/+$", "");
      String path = next.getRawPath() == null ? "" : next.getRawPath();
      if (!basePath.isEmpty() && path.startsWith(basePath)) {
        path = path.substring(basePath.length());
      }
      return path + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
    } catch (IllegalArgumentException notUrl) {
      return null;
    }
  }

  /** The response body's bytes (a file). */
  public byte[] requestBytes(ApiRequest request) throws ApiException {
    return send(request).body();
  }

  /**
   * The response body as it arrives (a file, or server-sent events): close it when done, which
   * releases the connection. Retries happen before any of it is read.
   */
  public InputStream requestStream(ApiRequest request) throws ApiException {
    return send(request, HttpResponse.BodyHandlers.ofInputStream(), ApiRequestor::drain).body();
  }

  /** A request whose response has no content. */
  public void requestNothing(ApiRequest request) throws ApiException {
    send(request);
  }

  private JsonElement json(HttpResponse<byte[]> response) throws ApiException {
    String text = new String(response.body(), StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return null;
    }
    try {
      return JsonParser.parseString(text);
    } catch (JsonParseException error) {
      throw new ApiException("Invalid JSON in the API's response (HTTP " + response.statusCode() + ")",
          response.statusCode(), null, null, null, RetryPolicy.header(response.headers().map(), "request-id"),
          response.headers().map(), text, error);
    }
  }

  private HttpResponse<byte[]> send(ApiRequest request) throws ApiException {
    return send(request, HttpResponse.BodyHandlers.ofByteArray(), bytes -> bytes);
  }

  /** Throws a {@link ValidationException} when the request's validator finds issues in its params. */
  private void validate(ApiRequest request) throws ValidationException {
    if (!validateRequests || request.validator == null) {
      return;
    }
    Map<String, Object> params = request.params == null ? Map.of() : request.params.toMap();
    List<Validation.Issue> issues = request.validator.apply(params);
    if (!issues.isEmpty()) {
      throw new ValidationException(request.toString(), issues);
    }
  }

  /**
   * Throws a {@link ResponseValidationException} when the client is strict and the request's
   * response validator finds issues in the parsed body.
   */
  private void check(ApiRequest request, JsonElement body, HttpResponse<byte[]> response)
      throws ResponseValidationException {
    if (!strict || request.responseValidator == null) {
      return;
    }
    List<Validation.Issue> issues = request.responseValidator.apply(body);
    if (!issues.isEmpty()) {
      Map<String, List<String>> headers = response.headers().map();
      throw new ResponseValidationException(request.toString(), issues, response.statusCode(),
          RetryPolicy.header(headers, "request-id"), headers, new String(response.body(), StandardCharsets.UTF_8));
    }
  }

  /** Reads what is left of a streamed body (an error's), closing it. */
  private static byte[] drain(InputStream body) {
    try (body) {
      return body.readAllBytes();
    } catch (IOException error) {
      return new byte[0];
    }
  }

  /**
   * Sends {@code request}, retrying as the policy says, and gives the response whose status is
   * a success; its body is read by {@code handler} ({@code drain} reads a failed one whole).
   */
  private <B> HttpResponse<B> send(ApiRequest request, HttpResponse.BodyHandler<B> handler, Function<B, byte[]> drain)
      throws ApiException {
    validate(request);
    RequestOptions options = request.options;
    String key = options.getApiKey() != null ? options.getApiKey() : apiKey;
    Map<String, Object> query = new LinkedHashMap<>();
    Map<String, Object> body = new LinkedHashMap<>();
    Map<String, String> headers = new LinkedHashMap<>();
    if (request.params != null) {
      for (Map.Entry<String, Object> entry : request.params.toMap().entrySet()) {
        if (request.headerNames.contains(entry.getKey())) {
          if (entry.getValue() != null) {
            headers.put(entry.getKey(), FormEncoder.scalar(entry.getValue()));
          }
        } else if (request.encoding == null || request.queryNames.contains(entry.getKey())) {
          query.put(entry.getKey(), entry.getValue());
        } else {
          body.put(entry.getKey(), entry.getValue());
        }
      }
    }
    headers.put("Accept", "application/json");
    if (userAgent != null) {
      headers.put("User-Agent", userAgent);
    }
    // codegen:stripe
    String version = options.getApiVersion() != null ? options.getApiVersion() : apiVersion;
    if (version != null) {
      headers.put("Stripe-Version", version);
    }
    // codegen:end
    // codegen:stripe
    if (options.getStripeAccount() != null) {
      headers.put("Stripe-Account", options.getStripeAccount());
    }
    // codegen:end
    if (options.getIdempotencyKey() != null) {
      headers.put("Idempotency-Key", options.getIdempotencyKey());
    } else if (request.idempotencyKey) {
      headers.put("Idempotency-Key", UUID.randomUUID().toString());
    }
    AuthScheme fetched = authenticate(request, key, headers, query);
    if (options.getHeaders().containsKey("Authorization")) {
      fetched = null;  // the caller's own credentials: nothing to renew
    }
    headers.putAll(options.getHeaders());
    HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.noBody();
    if (request.encoding == ApiRequest.Encoding.FORM) {
      headers.put("Content-Type", "application/x-www-form-urlencoded");
      publisher = HttpRequest.BodyPublishers.ofString(FormEncoder.encode(body, request.repeated), StandardCharsets.UTF_8);
    } else if (request.encoding == ApiRequest.Encoding.JSON) {
      headers.put("Content-Type", "application/json");
      publisher = HttpRequest.BodyPublishers.ofString(JsonBodies.encode(body), StandardCharsets.UTF_8);
    } else if (request.encoding == ApiRequest.Encoding.JSON_VALUE) {
      headers.put("Content-Type", "application/json");
      publisher = HttpRequest.BodyPublishers.ofString(JsonBodies.toJson(only(body)).toString(), StandardCharsets.UTF_8);
    } else if (request.encoding == ApiRequest.Encoding.MULTIPART) {
      Multipart multipart = new Multipart(body);
      headers.put("Content-Type", multipart.contentType());
      publisher = HttpRequest.BodyPublishers.ofByteArray(multipart.body());
    } else if (request.encoding == ApiRequest.Encoding.BINARY || request.encoding == ApiRequest.Encoding.TEXT) {
      Object value = only(body);
      String type = request.mediaType != null && !request.mediaType.isEmpty() ? request.mediaType
          : request.encoding == ApiRequest.Encoding.TEXT ? "text/plain; charset=utf-8" : "application/octet-stream";
      byte[] bytes;
      if (value instanceof FileUpload) {
        bytes = ((FileUpload) value).getContent();
        if (request.mediaType == null || request.mediaType.isEmpty()) {
          type = ((FileUpload) value).getContentType();
        }
      } else if (value instanceof byte[]) {
        bytes = ((byte[]) value).clone();
      } else {
        bytes = value == null ? new byte[0] : FormEncoder.scalar(value).getBytes(StandardCharsets.UTF_8);
      }
      headers.put("Content-Type", type);
      publisher = HttpRequest.BodyPublishers.ofByteArray(bytes);
    }
    String queryString = FormEncoder.encode(query, request.repeated);
    URI uri;
    try {
      String base = request.server != null && !baseUrlGiven ? trim(request.server) : baseUrl;
      String joiner = request.path.contains("?") ? "&" : "?";
      uri = URI.create(base + request.path + (queryString.isEmpty() ? "" : joiner + queryString));
    } catch (IllegalArgumentException error) {
      throw new ApiConnectionException("Invalid URL for " + request + ": " + redact(error.getMessage(), key, clientSecret), null);
    }
    Duration wait = options.getTimeout() != null ? options.getTimeout() : timeout;
    HttpRequest prepared = prepare(uri, request.method, publisher, wait, headers);
    int retries = options.getMaxNetworkRetries() != null ? options.getMaxNetworkRetries() : maxNetworkRetries;
    boolean refreshed = false;
    String shown = redact(uri.toString(), key, clientSecret);
    for (int attempt = 0; ; attempt++) {
      HttpResponse<B> response;
      long started = System.nanoTime();
      notify(requestHooks, new RequestEvent(request.method, shown, attempt + 1, 0, null, Duration.ZERO));
      try {
        response = http.send(prepared, handler);
        RequestEvent done = new RequestEvent(request.method, shown, attempt + 1, response.statusCode(),
            RetryPolicy.header(response.headers().map(), "request-id"), Duration.ofNanos(System.nanoTime() - started));
        LOG.log(System.Logger.Level.DEBUG, done::toString);
        notify(responseHooks, done);
      } catch (IOException error) {
        LOG.log(System.Logger.Level.DEBUG, () -> request.method + " " + shown + " failed: " + error.getClass().getSimpleName());
        if (attempt < retries) {
          sleep(retryPolicy.delay(attempt + 1, null));
          continue;
        }
        throw new ApiConnectionException("Could not reach the API (" + request + ") after " + (attempt + 1)
            + " attempt(s): " + error.getClass().getSimpleName() + ": " + redact(error.getMessage(), key, clientSecret), error);
      } catch (InterruptedException error) {
        Thread.currentThread().interrupt();
        throw new ApiConnectionException("Interrupted while calling the API (" + request + ")", error);
      }
      int status = response.statusCode();
      Map<String, List<String>> responseHeaders = response.headers().map();
      if (status == 401 && fetched != null && !refreshed) {
        refreshed = true;  // a fetched token the API no longer takes: fetch one anew, once
        drain.apply(response.body());
        forgetToken(fetched, headers.get("Authorization"));
        headers.put("Authorization", "Bearer " + token(fetched));
        prepared = prepare(uri, request.method, publisher, wait, headers);
        attempt--;
        continue;
      }
      if (status >= 300 && attempt < retries && retryPolicy.shouldRetry(status, responseHeaders)) {
        drain.apply(response.body());
        sleep(retryPolicy.delay(attempt + 1, responseHeaders));
        continue;
      }
      if (status >= 300) {
        throw ApiErrors.of(status, new String(drain.apply(response.body()), StandardCharsets.UTF_8), responseHeaders);
      }
      return response;
    }
  }

  private static void notify(List<Consumer<RequestEvent>> hooks, RequestEvent event) {
    for (Consumer<RequestEvent> hook : hooks) {
      hook.accept(event);
    }
  }

  /** The {@code body} param of a raw body (or the only param there is). */
  private static Object only(Map<String, Object> body) {
    if (body.containsKey("body")) {
      return body.get("body");
    }
    return body.isEmpty() ? null : body.values().iterator().next();
  }

  private static HttpRequest prepare(URI uri, String method, HttpRequest.BodyPublisher publisher, Duration timeout,
      Map<String, String> headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).method(method, publisher).timeout(timeout);
    headers.forEach(builder::header);
    return builder.build();
  }

  /**
   * Sends the credentials as the first scheme of the request's that they are enough for; gives
   * the OAuth2 scheme whose fetched token was sent (a 401 renews it), else null.
   */
  private AuthScheme authenticate(ApiRequest request, String key, Map<String, String> headers,
      Map<String, Object> query) throws ApiException {
    String[] accepted = request.auth != null ? request.auth : defaultAuth;
    for (String name : accepted) {
      AuthScheme scheme = authSchemes.get(name);
      if (scheme != null && scheme.fetches(key, clientId, clientSecret)) {
        headers.put("Authorization", "Bearer " + token(scheme));
        return scheme;
      }
      if (scheme != null && scheme.usable(key, username)) {
        scheme.apply(key, username, password, headers, query);
        return null;
      }
    }
    if (accepted.length > 0) {
      throw new IllegalStateException(request + " needs credentials for one of " + String.join(", ", accepted)
          + ": set the client's API key (or user name and password, or client ID and client secret)");
    }
    return null;
  }

  /**
   * An access token of OAuth2 scheme {@code scheme}: the one kept while it has not expired, else a
   * new one (concurrent calls wait for the one fetch).
   */
  private String token(AuthScheme scheme) throws ApiException {
    synchronized (tokens) {
      Token kept = tokens.get(scheme.getScheme());
      if (kept == null || System.nanoTime() - kept.expiresAt >= 0) {
        kept = fetchToken(scheme);
        tokens.put(scheme.getScheme(), kept);
      }
      return kept.value;
    }
  }

  /** Drops {@code scheme}'s token if it is still {@code refused} (another call may have renewed it already). */
  private void forgetToken(AuthScheme scheme, String refused) {
    synchronized (tokens) {
      Token kept = tokens.get(scheme.getScheme());
      if (kept != null && ("Bearer " + kept.value).equals(refused)) {
        tokens.remove(scheme.getScheme());
      }
    }
  }

  /** The client-credentials grant: {@code grant_type=client_credentials}, the client ID and secret as HTTP Basic. */
  private Token fetchToken(AuthScheme scheme) throws ApiException {
    URI url;
    try {
      url = URI.create(baseUrl + "/").resolve(scheme.getTokenUrl());
    } catch (IllegalArgumentException error) {
      throw new ApiConnectionException("Invalid token URL of " + scheme.getScheme() + ": " + scheme.getTokenUrl(), null);
    }
    String pair = clientId + ":" + clientSecret;
    HttpRequest.Builder builder = HttpRequest.newBuilder(url)
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials", StandardCharsets.UTF_8))
        .timeout(timeout)
        .header("Accept", "application/json")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Authorization", "Basic "
            + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    if (userAgent != null) {
      builder.header("User-Agent", userAgent);
    }
    long sent = System.nanoTime();
    HttpResponse<byte[]> response;
    try {
      response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException error) {
      throw new ApiConnectionException("Could not fetch an access token from " + url + ": "
          + error.getClass().getSimpleName() + ": " + redact(error.getMessage(), clientSecret), error);
    } catch (InterruptedException error) {
      Thread.currentThread().interrupt();
      throw new ApiConnectionException("Interrupted while fetching an access token from " + url, error);
    }
    if (response.statusCode() >= 300) {
      throw ApiErrors.of(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8),
          response.headers().map());
    }
    JsonElement answer = json(response);
    JsonElement value = answer != null && answer.isJsonObject() ? answer.getAsJsonObject().get("access_token") : null;
    if (value == null || !value.isJsonPrimitive()) {
      throw new ApiException("The token endpoint's answer (" + url + ") has no access_token", response.statusCode(),
          null, null, null, null, response.headers().map(), null, null);
    }
    JsonElement lifetime = answer.getAsJsonObject().get("expires_in");
    long expiresAt = sent + Long.MAX_VALUE / 2;  // no expiry given: kept until the API refuses it
    if (lifetime != null && lifetime.isJsonPrimitive() && lifetime.getAsJsonPrimitive().isNumber()) {
      double seconds = Math.max(0, lifetime.getAsDouble() - TOKEN_MARGIN_SECONDS);
      expiresAt = sent + (long) Math.min(seconds * 1e9, Long.MAX_VALUE / 2.0);
    }
    return new Token(value.getAsString(), expiresAt);
  }

  /** A fetched access token and when ({@link System#nanoTime}) it stops being used; never shown. */
  private static final class Token {
    final String value;
    final long expiresAt;

    Token(String value, long expiresAt) {
      this.value = value;
      this.expiresAt = expiresAt;
    }

    @Override
    public String toString() {
      return "Token[<redacted>]";
    }
  }

  private static String trim(String url) {
    return url.replaceAll("/+$", "");
  }

  private static String redact(String text, String... secrets) {
    if (text == null) {
      return "";
    }
    for (String secret : secrets) {
      if (secret != null && !secret.isEmpty()) {
        text = text.replace(secret, "<redacted>");
      }
    }
    return text;
  }

  private static void sleep(Duration delay) throws ApiConnectionException {
    try {
      Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
    } catch (InterruptedException error) {
      Thread.currentThread().interrupt();
      throw new ApiConnectionException("Interrupted while waiting to retry", error);
    }
  }

  @Override
  public String toString() {
    return "ApiRequestor[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "null" : "<redacted>")
        + ", username=" + username + ", password=" + (password == null ? "null" : "<redacted>")
        + ", clientId=" + (clientId == null ? "null" : "<redacted>")
        + ", clientSecret=" + (clientSecret == null ? "null" : "<redacted>")
        + ", maxNetworkRetries=" + maxNetworkRetries + ", timeout=" + timeout + "]";
  }

  /** Builds an {@link ApiRequestor}; a generated client's builder fills in its API's defaults. */
  public static final class Builder {
    private String apiKey;
    private String username;
    private String password;
    private String clientId;
    private String clientSecret;
    private String baseUrl;
    private boolean baseUrlGiven;
    private String appInfo;
    private final List<Consumer<RequestEvent>> requestHooks = new ArrayList<>();
    private final List<Consumer<RequestEvent>> responseHooks = new ArrayList<>();
    private List<AuthScheme> authSchemes = List.of();
    private String[] defaultAuth = new String[0];
    private String userAgent;
    // codegen:stripe
    private String apiVersion;
    // codegen:end
    private int maxNetworkRetries = 2;
    private Duration timeout = Duration.ofSeconds(80);
    private Duration connectTimeout = Duration.ofSeconds(30);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private boolean validateRequests = true;
    private boolean strict;
    private HttpClient http;

    private Builder() {}

    public Builder setApiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /** The user name for HTTP Basic (the API key is sent as the user name without one). */
    public Builder setUsername(String username) {
      this.username = username;
      return this;
    }

    public Builder setPassword(String password) {
      this.password = password;
      return this;
    }

    /** The OAuth2 client ID: with the client secret, fetches access tokens when there is no API key. */
    public Builder setClientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    public Builder setClientSecret(String clientSecret) {
      this.clientSecret = clientSecret;
      return this;
    }

    /** Where every request goes, even an operation's own server's (a proxy, a mock). */
    public Builder setBaseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      this.baseUrlGiven = true;
      return this;
    }

    /** The API's server: operations with their own server go there instead. */
    public Builder setDefaultBaseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      this.baseUrlGiven = false;
      return this;
    }

    /** Every security scheme of the API, and the ones (in the order to try them) a request accepts by default. */
    public Builder setAuthSchemes(List<AuthScheme> authSchemes, String... defaultAuth) {
      this.authSchemes = List.copyOf(authSchemes);
      this.defaultAuth = defaultAuth.clone();
      return this;
    }

    /** Your application, added to the {@code User-Agent}: {@code name/version (url)}. */
    public Builder setAppInfo(String name, String version, String url) {
      String info = Objects.requireNonNull(name, "name") + (version == null ? "" : "/" + version);
      this.appInfo = url == null ? info : info + " (" + url + ")";
      return this;
    }

    /** Called before each attempt of each request. */
    public Builder addRequestHook(Consumer<RequestEvent> hook) {
      requestHooks.add(Objects.requireNonNull(hook, "hook"));
      return this;
    }

    /** Called when each attempt's response came (its status, request id and duration). */
    public Builder addResponseHook(Consumer<RequestEvent> hook) {
      responseHooks.add(Objects.requireNonNull(hook, "hook"));
      return this;
    }

    public Builder setUserAgent(String userAgent) {
      this.userAgent = userAgent;
      return this;
    }

    // codegen:stripe
    public Builder setApiVersion(String apiVersion) {
      this.apiVersion = apiVersion;
      return this;
    }

    // codegen:end
    public Builder setMaxNetworkRetries(int maxNetworkRetries) {
      if (maxNetworkRetries < 0) {
        throw new IllegalArgumentException("maxNetworkRetries must be >= 0");
      }
      this.maxNetworkRetries = maxNetworkRetries;
      return this;
    }

    public Builder setTimeout(Duration timeout) {
      this.timeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    public Builder setConnectTimeout(Duration connectTimeout) {
      this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
      return this;
    }

    public Builder setRetryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * Whether params are checked against the operation's schema before sending (a {@link
     * ValidationException}, nothing sent); on unless set to false.
     */
    public Builder setValidateRequests(boolean validateRequests) {
      this.validateRequests = validateRequests;
      return this;
    }

    /**
     * Whether each JSON answer is checked against the operation's schema before it is read (a
     * {@link ResponseValidationException} with the issues and the body); off unless set.
     */
    public Builder setStrict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /** The {@link HttpClient} to send with (one is made otherwise, HTTP/1.1). */
    public Builder setHttpClient(HttpClient http) {
      this.http = http;
      return this;
    }

    public ApiRequestor build() {
      return new ApiRequestor(this);
    }
  }
}
