package com.example.stripe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.stripe.exception.ApiConnectionException;
import com.example.stripe.exception.ApiException;
import com.example.stripe.exception.AuthenticationException;
import com.example.stripe.exception.CardException;
import com.example.stripe.exception.IdempotencyException;
import com.example.stripe.exception.InvalidRequestException;
import com.example.stripe.exception.RateLimitException;
import com.example.stripe.exception.ResponseValidationException;
import com.example.stripe.exception.ValidationException;
import com.example.stripe.model.Customer;
import com.example.stripe.model.CustomerSession;
import com.example.stripe.model.DeletedCustomer;
import com.example.stripe.model.Event;
import com.example.stripe.model.PaymentIntent;
import com.example.stripe.model.PaymentMethod;
import com.example.stripe.model.SetupIntent;
import com.example.stripe.net.ApiObject;
import com.example.stripe.net.FormEncoder;
import com.example.stripe.net.ModelReader;
import com.example.stripe.net.Page;
import com.example.stripe.net.RequestOptions;
import com.example.stripe.net.RetryPolicy;
import com.example.stripe.param.CustomerCreateParams;
import com.example.stripe.param.CustomerListParams;
import com.example.stripe.param.CustomerSessionCreateParams;
import com.example.stripe.param.CustomerSessionCreateParams.Components;
import com.example.stripe.validation.Validation;
import com.example.stripe.validation.Validators;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The default spec's client: the wire table, every operation against codegen mock, faults, fixtures. */
class DefaultSpecTest {
  private static final String KEY = "sk_test_java_secret";

  private static JsonObject json(String property) throws IOException {
    String path = System.getProperty(property);
    assertNotNull(path, "pass -D" + property);
    return JsonParser.parseString(Files.readString(Path.of(path))).getAsJsonObject();
  }

  /** JSON -> the Java values a caller would pass (maps in order, longs, big integers, doubles). */
  private static Object value(JsonElement json) {
    if (json.isJsonNull()) {
      return null;
    }
    if (json.isJsonObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      json.getAsJsonObject().entrySet().forEach(e -> map.put(e.getKey(), value(e.getValue())));
      return map;
    }
    if (json.isJsonArray()) {
      List<Object> list = new ArrayList<>();
      json.getAsJsonArray().forEach(item -> list.add(value(item)));
      return list;
    }
    JsonPrimitive p = json.getAsJsonPrimitive();
    if (p.isBoolean()) {
      return p.getAsBoolean();
    }
    if (p.isNumber()) {
      BigDecimal number = p.getAsBigDecimal();
      if (number.scale() <= 0 && !p.getAsString().contains(".")) {
        BigInteger big = number.toBigIntegerExact();
        return big.bitLength() < 63 ? (Object) big.longValue() : big;
      }
      return p.getAsDouble();
    }
    return p.getAsString();
  }

  @Test
  void formEncodingIsTheWireTable() throws IOException {
    JsonObject table = json("wire.table");
    int cases = 0;
    for (JsonElement entry : table.getAsJsonArray("encoding")) {
      JsonObject c = entry.getAsJsonObject();
      @SuppressWarnings("unchecked")
      Map<String, Object> params = (Map<String, Object>) value(c.get("params"));
      assertEquals(c.get("body").getAsString(), FormEncoder.encode(params), c.get("id").getAsString());
      cases++;
    }
    assertTrue(cases >= 20);
  }

  /** The table's customer_sessions.create cases, built with the params builders. */
  static List<CustomerSessionCreateParams> builtCases() {
    return List.of(
        CustomerSessionCreateParams.builder()
            .setCustomer("cus_123")
            .setComponents(Components.builder()
                .setPricingTable(Components.PricingTable.builder().setEnabled(true).build())
                .build())
            .build(),
        CustomerSessionCreateParams.builder()
            .setCustomer("cus_123")
            .setComponents(Components.builder()
                .setPaymentElement(Components.PaymentElement.builder()
                    .setEnabled(true)
                    .setFeatures(Components.PaymentElement.Features.builder()
                        .setPaymentMethodRedisplay(Components.PaymentElement.Features.PaymentMethodRedisplay.ENABLED)
                        .addPaymentMethodAllowRedisplayFilter(
                            Components.PaymentElement.Features.PaymentMethodAllowRedisplayFilter.ALWAYS)
                        .addPaymentMethodAllowRedisplayFilter(
                            Components.PaymentElement.Features.PaymentMethodAllowRedisplayFilter.LIMITED)
                        .setPaymentMethodRedisplayLimit(3L)
                        .build())
                    .build())
                .setBuyButton(Components.BuyButton.builder().setEnabled(false).build())
                .build())
            .addExpand("customer")
            .build(),
        CustomerSessionCreateParams.builder()
            .setCustomer("cus_1")
            .setCustomerAccount(null)
            .setComponents(Components.builder()
                .setCustomerSheet(Components.CustomerSheet.builder().setEnabled(true).build())
                .build())
            .build());
  }

