package com.example.stripe.net;

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
  private final String apiVersion;
  private final Map<String, String> headers;
  private final Duration timeout;
  private final Integer maxNetworkRetries;
  private final String stripeAccount;

  private RequestOptions(Builder builder) {
    this.apiKey = builder.apiKey;
    this.idempotencyKey = builder.idempotencyKey;
    this.apiVersion = builder.apiVersion;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
    this.timeout = builder.timeout;
    this.maxNetworkRetries = builder.maxNetworkRetries;
    this.stripeAccount = builder.stripeAccount;
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

  public String getApiVersion() {
    return apiVersion;
  }

  public Map<String, String> getHeaders() {
    return headers;
  }

  public Duration getTimeout() {
    return timeout;
  }

  public Integer getMaxNetworkRetries() {
    return maxNetworkRetries;
  }

  /** The connected account the request acts as ({@code Stripe-Account}), or null. */
  public String getStripeAccount() {
    return stripeAccount;
  }

  @Override
  public String toString() {
    return "RequestOptions[apiKey=" + (apiKey == null ? "null" : "<redacted>") + ", idempotencyKey=" + idempotencyKey
        + ", apiVersion=" + apiVersion
        + ", headers=" + headers.keySet() + ", timeout=" + timeout
        + ", maxNetworkRetries=" + maxNetworkRetries + "]";
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private String apiKey;
    private String idempotencyKey;
    private String apiVersion;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Duration timeout;
    private Integer maxNetworkRetries;
    private String stripeAccount;

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

    /** The API version ({@code Stripe-Version}) for this request. */
    public Builder setApiVersion(String apiVersion) {
      this.apiVersion = apiVersion;
      return this;
    }

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

    /** Acts as a connected account ({@code Stripe-Account: acct_...}) for this request. */
    public Builder setStripeAccount(String stripeAccount) {
      this.stripeAccount = stripeAccount;
      return this;
    }

    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
