package com.example.stripe.exception;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * An error returned by the API, or met while talking to it.
 *
 * <p>Carries what the API said: the HTTP status, the error's {@code code}, {@code param} and
 * {@code type}, the {@code Request-Id} header, every response header and the raw body. The
 * message is the API's own, followed by the param, code, request id and status when there are
 * ({@code No such customer: 'cus_1'; param: id; code: resource_missing; request-id: req_1;
 * status: 404}); the API key never appears in it.
 */
public class ApiException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String code;
  private final String param;
  private final String type;
  private final String requestId;
  private final transient Map<String, List<String>> headers;
  private final String body;

  public ApiException(
      String message,
      int statusCode,
      String code,
      String param,
      String type,
      String requestId,
      Map<String, List<String>> headers,
      String body,
      Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
    this.code = code;
    this.param = param;
    this.type = type;
    this.requestId = requestId;
    this.headers = headers == null ? Collections.emptyMap() : Collections.unmodifiableMap(headers);
    this.body = body;
  }

  /** The HTTP status of the response; 0 when no response came back. */
  public int getStatusCode() {
    return statusCode;
  }

  /** The error's machine-readable {@code code} ({@code resource_missing}...), or null. */
  public String getCode() {
    return code;
  }

  /** The parameter the error is about, or null. */
  public String getParam() {
    return param;
  }

  /** The error's {@code type} ({@code invalid_request_error}, {@code card_error}...), or null. */
  public String getType() {
    return type;
  }

  /** The {@code Request-Id} response header, or null. */
  public String getRequestId() {
    return requestId;
  }

  /** Every response header, by lower-case name (empty when no response came back). */
  public Map<String, List<String>> getHeaders() {
    return headers == null ? Collections.emptyMap() : headers;
  }

  /** The raw response body, or null. */
  public String getBody() {
    return body;
  }

  @Override
  public String getMessage() {
    String message = super.getMessage();
    StringBuilder text = new StringBuilder(message == null ? "" : message);
    if (param != null && !param.isEmpty()) {
      text.append("; param: ").append(param);
    }
    if (code != null && !code.isEmpty()) {
      text.append("; code: ").append(code);
    }
    if (requestId != null) {
      text.append("; request-id: ").append(requestId);
    }
    if (statusCode != 0) {
      text.append("; status: ").append(statusCode);
    }
    return text.toString();
  }
}
