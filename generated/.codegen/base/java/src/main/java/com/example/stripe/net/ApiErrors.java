package com.example.stripe.net;

import com.example.stripe.exception.ApiException;
import com.example.stripe.exception.AuthenticationException;
import com.example.stripe.exception.CardException;
import com.example.stripe.exception.IdempotencyException;
import com.example.stripe.exception.InvalidRequestException;
import com.example.stripe.exception.PermissionException;
import com.example.stripe.exception.RateLimitException;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;

/**
 * The exception for an error response. The body is read as {@code {"error": {...}}} when it
 * can be; the class follows the error's {@code type}, then the status: {@code idempotency_error}
 * -> {@link IdempotencyException}; 429 -> {@link RateLimitException}; {@code card_error} or 402
 * -> {@link CardException}; 401 -> {@link AuthenticationException}; 403 -> {@link
 * PermissionException}; 400, 404 or {@code invalid_request_error} -> {@link
 * InvalidRequestException}; anything else -> {@link ApiException}.
 */
final class ApiErrors {
  private ApiErrors() {}

  static ApiException of(int status, String body, Map<String, List<String>> headers) {
    JsonObject error = new JsonObject();
    try {
      JsonElement parsed = body == null || body.isEmpty() ? null : JsonParser.parseString(body);
      if (parsed != null && parsed.isJsonObject()) {
        JsonElement inner = parsed.getAsJsonObject().get("error");
        if (inner != null && inner.isJsonObject()) {
          error = inner.getAsJsonObject();
        } else if (inner != null && inner.isJsonPrimitive()) {
          error.addProperty("code", inner.getAsString());
          JsonElement description = parsed.getAsJsonObject().get("error_description");
          error.add("message", description == null ? inner : description);
        }
      }
    } catch (JsonParseException notJson) {
      // Not JSON: the raw body is kept in the exception.
    }
    String message = string(error, "message");
    if (message == null) {
      String snippet = body == null || body.isEmpty() ? "<empty body>" : body.substring(0, Math.min(200, body.length()));
      message = "Unexpected error response from the API (HTTP " + status + "): " + snippet;
    }
    String type = string(error, "type");
    String code = string(error, "code");
    String param = string(error, "param");
    String requestId = RetryPolicy.header(headers, "request-id");
    if ("idempotency_error".equals(type)) {
      return new IdempotencyException(message, status, code, param, type, requestId, headers, body);
    }
    if (status == 429 || (status == 400 && "rate_limit".equals(code))) {
      return new RateLimitException(message, status, code, param, type, requestId, headers, body);
    }
    if ("card_error".equals(type) || status == 402) {
      return new CardException(message, status, code, param, type, requestId, headers, body, string(error, "decline_code"));
    }
    if (status == 401) {
      return new AuthenticationException(message, status, code, param, type, requestId, headers, body);
    }
    if (status == 403) {
      return new PermissionException(message, status, code, param, type, requestId, headers, body);
    }
    if (status == 400 || status == 404 || "invalid_request_error".equals(type)) {
      return new InvalidRequestException(message, status, code, param, type, requestId, headers, body);
    }
    return new ApiException(message, status, code, param, type, requestId, headers, body, null);
  }

  private static String string(JsonObject object, String name) {
    JsonElement value = object.get(name);
    return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
  }
}
