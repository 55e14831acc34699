package codegen.runtime.net;

import codegen.runtime.validation.Validation;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** One call of an operation, as a generated service describes it to the {@link ApiRequestor}. */
public final class ApiRequest {
  /** How a request body is encoded. */
  public enum Encoding {
    /** {@code application/x-www-form-urlencoded}, nested keys in brackets (bracket form-encoding). */
    FORM,
    /** The params as a JSON object. */
    JSON,
    /** The {@code body} param alone as JSON (a request body that is an array, a string...). */
    JSON_VALUE,
    /** {@code multipart/form-data}: files as file parts, other params as form fields. */
    MULTIPART,
    /** The {@code body} param's bytes as they are (a {@link FileUpload}, {@code byte[]} or string). */
    BINARY,
    /** The {@code body} param, a string. */
    TEXT
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  final String method;
  final String path;
  ApiParams params;
  RequestOptions options = RequestOptions.none();
  Encoding encoding;
  String mediaType;
  String server;
  String[] auth;
  Set<String> queryNames = Collections.emptySet();
  Set<String> headerNames = Collections.emptySet();
  Set<String> repeated = Collections.emptySet();
  boolean idempotencyKey;
  Function<Map<String, Object>, List<Validation.Issue>> validator;
  Function<Object, List<Validation.Issue>> responseValidator;

  private ApiRequest(String method, String path) {
    this.method = method;
    this.path = path;
  }

  /**
   * A request to {@code template} with each {@code {name}} replaced, in order, by the
   * percent-encoded value of {@code pathValues}.
   */
  public static ApiRequest of(String method, String template, String... pathValues) {
    StringBuilder path = new StringBuilder();
    int index = 0;
    int at = 0;
    while (at < template.length()) {
      int open = template.indexOf('{', at);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (close < 0) {
        path.append(template, at, template.length());
        break;
      }
      path.append(template, at, open);
      String name = template.substring(open + 1, close);
      if (index >= pathValues.length || pathValues[index] == null || pathValues[index].isEmpty()) {
        throw new IllegalArgumentException(name + " must be a non-empty string");
      }
      segment(path, pathValues[index++]);
      at = close + 1;
    }
    return new ApiRequest(method, path.toString());
  }

  /** {@code base} to the same path with other params (the next page of a list). */
  static ApiRequest ofPath(ApiRequest base, java.util.Map<String, Object> params) {
    ApiRequest copy = new ApiRequest(base.method, base.path);
    copy.params = new ApiParams(params) {};
    copy.options = base.options;
    copy.encoding = base.encoding;
    copy.mediaType = base.mediaType;
    copy.server = base.server;
    copy.auth = base.auth;
    copy.queryNames = base.queryNames;
    copy.headerNames = base.headerNames;
    copy.repeated = base.repeated;
    copy.idempotencyKey = base.idempotencyKey;
    copy.validator = base.validator;
    copy.responseValidator = base.responseValidator;
    return copy;
  }

  /** {@code base} to a path that carries its own query ({@code /v1/items?page=2}), without params. */
  static ApiRequest ofUrl(ApiRequest base, String pathAndQuery) {
    ApiRequest copy = new ApiRequest(base, pathAndQuery);
    copy.params = null;
    copy.validator = null;  // the API's own URL carries the params, checked on the first page
    return copy;
  }

  private ApiRequest(ApiRequest base, String path) {
    this.method = base.method;
    this.path = path;
    this.params = base.params;
    this.options = base.options;
    this.encoding = base.encoding;
    this.mediaType = base.mediaType;
    this.server = base.server;
    this.auth = base.auth;
    this.queryNames = base.queryNames;
    this.headerNames = base.headerNames;
    this.repeated = base.repeated;
    this.idempotencyKey = base.idempotencyKey;
    this.validator = base.validator;
    this.responseValidator = base.responseValidator;
  }

  /** The params and options of the call (either may be null). */
  public ApiRequest with(ApiParams params, RequestOptions options) {
    this.params = params;
    this.options = options == null ? RequestOptions.none() : options;
    return this;
  }

  /** Params (but those of {@link #query} and {@link #headers}) go in a body of this encoding. */
  public ApiRequest body(Encoding encoding) {
    this.encoding = encoding;
    return this;
  }

  /** A body of {@code encoding}, sent as {@code mediaType} ({@code image/png}, {@code text/csv}...). */
  public ApiRequest body(Encoding encoding, String mediaType) {
    this.encoding = encoding;
    this.mediaType = mediaType;
    return this;
  }

  /** The operation's own server (a separate upload host, say), unless the client was given a base URL. */
  public ApiRequest server(String url) {
    this.server = url;
    return this;
  }

  /** The security schemes this operation accepts, in the order to try them (none: no credentials). */
  public ApiRequest auth(String... schemes) {
    this.auth = schemes.clone();
    return this;
  }

  /** Params sent in the query string although the request has a body. */
  public ApiRequest query(String... wireNames) {
    this.queryNames = new HashSet<>(Arrays.asList(wireNames));
    return this;
  }

  /** Array params sent as their key once per item ({@code tags=a&tags=b}), not {@code tags[0]=a}. */
  public ApiRequest repeated(String... wireNames) {
    this.repeated = new HashSet<>(Arrays.asList(wireNames));
    return this;
  }

  /** Params sent as headers. */
  public ApiRequest headers(String... wireNames) {
    this.headerNames = new HashSet<>(Arrays.asList(wireNames));
    return this;
  }

  /** The operation is not idempotent: every attempt carries one {@code Idempotency-Key}. */
  public ApiRequest idempotencyKey() {
    this.idempotencyKey = true;
    return this;
  }

  /**
   * The operation's params validator ({@code Validators::customersCreate}): unless the client
   * was built with {@code setValidateRequests(false)}, params it finds issues in are not sent.
   */
  public ApiRequest validate(Function<Map<String, Object>, List<Validation.Issue>> validator) {
    this.validator = validator;
    return this;
  }

  /**
   * The validator of what the operation answers ({@code Validators::customersCreateResponse}): a
   * client built with {@code setStrict(true)} checks each JSON answer with it before reading it.
   */
  public ApiRequest validateResponse(Function<Object, List<Validation.Issue>> responseValidator) {
    this.responseValidator = responseValidator;
    return this;
  }

  public String getMethod() {
    return method;
  }

  public String getPath() {
    return path;
  }

  private static void segment(StringBuilder out, String value) {
    for (byte raw : value.getBytes(StandardCharsets.UTF_8)) {
      int b = raw & 0xff;
      if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
          || b == '_' || b == '.' || b == '-' || b == '~') {
        out.append((char) b);
      } else {
        out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
      }
    }
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
