# frozen_string_literal: true

require_relative "helper"

# Issue 26's features of the Stripe gem: webhooks (signed by the Python `stripe` package),
# persistent connections, a proxy, a pluggable HTTP client, backward pages, raw responses,
# per-request options and hooks, over real sockets.
class TestSdkFeatures < Minitest::Test
  include ClientHelpers

  VECTORS = JSON.parse(File.read(ENV.fetch("WEBHOOKS")))
  CUSTOMER = { id: "cus_1", object: "customer", created: 1, livemode: false }.freeze

  # -- webhooks ---------------------------------------------------------------------------

  def test_stripe_signature_made_by_the_python_package_is_accepted
    stripe = VECTORS.fetch("stripe")
    event = Stripe::Webhook.construct_event(stripe.fetch("payload"), stripe.fetch("header"), stripe.fetch("secret"))
    assert_instance_of Stripe::Event, event
    assert_equal "customer.created", event.type
    assert_instance_of Stripe::Customer, event.data.object
    assert_equal "cus_1", event.data.object.id
    metadata = Stripe::Customer.construct_from(id: "cus_2", object: "customer", metadata: { object: "customer" })
    assert_instance_of Hash, metadata.metadata, "a map stays a Hash, whatever its keys"
    client_event = Stripe::StripeClient.new("sk_test").construct_event(stripe.fetch("payload"), stripe.fetch("header"),
                                                                      stripe.fetch("secret"))
    assert_equal event, client_event
  end

  def test_stripe_signature_with_several_v1_values
    stripe = VECTORS.fetch("stripe")
    header = stripe.fetch("header").sub("v1=", "v1=#{'0' * 64},v1=")
    assert Stripe::Webhook::Signature.verify_header(stripe.fetch("payload"), header, stripe.fetch("secret"))
  end

  def test_stripe_signature_refusals
    stripe = VECTORS.fetch("stripe")
    payload, header, secret = stripe.values_at("payload", "header", "secret")
    refusals = {
      "tampered payload" => [payload.sub("cus_1", "cus_2"), header, secret],
      "wrong secret" => [payload, header, "whsec_wrong"],
      "old timestamp" => [payload, stripe.fetch("old_header"), secret],
      "no header" => [payload, nil, secret],
      "no v1" => [payload, header.sub("v1=", "v0="), secret],
      "no timestamp" => [payload, header.sub(/t=\d+,/, ""), secret]
    }
    refusals.each do |what, args|
      error = assert_raises(Stripe::SignatureVerificationError, what) { Stripe::Webhook.construct_event(*args) }
      assert_kind_of Stripe::StripeError, error
    end
    # An old timestamp passes with no tolerance.
    assert Stripe::Webhook.construct_event(payload, stripe.fetch("old_header"), secret, tolerance: nil)
  end

  def test_standard_webhooks_computed_by_hand
    standard = VECTORS.fetch("standard")
    payload, headers, secret = standard.values_at("payload", "headers", "secret")
    client = Stripe::StripeClient.new("sk_test")
    event = client.webhooks.unwrap(payload, headers, secret)
    assert_instance_of Stripe::Event, event
    upper = headers.to_h { |name, value| [name.upcase, value] }
    assert client.webhooks.unwrap(payload, upper, secret.delete_prefix("whsec_"))
    refusals = {
      "tampered" => [payload.sub("cus_1", "cus_2"), headers, secret],
      "wrong secret" => [payload, headers, "whsec_#{['other key'].pack('m0')}"],
      "old" => [payload, standard.fetch("old_headers"), secret],
      "missing id" => [payload, headers.reject { |name, _| name == "webhook-id" }, secret],
      "not base64" => [payload, headers, "whsec_!!!"]
    }
    refusals.each do |what, args|
      assert_raises(Stripe::SignatureVerificationError, what) { client.webhooks.unwrap(*args) }
    end
  end

  # -- transport --------------------------------------------------------------------------

  def test_connections_are_kept_alive
    server = KeepAliveServer.new { [200, { "Request-Id" => "req_ka" }, CUSTOMER] }
    client = client_for(server)
    5.times { client.customers.retrieve("cus_1") }
    assert_equal 5, server.requests.size
    assert_equal 1, server.connections, "one connection for five calls"
    Thread.new { client.customers.retrieve("cus_1") }.join
    assert_equal 2, server.connections, "another thread, another connection"
  ensure
    server&.close
  end

  def test_a_closed_idle_connection_is_replaced
    with_server([200, {}, CUSTOMER], [200, {}, CUSTOMER]) do |server| # it closes after each answer
      client = client_for(server, max_retries: 0)
      2.times { assert_equal "cus_1", client.customers.retrieve("cus_1").id }
    end
  end

  def test_proxy
    proxy = KeepAliveServer.new { [200, {}, CUSTOMER] }
    client = client_for(Struct.new(:url).new("http://127.0.0.1:9"), proxy: "http://user:pa%40ss@#{proxy.url.delete_prefix('http://')}")
    assert_equal "cus_1", client.customers.retrieve("cus_1").id
    request = proxy.requests.first
    assert_equal "GET http://127.0.0.1:9/v1/customers/cus_1 HTTP/1.1", request.line
    assert_equal "Basic #{['user:pa@ss'].pack('m0')}", request.headers["proxy-authorization"]
  ensure
    proxy&.close
  end

  # A pluggable HTTP client: any object with `call(request)`.
  class RecordingClient
    attr_reader :seen

    def initialize(*answers)
      @answers = answers
      @seen = []
    end

    def call(request)
      @seen << request
      @answers.shift
    end
  end

  def test_pluggable_http_client
    http = RecordingClient.new([503, {}, "{}"], [200, { "Request-Id" => "req_9" }, JSON.generate(CUSTOMER)])
    client = Stripe::StripeClient.new(API_KEY, http_client: http, initial_network_retry_delay: 0)
    customer = client.customers.update("cus_1", { name: "Ann" })
    assert_equal "cus_1", customer.id
    assert_equal "req_9", customer.last_response.request_id
    assert_equal 2, http.seen.size
    first = http.seen.first
    assert_equal ["POST", "https://api.stripe.com/v1/customers/cus_1", "name=Ann"],
                 [first.verb, first.uri.to_s, first.body]
    assert_equal 1, http.seen.map { |request| request.headers["Idempotency-Key"] }.uniq.size
    assert_raises(ArgumentError) { Stripe::StripeClient.new(API_KEY, http_client: Object.new) }
  end

  def test_auto_paging_backwards_after_ending_before
    page1 = { object: "list", data: [{ id: "cus_5", object: "customer" }, { id: "cus_4", object: "customer" }],
              has_more: true, url: "/v1/customers" }
    page2 = { object: "list", data: [{ id: "cus_3", object: "customer" }], has_more: false, url: "/v1/customers" }
    with_server([200, {}, page1], [200, {}, page2]) do |server|
      page = client_for(server).customers.list({ ending_before: "cus_6", limit: 2 })
      assert_equal %w[cus_4 cus_5 cus_3], page.auto_paging_each.map(&:id)
      assert_includes server.requests.last.target, "ending_before=cus_5"
      refute_includes server.requests.last.target, "starting_after"
      assert_includes server.requests.last.target, "limit=2"
    end
  end

  # -- raw responses, options, hooks --------------------------------------------------------

  def test_last_response_and_raw_request
    answer = [200, { "Request-Id" => "req_123", "X-Custom" => "yes" }, CUSTOMER]
    with_server(*[answer] * 5) do |server|
      client = client_for(server)
      customer = client.customers.retrieve("cus_1")
      response = customer.last_response
      assert_equal [200, "req_123", "yes"], [response.http_status, response.request_id, response.http_headers["x-custom"]]
      assert_equal JSON.generate(CUSTOMER), response.http_body
      page_answer = client.customers.list
      refute_nil page_answer.last_response
      raw = client.customers.with_raw_response.retrieve("cus_1")
      assert_equal [200, "req_123"], [raw.http_status, raw.request_id]
      assert_instance_of Stripe::Customer, client.customers.retrieve("cus_1") # the service itself is unchanged
      raw = client.raw_request(:get, "/v1/customers/cus_1")
      assert_equal 200, raw.status
      assert_instance_of Stripe::Customer, client.deserialize(raw.body)
    end
  end

  def test_every_request_option
    with_server([200, {}, CUSTOMER]) do |server|
      opts = { api_key: "sk_test_other", stripe_account: "acct_1", stripe_version: "2024-01-01",
               idempotency_key: "idem_1", headers: { "X-Extra" => "1" }, max_retries: 0, timeout: 5 }
      client_for(server).customers.update("cus_1", { name: "x" }, opts)
      headers = server.requests.first.headers
      assert_equal ["Bearer sk_test_other", "acct_1", "2024-01-01", "idem_1", "1"],
                   headers.values_at("authorization", "stripe-account", "stripe-version", "idempotency-key", "x-extra")
    end
    with_server([401, {}, { error: { message: "bad key sk_test_other" } }]) do |server|
      error = assert_raises(Stripe::AuthenticationError) do
        client_for(server).customers.retrieve("cus_1", {}, { api_key: "sk_test_other" })
      end
      refute_includes error.message, "sk_test_other"
    end
  end

  def test_hooks_and_app_info
    seen = []
    with_server([500, {}, {}], [200, { "Request-Id" => "req_h" }, CUSTOMER]) do |server|
      client = client_for(server, app_info: { name: "MyApp", version: "1.2", url: "https://example.com" })
      client.on_request { |event| seen << [:request, event.method, event.path, event.attempt] }
      client.on_response { |event| seen << [:response, event.http_status, event.request_id, event.elapsed.class] }
      client.customers.retrieve("cus_1")
      assert_equal [[:request, "GET", "/v1/customers/cus_1", 1], [:response, 500, nil, Float],
                    [:request, "GET", "/v1/customers/cus_1", 2], [:response, 200, "req_h", Float]], seen
      agent = server.requests.first.headers["user-agent"]
      assert_match(%r{\Astripe_api/\S+ Ruby/\S+ MyApp/1\.2 \(https://example\.com\)\z}, agent)
      refute_includes seen.flatten.map(&:to_s).join, API_KEY
    end
  end

  # -- resource classes with global settings (seed 002) ------------------------------------

  SESSION = { id: "cuss_1", object: "customer_session", client_secret: "secret", customer: "cus_1" }.freeze
  INTENT = { id: "pi_1", object: "payment_intent", amount: 100, currency: "usd", status: "succeeded" }.freeze

  def with_global_settings(server)
    Stripe.api_key = API_KEY
    Stripe.api_base = server.url
    Stripe.max_network_retries = 0
    yield
  ensure
    Stripe.api_key = nil
    Stripe.api_base = Stripe::StripeClient::DEFAULT_BASE_URL
    Stripe.max_network_retries = Stripe::Requestor::DEFAULT_MAX_RETRIES
  end

  def test_resource_classes_send_the_same_bytes_as_the_client
    params = { customer: "cus_1", components: { pricing_table: { enabled: true } } }
    opts = { idempotency_key: "k_1" }
    with_server([200, {}, SESSION], [200, {}, SESSION]) do |server|
      with_global_settings(server) do
        session = Stripe::CustomerSession.create(params, opts)
        assert_instance_of Stripe::CustomerSession, session
        client_for(server).customer_sessions.create(params, opts)
      end
      global, client = server.requests
      assert_equal client.line, global.line
      assert_equal client.body, global.body
      assert_equal client.headers.reject { |name, _| name == "user-agent" },
                   global.headers.reject { |name, _| name == "user-agent" }
    end
    assert_equal "customer_session", Stripe::CustomerSession::OBJECT_NAME
  end

  def test_resource_class_methods
    page = { object: "list", data: [CUSTOMER], has_more: false, url: "/v1/customers" }
    deleted = { id: "cus_1", object: "customer", deleted: true }
    actions = [[200, {}, CUSTOMER], [200, {}, CUSTOMER], [200, {}, page], [200, {}, deleted], [200, {}, deleted],
               [200, {}, INTENT], [200, {}, INTENT]]
    seen = []
    Stripe.on_response { |event| seen << [event.method, event.path, event.http_status] }
    with_server(*actions) do |server|
      with_global_settings(server) do
        customer = Stripe::Customer.retrieve("cus_1")
        assert_instance_of Stripe::Customer, customer
        Stripe::Customer.update("cus_1", { name: "Ann" })
        assert_equal ["cus_1"], Stripe::Customer.list({ limit: 1 }).auto_paging_each.map(&:id)
        assert_instance_of Stripe::DeletedCustomer, Stripe::Customer.delete("cus_1")
        assert customer.delete.deleted?
        intent = Stripe::PaymentIntent.retrieve("pi_1")
        assert_equal "succeeded", intent.confirm({ payment_method: "pm_card_visa" }).status
      end
      lines = server.requests.map(&:line)
      assert_equal ["GET /v1/customers/cus_1", "POST /v1/customers/cus_1", "GET /v1/customers?limit=1",
                    "DELETE /v1/customers/cus_1", "DELETE /v1/customers/cus_1", "GET /v1/payment_intents/pi_1",
                    "POST /v1/payment_intents/pi_1/confirm"], lines.map { |line| line.delete_suffix(" HTTP/1.1") }
      assert_equal "name=Ann", server.requests[1].body
      assert_equal "payment_method=pm_card_visa", server.requests.last.body
      assert(server.requests.all? { |request| request.headers["authorization"] == "Bearer #{API_KEY}" })
      assert_equal ["GET", "/v1/customers/cus_1", 200], seen.first # the global hooks outlive a settings change
      assert_equal 7, seen.size
    end
  end

  def test_an_object_calls_through_the_client_that_returned_it
    deleted = { id: "cus_1", object: "customer", deleted: true }
    with_server([200, {}, CUSTOMER], [200, {}, deleted]) do |server|
      customer = Stripe::StripeClient.new("sk_test_own", base_url: server.url).customers.retrieve("cus_1")
      customer.delete
      assert_equal "Bearer sk_test_own", server.requests.last.headers["authorization"]
    end
  end

  def test_global_settings_need_a_key
    Stripe.api_key = nil
    error = assert_raises(Stripe::AuthenticationError) { Stripe::Customer.retrieve("cus_1") }
    assert_includes error.message, "Stripe.api_key"
    Stripe.set_app_info("MyApp", version: "2.0")
    assert_equal({ name: "MyApp", version: "2.0", url: nil }, Stripe.app_info)
  ensure
    Stripe.app_info = nil
  end
end