  @Test
  void builtParamsSendTheTablesBodies() throws Exception {
    JsonObject table = json("wire.table");
    List<CustomerSessionCreateParams> built = builtCases();
    assertEquals(table.getAsJsonArray("customer_sessions_create").size(), built.size());
    try (ScriptServer server = new ScriptServer(List.of("200", "200", "200"))) {
      StripeClient client = client(server.url(), 0);
      for (int i = 0; i < built.size(); i++) {
        JsonObject c = table.getAsJsonArray("customer_sessions_create").get(i).getAsJsonObject();
        client.customerSessions().create(built.get(i));
        assertEquals(c.get("body").getAsString(), server.bodies.get(i), "case " + i);
      }
    }
  }

  @Test
  void buildChecksRequiredParams() {
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> CustomerSessionCreateParams.builder().setCustomer("cus_1").build());
    assertTrue(error.getMessage().contains("components"), error.getMessage());
    CustomerSessionCreateParams built = builtCases().get(1);
    assertEquals("cus_123", built.getCustomer());
    assertEquals(List.of("customer"), built.getExpand());
    assertEquals(Components.PaymentElement.Features.PaymentMethodRedisplay.ENABLED,
        built.getComponents().getPaymentElement().getFeatures().getPaymentMethodRedisplay());
    assertEquals(null, built.getCustomerAccount());
    CustomerSessionCreateParams odd = CustomerSessionCreateParams.builder()
        .setComponents(Components.builder().build()).putExtraParam("customer", 42).build();
    assertEquals(null, odd.getCustomer());  // an extra param of another type under a declared name
    assertEquals(42, odd.toMap().get("customer"));
  }

  private static StripeClient client(String url, int retries) {
    return StripeClient.builder()
        .setApiKey(KEY)
        .setBaseUrl(url)
        .setMaxNetworkRetries(retries)
        .setTimeout(Duration.ofSeconds(20))
        .setRetryPolicy(new RetryPolicy(Duration.ZERO, Duration.ZERO, Duration.ofSeconds(2)))
        .build();
  }

  /** Params the schema refuses throw before anything is sent; the client's switch sends them unchecked. */
  @Test
  void invalidParamsAreRefusedBeforeSending() throws Exception {
    CustomerCreateParams bad = CustomerCreateParams.builder()
        .setName("Jenny Rosen")
        .putExtraParam("address", Map.of("city", 7))
        .putExtraParam("tax_exempt", "sometimes")
        .build();
    try (ScriptServer server = new ScriptServer(List.of("200"))) {
      ValidationException error =
          assertThrows(ValidationException.class, () -> client(server.url(), 0).customers().create(bad));
      assertTrue(error instanceof InvalidRequestException);
      assertEquals("address.city", error.getParam());
      assertEquals(List.of("address", "city"), error.getIssues().get(0).getPath());
      assertEquals("tax_exempt", error.getIssues().get(1).getDottedPath());
      assertTrue(error.getMessage().startsWith(
          "Invalid params for POST /v1/customers: address.city: expected a string, got 7; tax_exempt: expected one of"),
          error.getMessage());
      assertTrue(server.bodies.isEmpty(), server.bodies.toString());
      CustomerCreateParams good = CustomerCreateParams.builder().setName("Jenny Rosen").build();
      assertEquals(List.of(), Validators.customersCreate(good.toMap()));
      assertEquals(2, Validators.customersCreate(bad.toMap()).size());
    }
    try (ScriptServer server = new ScriptServer(List.of("200"))) {
      StripeClient unchecked = StripeClient.builder().setApiKey(KEY).setBaseUrl(server.url())
          .setMaxNetworkRetries(0).setValidateRequests(false).build();
      unchecked.customers().create(bad);
      assertEquals(1, server.bodies.size());
      assertTrue(server.bodies.get(0).contains("address%5Bcity%5D=7"), server.bodies.get(0));
    }
  }

  /**
   * A strict client checks each JSON answer against the operation's schema (an object, each page
   * of a list) and throws with the issues and the body; the default client reads it as it came.
   */
  @Test
  void strictClientsCheckWhatIsAnswered() throws Exception {
    try (ScriptServer server = new ScriptServer(List.of("bad", "session", "page"))) {
      StripeClient strict = StripeClient.builder().setApiKey(KEY).setBaseUrl(server.url())
          .setMaxNetworkRetries(0).setStrict(true).build();
      ResponseValidationException error = assertThrows(ResponseValidationException.class,
          () -> strict.customerSessions().create(builtCases().get(0)));
      assertTrue(error instanceof ApiException);
      List<String> paths = new ArrayList<>();
      for (Validation.Issue issue : error.getIssues()) {
        paths.add(issue.getDottedPath());
      }
      assertEquals(List.of("client_secret", "livemode"), paths);
      assertEquals("client_secret", error.getParam());
      assertEquals(200, error.getStatusCode());
      assertTrue(error.getBody().contains("\"client_secret\": 5"), error.getBody());
      assertTrue(error.getMessage().startsWith("The response of POST /v1/customer_sessions does not match the API's"
          + " schema: client_secret: expected a string, got 5; livemode: expected a boolean"), error.getMessage());
      assertEquals("secret", strict.customerSessions().create(builtCases().get(0)).getClientSecret());
      ResponseValidationException page = assertThrows(ResponseValidationException.class,
          () -> strict.customers().list(CustomerListParams.builder().setLimit(2L).build()));
      assertEquals(List.of("data", 0, "created"), page.getIssues().get(0).getPath());
    }
    try (ScriptServer server = new ScriptServer(List.of("bad", "page"))) {
      StripeClient lenient = client(server.url(), 0);
      assertEquals("cus_123", lenient.customerSessions().create(builtCases().get(0)).getCustomer());
      assertEquals(2, lenient.customers().list(CustomerListParams.builder().setLimit(2L).build()).getData().size());
    }
    JsonElement session = JsonParser.parseString(SESSION);
    assertEquals(List.of(), Validators.customerSessionsCreateResponse(session));
    session.getAsJsonObject().addProperty("object", "a_newer_object");  // an enum's new value is accepted
    session.getAsJsonObject().add("customer", null);
    assertEquals(List.of("customer"), Validators.customerSessionsCreateResponse(session).get(0).getPath());
  }

  private static final String SESSION = "{\"id\": \"cs_1\", \"object\": \"customer_session\", \"client_secret\":"
      + " \"secret\", \"customer\": \"cus_123\", \"livemode\": false, \"expires_at\": 1, \"created\": 1}";

  /** An API error's message carries its param and code (as stripe-java's does). */
  @Test
  void apiErrorsNameTheirParamAndCode() throws Exception {
    try (ScriptServer server = new ScriptServer(List.of("param"))) {
      InvalidRequestException error =
          assertThrows(InvalidRequestException.class, () -> client(server.url(), 0).customers().retrieve("c"));
      assertEquals("trip_id", error.getParam());
      assertEquals("parameter_invalid_string", error.getCode());
      assertEquals("Invalid string: 123; param: trip_id; code: parameter_invalid_string; request-id: req_1;"
          + " status: 400", error.getMessage());
    }
  }

  /** Paging and errors against the mock (each operation has its own test: EveryOperationTest). */
  @Test
  void pagesAndErrorsAgainstTheMock() throws ApiException {
    String url = System.getProperty("mock.url");
    assertNotNull(url, "pass -Dmock.url");
    StripeClient client = client(url, 0);
    CustomerSession session = client.customerSessions().create(builtCases().get(0));
    assertNotNull(session.getClientSecret());
    Page<Customer> customers = client.customers().list(CustomerListParams.builder().setLimit(3L).build());
    assertNotNull(customers.getData());
    int seen = 0;
    for (Customer customer : customers.autoPagingIterable()) {
      assertNotNull(customer.getId());
      if (++seen > 5) {
        break;
      }
    }
    Customer created = client.customers().create(CustomerCreateParams.builder().setEmail("jenny@example.com").build());
    assertNotNull(created.getId());
    assertNotNull(client.customers().retrieve("cus_123").getId());
    AuthenticationException denied = assertThrows(AuthenticationException.class,
        () -> StripeClient.builder().setBaseUrl(url).setApiKey("").build().customers().retrieve("cus_123"));
    assertEquals(401, denied.getStatusCode());
  }

  @Test
  void retriesKeepOneIdempotencyKey() throws Exception {
    try (ScriptServer server = new ScriptServer(List.of("reset", "500", "409", "429 Retry-After: 0", "200"))) {
      CustomerSession session = client(server.url(), 4).customerSessions().create(builtCases().get(0));
      assertEquals("secret", session.getClientSecret());
      assertEquals(5, server.keys.size());
      assertEquals(1, server.keys.stream().distinct().count(), server.keys.toString());
      assertNotNull(server.keys.get(0));
    }
    RequestOptions options = RequestOptions.builder().setIdempotencyKey("key-1").setMaxNetworkRetries(1).build();
    try (ScriptServer server = new ScriptServer(List.of("500", "200"))) {
      client(server.url(), 0).customerSessions().create(builtCases().get(0), options);
      assertEquals(List.of("key-1", "key-1"), server.keys);
    }
  }

  @Test
  void autoPagingGoesForwardsOrBackwards() throws Exception {
    try (ScriptServer server = new ScriptServer(List.of("page", "last"))) {
      List<String> ids = new ArrayList<>();
      for (Customer customer : client(server.url(), 0).customers()
          .list(CustomerListParams.builder().setLimit(2L).build()).autoPagingIterable()) {
        ids.add(customer.getId());
      }
      assertEquals(List.of("cus_3", "cus_2", "cus_1"), ids);
      assertEquals(List.of("/v1/customers?limit=2", "/v1/customers?limit=2&starting_after=cus_2"), server.targets);
    }
    try (ScriptServer server = new ScriptServer(List.of("page", "last"))) {
      List<String> ids = new ArrayList<>();
      for (Customer customer : client(server.url(), 0).customers()
          .list(CustomerListParams.builder().setEndingBefore("cus_4").build()).autoPagingIterable()) {
        ids.add(customer.getId());
      }
      assertEquals(List.of("cus_2", "cus_3", "cus_1"), ids);
      assertEquals("/v1/customers?ending_before=cus_3", server.targets.get(1));
    }
  }

  @Test
  void retryAfterIsWaitedAndTimeoutsRetried() throws Exception {
    try (ScriptServer server = new ScriptServer(List.of("429 Retry-After: 1", "200"))) {
      long start = System.nanoTime();
      client(server.url(), 1).customerSessions().create(builtCases().get(0));
      assertTrue(System.nanoTime() - start >= 900_000_000L, "Retry-After: 1 was not waited");
      assertEquals(2, server.keys.size());
    }
    try (ScriptServer server = new ScriptServer(List.of("hang", "200"))) {
      StripeClient client = StripeClient.builder().setApiKey(KEY).setBaseUrl(server.url()).setMaxNetworkRetries(1)
          .setTimeout(Duration.ofMillis(300)).setRetryPolicy(new RetryPolicy(Duration.ZERO, Duration.ZERO, Duration.ZERO))
          .build();
      assertEquals("secret", client.customerSessions().create(builtCases().get(0)).getClientSecret());
      assertEquals(2, server.keys.size());
      assertEquals(server.keys.get(0), server.keys.get(1));
    }
    try (ScriptServer server = new ScriptServer(List.of("hang"))) {
      RequestOptions quick = RequestOptions.builder().setTimeout(Duration.ofMillis(200)).setMaxNetworkRetries(0).build();
      assertThrows(ApiConnectionException.class,
          () -> client(server.url(), 3).customerSessions().create(builtCases().get(0), quick));
      assertEquals(1, server.keys.size());
    }
  }

  @Test
  void shouldRetryFalseAndErrorsByStatus() throws Exception {
    try (ScriptServer server = new ScriptServer(List.of("500 Stripe-Should-Retry: false", "200"))) {
      ApiException error = assertThrows(ApiException.class, () -> client(server.url(), 3).customers().retrieve("c"));
      assertEquals(500, error.getStatusCode());
      assertEquals(1, server.keys.size());
    }
    try (ScriptServer server = new ScriptServer(List.of("402", "400", "429", "401", "idem"))) {
      StripeClient client = client(server.url(), 0);
      CardException card = assertThrows(CardException.class, () -> client.customers().retrieve("c"));
      assertEquals("card_declined", card.getCode());
      assertEquals("req_1", card.getRequestId());
      assertThrows(InvalidRequestException.class, () -> client.customers().retrieve("c"));
      assertThrows(RateLimitException.class, () -> client.customers().retrieve("c"));
      AuthenticationException auth = assertThrows(AuthenticationException.class, () -> client.customers().retrieve("c"));
      assertFalse(auth.getMessage().contains(KEY));
      assertThrows(IdempotencyException.class, () -> client.customers().retrieve("c"));
    }
    try (ScriptServer server = new ScriptServer(List.of("reset", "reset"))) {
      ApiConnectionException error =
          assertThrows(ApiConnectionException.class, () -> client(server.url(), 1).customerSessions().create(builtCases().get(0)));
      assertFalse(error.getMessage().contains(KEY));
      assertEquals(2, server.keys.size());
      assertEquals(server.keys.get(0), server.keys.get(1));
    }
    assertFalse(RequestOptions.builder().setApiKey(KEY).build().toString().contains(KEY));
    assertFalse(client("http://127.0.0.1:9", 0).toString().contains(KEY));
  }

  @Test
  void everyDefaultSpecObjectParsesFromStripesFixtures() throws IOException {
    Map<String, Class<? extends ApiObject>> classes = new LinkedHashMap<>();
    classes.put("customer", Customer.class);
    classes.put("customer_session", CustomerSession.class);
    classes.put("deleted_customer", DeletedCustomer.class);
    classes.put("event", Event.class);
    classes.put("payment_intent", PaymentIntent.class);
    classes.put("payment_method", PaymentMethod.class);
    classes.put("setup_intent", SetupIntent.class);
    int parsed = 0;
    for (String property : new String[] {"fixtures.old", "fixtures.new"}) {
      JsonObject resources = json(property).getAsJsonObject("resources");
      for (Map.Entry<String, Class<? extends ApiObject>> entry : classes.entrySet()) {
        if (!resources.has(entry.getKey())) {
          continue;
        }
        JsonObject raw = resources.getAsJsonObject(entry.getKey());
        ApiObject object = ModelReader.readObject(raw, entry.getValue());
        assertEquals(raw, object.getRawJsonObject());
        assertEquals(raw, JsonParser.parseString(object.toJson()));
        parsed++;
      }
    }
    assertEquals(13, parsed);
    JsonObject customer = json("fixtures.new").getAsJsonObject("resources").getAsJsonObject("customer");
    Customer read = ModelReader.readObject(customer, Customer.class);
    assertEquals(customer.get("id").getAsString(), read.getId());
    assertEquals(customer.get("livemode").getAsBoolean(), read.getLivemode());
  }

  @Test
  void polymorphicFieldsFollowTheirDiscriminator() {
    Event.Data tagged = ModelReader.readObject(
        JsonParser.parseString("{\"object\": {\"object\": \"payment_intent\", \"id\": \"pi_1\"}}").getAsJsonObject(),
        Event.Data.class);
    assertTrue(tagged.getObject() instanceof PaymentIntent, String.valueOf(tagged.getObject()));
    Event.Data untagged = ModelReader.readObject(
        JsonParser.parseString("{\"object\": {\"id\": \"cus_1\", \"email\": \"a@b.c\", \"delinquent\": false}}")
            .getAsJsonObject(),
        Event.Data.class);
    assertTrue(untagged.getObject() instanceof Customer, String.valueOf(untagged.getObject()));
    CustomerSession expanded = ModelReader.readObject(
        JsonParser.parseString("{\"customer\": {\"id\": \"cus_9\", \"object\": \"customer\", \"extra\": 1}}")
            .getAsJsonObject(),
        CustomerSession.class);
    assertEquals("cus_9", expanded.getCustomer());
    assertEquals("cus_9", expanded.getCustomerObject().getId());
    assertEquals(1, expanded.getCustomerObject().getRawJsonObject().get("extra").getAsInt());
    CustomerSession bare = ModelReader.readObject(
        JsonParser.parseString("{\"customer\": \"cus_8\"}").getAsJsonObject(), CustomerSession.class);
    assertEquals("cus_8", bare.getCustomer());
    assertEquals(null, bare.getCustomerObject());
  }

  /** A one-connection-at-a-time HTTP server answering from a script; records bodies and keys. */
  static final class ScriptServer implements AutoCloseable {
    final List<String> bodies = new ArrayList<>();
    final List<String> targets = new ArrayList<>();
    final List<String> keys = new ArrayList<>();
    private final ServerSocket socket;
    private final Thread thread;

    ScriptServer(List<String> script) throws IOException {
      socket = new ServerSocket(0);
      thread = new Thread(() -> {
        for (String step : script) {
          Socket connection;
          try {
            connection = socket.accept();
          } catch (IOException closed) {
            return;
          }
          if (step.equals("hang")) {  // answered on a thread of its own, so the next attempt is not kept waiting
            Thread hung = new Thread(() -> answer(connection, step));
            hung.setDaemon(true);
            hung.start();
          } else {
            answer(connection, step);
          }
        }
      });
      thread.start();
    }

    String url() {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }

    private void answer(Socket connection, String step) {
      try (connection) {
        serve(connection, step);
      } catch (IOException closed) {
        // The client went away: nothing to answer.
      }
    }

    private void serve(Socket connection, String step) throws IOException {
      InputStream in = connection.getInputStream();
      StringBuilder head = new StringBuilder();
      while (!head.toString().endsWith("\r\n\r\n")) {
        int b = in.read();
        if (b < 0) {
          return;
        }
        head.append((char) b);
      }
      int length = 0;
      String key = null;
      for (String line : head.toString().split("\r\n")) {
        String lower = line.toLowerCase();
        if (lower.startsWith("content-length:")) {
          length = Integer.parseInt(line.substring(15).trim());
        } else if (lower.startsWith("idempotency-key:")) {
          key = line.substring(16).trim();
        }
      }
      byte[] body = in.readNBytes(length);
      synchronized (this) {
        targets.add(head.toString().split(" ", 3)[1]);
        bodies.add(new String(body, StandardCharsets.UTF_8));
        keys.add(key);
      }
      if (step.equals("reset")) {
        connection.setSoLinger(true, 0);
        return;
      }
      if (step.equals("hang")) {
        try {
          Thread.sleep(1500);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
        }
        return;
      }
      String status = step.split(" ", 2)[0];
      String extra = step.contains(" ") ? step.split(" ", 2)[1] + "\r\n" : "";
      String payload;
      int code;
      switch (status) {
        case "200":
          code = 200;
          payload = "{\"id\": \"cs_1\", \"object\": \"customer_session\", \"client_secret\": \"secret\"}";
          break;
        case "session":
          code = 200;
          payload = SESSION;
          break;
        case "bad":
          code = 200;
          payload = SESSION.replace("\"secret\"", "5").replace("false", "\"no\"");
          break;
        case "402":
          code = 402;
          payload = "{\"error\": {\"type\": \"card_error\", \"code\": \"card_declined\", \"message\": \"declined\"}}";
          break;
        case "page":
          code = 200;
          payload = "{\"object\": \"list\", \"has_more\": true, \"url\": \"/v1/customers\", \"data\": ["
              + "{\"id\": \"cus_3\", \"object\": \"customer\"}, {\"id\": \"cus_2\", \"object\": \"customer\"}]}";
          break;
        case "last":
          code = 200;
          payload = "{\"object\": \"list\", \"has_more\": false, \"url\": \"/v1/customers\", \"data\": ["
              + "{\"id\": \"cus_1\", \"object\": \"customer\"}]}";
          break;
        case "param":
          code = 400;
          payload = "{\"error\": {\"type\": \"invalid_request_error\", \"code\": \"parameter_invalid_string\","
              + " \"param\": \"trip_id\", \"message\": \"Invalid string: 123\"}}";
          break;
        case "idem":
          code = 400;
          payload = "{\"error\": {\"type\": \"idempotency_error\", \"message\": \"reused\"}}";
          break;
        default:
          code = Integer.parseInt(status);
          payload = "{\"error\": {\"type\": \"api_error\", \"message\": \"status " + code + "\"}}";
      }
      byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
      OutputStream out = connection.getOutputStream();
      out.write(("HTTP/1.1 " + code + " X\r\nContent-Type: application/json\r\nRequest-Id: req_1\r\n" + extra
          + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.write(bytes);
      out.flush();
    }

    @Override
    public void close() throws IOException {
      socket.close();
      try {
        thread.join(5000);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
