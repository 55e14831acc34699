// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe;

import com.example.stripe.exception.ApiException;
import com.example.stripe.exception.SignatureVerificationException;
import com.example.stripe.model.Event;
import com.example.stripe.net.ApiParams;
import com.example.stripe.net.ApiRequest;
import com.example.stripe.net.ApiRequestor;
import com.example.stripe.net.ApiResponse;
import com.example.stripe.net.AuthScheme;
import com.example.stripe.net.RequestEvent;
import com.example.stripe.net.RequestOptions;
import com.example.stripe.net.RetryPolicy;
import com.example.stripe.service.CustomerService;
import com.example.stripe.service.CustomerSessionService;
import com.example.stripe.service.EventService;
import com.example.stripe.service.PaymentIntentService;
import com.example.stripe.service.PaymentMethodService;
import com.example.stripe.service.SetupIntentService;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The client of Stripe API (customer sessions subset): one service per resource.
 */
public final class StripeClient {
  /** Where requests go unless {@link Builder#setBaseUrl} says otherwise. */
  public static final String DEFAULT_BASE_URL = "https://api.stripe.com";

  private final ApiRequestor requestor;
  private final CustomerSessionService customerSessions;
  private final CustomerService customers;
  private final EventService events;
  private final PaymentIntentService paymentIntents;
  private final PaymentMethodService paymentMethods;
  private final SetupIntentService setupIntents;

  /** A client that sends {@code apiKey} with every request. */
  public StripeClient(String apiKey) {
    this(builder().setApiKey(apiKey));
  }

  private StripeClient(Builder builder) {
    this.requestor = builder.requestor.build();
    this.customerSessions = new CustomerSessionService(requestor);
    this.customers = new CustomerService(requestor);
    this.events = new EventService(requestor);
    this.paymentIntents = new PaymentIntentService(requestor);
    this.paymentMethods = new PaymentMethodService(requestor);
    this.setupIntents = new SetupIntentService(requestor);
  }

  public static Builder builder() {
    return new Builder();
  }

  public CustomerSessionService customerSessions() {
    return customerSessions;
  }

  public CustomerService customers() {
    return customers;
  }

  public EventService events() {
    return events;
  }

  public PaymentIntentService paymentIntents() {
    return paymentIntents;
  }

  public PaymentMethodService paymentMethods() {
    return paymentMethods;
  }

  public SetupIntentService setupIntents() {
    return setupIntents;
  }

  /**
   * Any request, its response as it came (status, headers, body; an error status still throws):
   * for what this SDK does not offer yet. {@code path} is the path after the base URL
   * ({@code /v1/customers/cus_123}), {@code params} go in the query of a GET or DELETE, else in the
   * body.
   */
  public ApiResponse rawRequest(String method, String path, Map<String, Object> params, RequestOptions options)
      throws ApiException {
    String verb = method.toUpperCase(Locale.ROOT);
    ApiRequest request = ApiRequest.of(verb, path).with(ApiParams.fromMap(params), options);
    if (!verb.equals("GET") && !verb.equals("DELETE")) {
      request = request.body(ApiRequest.Encoding.FORM);
    }
    return requestor.rawRequest(request);
  }

  /**
   * The event a webhook's {@code payload} holds, once its {@code Stripe-Signature} header signs it
   * with {@code secret} within 300 seconds ({@link Webhook#constructEvent(String, String, String)}).
   */
  public Event constructEvent(String payload, String sigHeader, String secret)
      throws SignatureVerificationException {
    return Webhook.constructEvent(payload, sigHeader, secret);
  }

  /** The base URL only: the API key is never shown. */
  @Override
  public String toString() {
    return "StripeClient[" + requestor.getBaseUrl() + "]";
  }

  /** Builds a {@link StripeClient}. */
  public static final class Builder {
    private final ApiRequestor.Builder requestor = ApiRequestor.builder()
        .setDefaultBaseUrl(DEFAULT_BASE_URL)
        .setAuthSchemes(List.of(AuthScheme.basic("basicAuth"), AuthScheme.bearer("bearerAuth")), "bearerAuth", "basicAuth")
        .setUserAgent("stripe-api/0.1.0" + " java/" + System.getProperty("java.version"));

    private Builder() {}

    /**
     * Your secret API key or access token.
     */
    public Builder setApiKey(String apiKey) {
      requestor.setApiKey(apiKey);
      return this;
    }

    /** Where every request goes, instead of the API's servers (a proxy, a mock). */
    public Builder setBaseUrl(String baseUrl) {
      requestor.setBaseUrl(baseUrl);
      return this;
    }

    /** The API version sent as {@code Stripe-Version}. */
    public Builder setApiVersion(String apiVersion) {
      requestor.setApiVersion(apiVersion);
      return this;
    }

    /** How many times a failed request is retried (2 unless set). */
    public Builder setMaxNetworkRetries(int maxNetworkRetries) {
      requestor.setMaxNetworkRetries(maxNetworkRetries);
      return this;
    }

    /** How long to wait for each response (80 seconds unless set). */
    public Builder setTimeout(Duration timeout) {
      requestor.setTimeout(timeout);
      return this;
    }

    public Builder setConnectTimeout(Duration connectTimeout) {
      requestor.setConnectTimeout(connectTimeout);
      return this;
    }

    /** When and how long to wait before retrying. */
    public Builder setRetryPolicy(RetryPolicy retryPolicy) {
      requestor.setRetryPolicy(retryPolicy);
      return this;
    }

    /** Your application, added to the {@code User-Agent}: {@code name/version (url)}; version and url may be null. */
    public Builder setAppInfo(String name, String version, String url) {
      requestor.setAppInfo(name, version, url);
      return this;
    }

    /** Called before each attempt of each request (its method and URL: never a credential). */
    public Builder addRequestHook(Consumer<RequestEvent> hook) {
      requestor.addRequestHook(hook);
      return this;
    }

    /** Called when each attempt's response came: its status, request id and duration. */
    public Builder addResponseHook(Consumer<RequestEvent> hook) {
      requestor.addResponseHook(hook);
      return this;
    }

    public Builder setHttpClient(HttpClient httpClient) {
      requestor.setHttpClient(httpClient);
      return this;
    }

    /**
     * Whether each request's params are checked against the operation's schema before sending:
     * on by default; invalid params throw a {@code ValidationException} and nothing is sent.
     */
    public Builder setValidateRequests(boolean validateRequests) {
      requestor.setValidateRequests(validateRequests);
      return this;
    }

    /**
     * Whether each JSON answer (an object, a value, a page) is checked against the operation's
     * schema before it is read into models: off by default; an answer that does not match throws
     * a {@code ResponseValidationException} carrying the issues and the body.
     */
    public Builder setStrict(boolean strict) {
      requestor.setStrict(strict);
      return this;
    }

    public StripeClient build() {
      return new StripeClient(this);
    }
  }
}
