// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Assumptions;
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

  /**
   * Every call that needs no param, against {@code codegen mock}: {@code mvn test
   * -Dmock.url=http://127.0.0.1:PORT} (skipped without it).
   */
  @Test
  void callsTheMock() throws Exception {
    String url = System.getProperty("mock.url");
    Assumptions.assumeTrue(url != null, "pass -Dmock.url=<the URL codegen mock prints>");
    StripeClient client = StripeClient.builder().setApiKey(KEY).setBaseUrl(url).setMaxNetworkRetries(0).build();
    assertNotNull(client.customers().list());
    assertNotNull(client.customers().create());
    assertNotNull(client.customers().retrieve("cus_NffrFeUfNV2Hib"));
    assertNotNull(client.customers().update("cus_NffrFeUfNV2Hib"));
    assertNotNull(client.customers().delete("cus_NffrFeUfNV2Hib"));
    assertNotNull(client.customers().paymentMethods().list("cus_NffrFeUfNV2Hib"));
    assertNotNull(client.events().list());
    assertNotNull(client.events().retrieve("evt_1NrQ8uLkdIwHu7ixPq5BnGZs"));
    assertNotNull(client.paymentIntents().list());
    assertNotNull(client.paymentIntents().retrieve("pi_3NrQ7kLkdIwHu7ix0x2VvXqb"));
    assertNotNull(client.paymentIntents().update("pi_3NrQ7kLkdIwHu7ix0x2VvXqb"));
    assertNotNull(client.paymentIntents().cancel("intent_123"));
    assertNotNull(client.paymentIntents().confirm("intent_123"));
    assertNotNull(client.paymentMethods().retrieve("pm_1NpqY2LkdIwHu7ixHaZlNzZr"));
    assertNotNull(client.paymentMethods().detach("pm_1NpqY2LkdIwHu7ixHaZlNzZr"));
    assertNotNull(client.setupIntents().list());
    assertNotNull(client.setupIntents().create());
    assertNotNull(client.setupIntents().retrieve("seti_1NrQ9ZLkdIwHu7ixB4ZTPm4c"));
    assertNotNull(client.setupIntents().confirm("intent_123"));
  }
}
