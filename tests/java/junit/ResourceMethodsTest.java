package com.example.stripe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.stripe.model.Customer;
import com.example.stripe.model.CustomerSession;
import com.example.stripe.model.DeletedCustomer;
import com.example.stripe.model.PaymentIntent;
import com.example.stripe.net.ApiObject;
import com.example.stripe.net.ApiResponse;
import com.example.stripe.net.ModelReader;
import com.example.stripe.net.Page;
import com.example.stripe.net.RequestEvent;
import com.example.stripe.net.RequestOptions;
import com.example.stripe.net.Variants;
import com.example.stripe.param.CustomerListParams;
import com.example.stripe.param.CustomerSessionCreateParams;
import com.example.stripe.param.CustomerUpdateParams;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** stripe-java's resource style: {@code Stripe.apiKey}, {@code CustomerSession.create(params)}. */
class ResourceMethodsTest {
  private static final String KEY = "sk_test_java_secret";

  @AfterEach
  void reset() {
    Stripe.apiKey = null;
    Stripe.overrideApiBase(null);
    Stripe.setMaxNetworkRetries(2);
  }

  private static StripeClient client(String url) {
    return StripeClient.builder().setApiKey(KEY).setBaseUrl(url).setMaxNetworkRetries(0).build();
  }

  private static void configure(String url) {
    Stripe.apiKey = KEY;
    Stripe.overrideApiBase(url);
    Stripe.setMaxNetworkRetries(0);
  }

  @Test
  void staticMethodsSendTheClientsBytes() throws Exception {
    Map<String, Object> pricingTable = new LinkedHashMap<>();
    pricingTable.put("enabled", true);
    Map<String, Object> components = new LinkedHashMap<>();
    components.put("pricing_table", pricingTable);
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("customer", "cus_123");
    map.put("components", components);
    List<CustomerSessionCreateParams> cases = DefaultSpecTest.builtCases();
    try (DefaultSpecTest.ScriptServer server = new DefaultSpecTest.ScriptServer(List.of("200", "200", "200", "200", "200"))) {
      configure(server.url());
      client(server.url()).customerSessions().create(cases.get(0));
      CustomerSession session = CustomerSession.create(cases.get(0));
      CustomerSession.create(map);
      CustomerSession.create(cases.get(1), RequestOptions.builder().setIdempotencyKey("key-2").build());
      client(server.url()).customerSessions().create(cases.get(1));
      assertEquals("secret", session.getClientSecret());
      assertEquals(200, session.getLastResponse().code());
      assertEquals("req_1", session.getLastResponse().requestId());
      assertEquals(server.bodies.get(0), server.bodies.get(1));
      assertEquals(server.bodies.get(0), server.bodies.get(2));
      assertEquals(server.bodies.get(3), server.bodies.get(4));
      assertEquals(List.of("/v1/customer_sessions"), server.targets.stream().distinct().toList());
      assertEquals("key-2", server.keys.get(3));
    }
  }

  @Test
  void instanceMethodsActOnTheirObject() throws Exception {
    CustomerUpdateParams params = CustomerUpdateParams.builder().setName("Jenny").putMetadata("a", "b").build();
    try (DefaultSpecTest.ScriptServer server = new DefaultSpecTest.ScriptServer(List.of("200", "200", "200", "200"))) {
      configure(server.url());
      Customer customer = new Customer();
      customer.setId("cus_1");
      client(server.url()).customers().update("cus_1", params);
      customer.update(params);
      client(server.url()).customers().delete("cus_1");
      customer.delete();
      assertEquals(server.bodies.get(0), server.bodies.get(1));
      assertEquals(server.targets.get(0), server.targets.get(1));
      assertEquals(server.targets.get(2), server.targets.get(3));
      assertEquals("/v1/customers/cus_1", server.targets.get(3));
    }
  }

  @Test
  void deletedFormsReadAsTheirOwnClass() {
    Variants variants = new Variants(
        "object", new String[] {"customer", "customer"}, new Class<?>[] {Customer.class, DeletedCustomer.class});
    Object deleted = ModelReader.read(
        JsonParser.parseString("{\"id\": \"cus_1\", \"object\": \"customer\", \"deleted\": true}"),
        ApiObject.class, variants);
    assertTrue(deleted instanceof DeletedCustomer, String.valueOf(deleted));
    Object live = ModelReader.read(
        JsonParser.parseString("{\"id\": \"cus_1\", \"object\": \"customer\", \"email\": \"a@b.c\", \"name\": \"A\"}"),
        ApiObject.class, variants);
    assertTrue(live instanceof Customer, String.valueOf(live));
  }

  @Test
  void hooksSeeEveryAttemptAndNoKey() throws Exception {
    List<RequestEvent> sent = new ArrayList<>();
    List<RequestEvent> answered = new ArrayList<>();
    StripeClient client = StripeClient.builder()
        .setApiKey(KEY)
        .setBaseUrl(System.getProperty("mock.url"))
        .setAppInfo("MyApp", "1.2.3", "https://myapp.example")
        .addRequestHook(sent::add)
        .addResponseHook(answered::add)
        .build();
    client.customers().retrieve("cus_123");
    assertEquals(1, sent.size());
    assertEquals(1, answered.size());
    assertEquals(200, answered.get(0).getStatus());
    assertEquals("GET", answered.get(0).getMethod());
    assertTrue(answered.get(0).getUrl().endsWith("/v1/customers/cus_123"), answered.get(0).getUrl());
    assertFalse(answered.get(0).toString().contains(KEY));
  }

  @Test
  void againstTheMock() throws Exception {
    configure(System.getProperty("mock.url"));
    Stripe.setAppInfo("MyApp", "1.2.3", null);
    Customer customer = Customer.retrieve("cus_123");
    assertNotNull(customer.getId());
    Page<Customer> page = Customer.list(CustomerListParams.builder().setLimit(3L).build());
    assertTrue(page.getData().stream().allMatch(item -> item instanceof Customer));
    assertEquals(200, page.getLastResponse().code());
    assertEquals(200, customer.getLastResponse().code());
    ApiResponse raw = client(System.getProperty("mock.url")).rawRequest("get", "/v1/customers/cus_123", null, null);
    assertEquals(200, raw.code());
    assertTrue(raw.body().contains("\"object\""), raw.body());
    assertNotNull(customer.update(CustomerUpdateParams.builder().setName("Jenny").build()));
    DeletedCustomer deleted = customer.delete();
    assertNotNull(deleted);
    PaymentIntent intent = PaymentIntent.retrieve("pi_123");
    assertNotNull(intent.cancel());
  }
}
