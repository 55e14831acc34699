// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

class StripeClientTest {
  private static final String KEY = "sk_test_never_shown";

  @Test
  void neverShowsItsApiKey() {
    StripeClient client = new StripeClient(KEY);
    assertFalse(client.toString().contains(KEY));
  }

  @Test
  void reachesEveryService() {
    StripeClient client = StripeClient.builder().setApiKey(KEY).setBaseUrl("http://127.0.0.1:9").build();
    assertNotNull(client.customerSessions());
    assertNotNull(client.customers());
    assertNotNull(client.events());
    assertNotNull(client.paymentIntents());
    assertNotNull(client.paymentMethods());
    assertNotNull(client.setupIntents());
  }
}
