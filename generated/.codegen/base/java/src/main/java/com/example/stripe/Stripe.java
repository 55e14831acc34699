// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe;

import com.example.stripe.net.ApiRequestor;
import com.example.stripe.net.AuthScheme;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The global configuration of the resource classes' methods (such as {@code
 * CustomerSession.create(params)}): set {@code Stripe.apiKey}, {@code apiVersion} and the rest
 * once, before the first call ({@link #overrideApiBase} for a mock or a proxy). A program that
 * needs several configurations uses a {@link StripeClient} instead, each holding its own.
 */
public final class Stripe {
  /** Where requests go unless {@link #overrideApiBase} says otherwise. */
  public static final String DEFAULT_API_BASE = "https://api.stripe.com";

  /**
   * Your secret API key or access token.
   */
  public static volatile String apiKey;

  /** The API version sent with every request ({@code Stripe-Version}), or null. */
  public static volatile String apiVersion;

  /** How long to wait for each response (80 seconds unless set). */
  public static volatile Duration timeout = Duration.ofSeconds(80);

  private static volatile String apiBase;
  private static volatile String[] appInfo;
  private static volatile int maxNetworkRetries = 2;
  private static volatile Object[] settings;
  private static volatile ApiRequestor requestor;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30)).build();

  private Stripe() {}

  /** Your application, added to the {@code User-Agent}: {@code name/version (url)}; version and url may be null. */
  public static void setAppInfo(String name, String version, String url) {
    appInfo = new String[] {name, version, url};
  }

  /** Sends every request to {@code url} (a proxy, a mock) instead of the API's servers. */
  public static void overrideApiBase(String url) {
    apiBase = url;
  }

  /** Where requests go: the URL given to {@link #overrideApiBase}, else {@link #DEFAULT_API_BASE}. */
  public static String getApiBase() {
    String base = apiBase;
    return base == null ? DEFAULT_API_BASE : base;
  }

  /** How many times a failed request is retried (2 unless set). */
  public static int getMaxNetworkRetries() {
    return maxNetworkRetries;
  }

  public static void setMaxNetworkRetries(int retries) {
    maxNetworkRetries = retries;
  }

  /**
   * The requestor the resource classes send with, as the settings now are (made anew when one
   * changed). Its connections are shared.
   */
  public static ApiRequestor requestor() {
    String[] app = appInfo;
    Object[] now = {apiBase, apiVersion, maxNetworkRetries, timeout, app == null ? null : Arrays.asList(app), apiKey};
    ApiRequestor current = requestor;
    if (current != null && Arrays.equals(now, settings)) {
      return current;
    }
    ApiRequestor.Builder builder = ApiRequestor.builder()
        .setDefaultBaseUrl(DEFAULT_API_BASE)
        .setAuthSchemes(List.of(AuthScheme.basic("basicAuth"), AuthScheme.bearer("bearerAuth")), "bearerAuth", "basicAuth")
        .setUserAgent("stripe-api/0.1.0" + " java/" + System.getProperty("java.version"))
        .setApiVersion(apiVersion)
        .setMaxNetworkRetries(maxNetworkRetries)
        .setTimeout(timeout)
        .setHttpClient(HTTP);
    builder.setApiKey(apiKey);
    if (apiBase != null) {
      builder.setBaseUrl(apiBase);
    }
    if (app != null) {
      builder.setAppInfo(app[0], app[1], app[2]);
    }
    current = builder.build();
    requestor = current;
    settings = now;
    return current;
  }
}
