package codegen.runtime.net;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of one request, over the client's: an API key, an {@code Idempotency-Key}, an API
 * version, extra headers, a timeout and a number of retries. {@code toString()} never shows the
 * API key.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = builder().build();

  private final String apiKey;
  private final String idempotencyKey;
  // codegen:stripe
  private final String apiVersion;
  // codegen:end
  private final Map<String, String> headers;
  private final Duration timeout;
  private final Integer maxNetworkRetries;
  // codegen:stripe
  private final String stripeAccount;
  // codegen:end

  private RequestOptions(Builder builder) {
    this.apiKey = builder.apiKey;
    this.idempotencyKey = builder.idempotencyKey;
  // codegen:stripe
    this.apiVersion = builder.apiVersion;
  // codegen:end
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
    this.timeout = builder.timeout;
    this.maxNetworkRetries = builder.maxNetworkRetries;
  // codegen:stripe
    this.stripeAccount = builder.stripeAccount;
  // codegen:end
  }

  /** No options: the client's settings. */
  public static RequestOptions none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  String getApiKey() {
    return apiKey;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  // codegen:stripe
  public String getApiVersion() {
    return apiVersion;
  }

  // codegen:end
  public Map<String, String> getHeaders() {
    return headers;
  }

  public Duration getTimeout() {
    return timeout;
  }

  public Integer getMaxNetworkRetries() {
    return maxNetworkRetries;
  }
  // codegen:stripe

  /** The connected account the request acts as ({@code Stripe-Account}), or null. */
  public String getStripeAccount() {
    return stripeAccount;
  }
  // codegen:end

  @Override
  public String toString() {
    return "RequestOptions[apiKey=" + (apiKey == null ? "null" : "<redacted>") + ", idempotencyKey=" + idempotencyKey
        // codegen:stripe
        + ", apiVersion=" + apiVersion
        // codegen:end
        + ", headers=" + headers.keySet() + ", timeout=" + timeout
        + ", maxNetworkRetries=" + maxNetworkRetries + "]";
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private String apiKey;
    private String idempotencyKey;
    // codegen:stripe
    private String apiVersion;
    // codegen:end
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Duration timeout;
    private Integer maxNetworkRetries;
    // codegen:stripe
    private String stripeAccount;
    // codegen:end

    private Builder() {}

    /** An API key for this request instead of the client's. */
    public Builder setApiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /** The {@code Idempotency-Key}: retries of this request (and repeats with the same key) happen once. */
    public Builder setIdempotencyKey(String idempotencyKey) {
      this.idempotencyKey = idempotencyKey;
      return this;
    }

    // codegen:stripe
    /** The API version ({@code Stripe-Version}) for this request. */
    public Builder setApiVersion(String apiVersion) {
      this.apiVersion = apiVersion;
      return this;
    }

    // codegen:end
    /** A header sent with this request. */
    public Builder putHeader(String name, String value) {
      headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** How long to wait for the response of each attempt. */
    public Builder setTimeout(Duration timeout) {
      if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
        throw new IllegalArgumentException("timeout must be positive");
      }
      this.timeout = timeout;
      return this;
    }

    /** How many times to retry a failed attempt (0: never). */
    public Builder setMaxNetworkRetries(Integer maxNetworkRetries) {
      if (maxNetworkRetries != null && maxNetworkRetries < 0) {
        throw new IllegalArgumentException("maxNetworkRetries must be >= 0");
      }
      this.maxNetworkRetries = maxNetworkRetries;
      return this;
    }

    // codegen:stripe
    /** Acts as a connected account ({@code Stripe-Account: acct_...}) for this request. */
    public Builder setStripeAccount(String stripeAccount) {
      this.stripeAccount = stripeAccount;
      return this;
    }

    // codegen:end
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
