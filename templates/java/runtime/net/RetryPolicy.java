package codegen.runtime.net;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to retry, and how long to wait: connection failures and timeouts, and responses with
// codegen:stripe
 * status 409, 429 or 5xx, unless a {@code Stripe-Should-Retry} header says otherwise. The wait is
// codegen:else
 * status 409, 429 or 5xx. The wait is
// codegen:end
 * the server's {@code Retry-After} (capped) when given, otherwise exponential backoff with full
 * jitter: {@code random(0, min(maxDelay, initialDelay * 2^(retry - 1)))}.
 */
public final class RetryPolicy {
  private final Duration initialDelay;
  private final Duration maxDelay;
  private final Duration maxRetryAfter;

  public RetryPolicy(Duration initialDelay, Duration maxDelay, Duration maxRetryAfter) {
    if (initialDelay.isNegative() || maxDelay.isNegative() || maxRetryAfter.isNegative()) {
      throw new IllegalArgumentException("RetryPolicy delays must not be negative");
    }
    this.initialDelay = initialDelay;
    this.maxDelay = maxDelay;
    this.maxRetryAfter = maxRetryAfter;
  }

  /** 0.5 s doubling up to 8 s; {@code Retry-After} honoured up to 60 s. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60));
  }

  /** Whether a response may be retried. */
  public boolean shouldRetry(int status, Map<String, List<String>> headers) {
    // codegen:stripe
    String advice = header(headers, "stripe-should-retry");
    if ("true".equalsIgnoreCase(advice == null ? null : advice.trim())) {
      return true;
    }
    if ("false".equalsIgnoreCase(advice == null ? null : advice.trim())) {
      return false;
    }
    // codegen:end
    return status == 409 || status == 429 || status >= 500;
  }

  /** How long to wait before retry number {@code retry} (1-based). */
  public Duration delay(int retry, Map<String, List<String>> headers) {
    Duration after = retryAfter(headers);
    if (after != null) {
      return after;
    }
    double ceiling = Math.min(maxDelay.toNanos(), initialDelay.toNanos() * Math.pow(2, Math.min(Math.max(retry - 1, 0), 32)));
    return Duration.ofNanos((long) (ceiling * ThreadLocalRandom.current().nextDouble()));
  }

  private Duration retryAfter(Map<String, List<String>> headers) {
    String value = header(headers, "retry-after");
    if (value == null) {
      return null;
    }
    Duration wait;
    try {
      double seconds = Double.parseDouble(value.trim());
      if (Double.isNaN(seconds)) {
        return null;
      }
      wait = Duration.ofNanos((long) (Math.max(seconds, 0) * 1e9));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime when = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
        wait = Duration.between(ZonedDateTime.now(when.getZone()), when);
        if (wait.isNegative()) {
          wait = Duration.ZERO;
        }
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
    return wait.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wait;
  }

  static String header(Map<String, List<String>> headers, String name) {
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
      if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
        return entry.getValue().get(0);
      }
    }
    return null;
  }
}
