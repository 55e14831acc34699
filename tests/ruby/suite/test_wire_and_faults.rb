# frozen_string_literal: true

require_relative "helper"

# The Python client's wire table (tests/wire_table.py, `portable_cases()`), reproduced byte for
# byte; then retries, errors and options over a scripted server.
class TestWireAndFaults < Minitest::Test
  include ClientHelpers

  TABLE = JSON.parse(File.read(ENV.fetch("WIRE_TABLE")))
  SESSION = { id: "cuss_1", object: "customer_session", client_secret: "secret", customer: "cus_123" }.freeze

  def test_form_encoding_table
    TABLE.fetch("encoding").each do |entry|
      assert_equal entry.fetch("body"), Stripe::Util.encode_form(entry.fetch("params")), entry.fetch("id")
    end
    refute_empty TABLE.fetch("encoding")
  end

  def test_customer_sessions_create_bodies
    TABLE.fetch("customer_sessions_create").each do |entry|
      params = JSON.parse(JSON.generate(entry.fetch("params")), symbolize_names: true)
      with_server([200, {}, SESSION]) do |server|
        session = client_for(server).customer_sessions.create(params)
        assert_instance_of Stripe::CustomerSession, session
        assert_equal entry.fetch("body"), server.requests.first.body
        assert_equal "application/x-www-form-urlencoded", server.requests.first.headers["content-type"]
      end
    end
  end

  def test_params_class_sends_the_same_bytes
    params = Stripe::CustomerSessionCreateParams.new(
      customer: "cus_123",
      components: Stripe::CustomerSessionCreateParams::Components.new(
        pricing_table: Stripe::CustomerSessionCreateParams::Components::PricingTable.new(enabled: true)
      )
    )
    with_server([200, {}, SESSION]) do |server|
      client_for(server).customer_sessions.create(params, { idempotency_key: "k" })
      # The class sends its fields in the spec's order: the same bytes as that Hash.
      expected = "components%5Bpricing_table%5D%5Benabled%5D=true&customer=cus_123"
      assert_equal expected, server.requests.first.body
      assert_equal expected, Stripe::Util.encode_form({ components: { pricing_table: { enabled: true } }, customer: "cus_123" })
      assert_equal "k", server.requests.first.headers["idempotency-key"]
    end
  end

  def test_faults_are_retried_with_one_idempotency_key
    actions = [:reset, [500, {}, {}], [409, {}, {}], [429, { "Retry-After" => "1" }, {}], [200, {}, SESSION]]
    with_server(*actions) do |server|
      started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
      session = client_for(server, max_retries: 4, validate: false).customer_sessions.create({ customer: "cus_123" })
      elapsed = Process.clock_gettime(Process::CLOCK_MONOTONIC) - started
      assert_equal "cuss_1", session.id
      assert_equal 5, server.requests.size
      keys = server.requests.map { |request| request.headers["idempotency-key"] }.uniq
      assert_equal 1, keys.size
      refute_nil keys.first
      assert_operator elapsed, :>=, 0.9, "Retry-After: 1 was honoured"
    end
  end

  def test_stripe_should_retry_false_is_not_retried
    with_server([500, { "Stripe-Should-Retry" => "false" }, { error: { message: "no" } }]) do |server|
      error = assert_raises(Stripe::APIError) do
        client_for(server, validate: false).customer_sessions.create({ customer: "c" })
      end
      assert_equal 500, error.http_status
      assert_equal 1, server.requests.size
    end
  end

  def test_retries_run_out
    with_server(:reset, :reset, :reset) do |server|
      error = assert_raises(Stripe::APIConnectionError) do
        client_for(server, max_retries: 2, validate: false).customer_sessions.create({ customer: "c" })
      end
      assert error.should_retry
      assert_equal 3, server.requests.size
    end
  end

  def test_timeout
    with_server([:hang, 2]) do |server|
      started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
      assert_raises(Stripe::APIConnectionError) do
        client_for(server, max_retries: 0, timeout: 0.3).customers.list
      end
      assert_operator Process.clock_gettime(Process::CLOCK_MONOTONIC) - started, :<, 1.5
    end
  end

  ERRORS = {
    400 => Stripe::InvalidRequestError, 404 => Stripe::InvalidRequestError, 401 => Stripe::AuthenticationError,
    402 => Stripe::CardError, 403 => Stripe::PermissionError, 429 => Stripe::RateLimitError
  }.freeze

  def test_errors_by_status
    ERRORS.each do |status, error_class|
      body = { error: { type: "invalid_request_error", message: "bad", code: "resource_missing", param: "customer" } }
      with_server([status, { "Request-Id" => "req_1" }, body]) do |server|
        error = assert_raises(error_class) { client_for(server, max_retries: 0).customers.retrieve("cus_1") }
        assert_kind_of Stripe::StripeError, error
        assert_equal [status, "resource_missing", "customer", "req_1"],
                     [error.http_status, error.code, error.param, error.request_id]
        assert_equal "bad", error.json_body[:error][:message]
        assert_equal "req_1", error.http_headers["request-id"]
      end
    end
  end

  def test_idempotency_error
    with_server([400, {}, { error: { type: "idempotency_error", message: "key reused" } }]) do |server|
      assert_raises(Stripe::IdempotencyError) { client_for(server, validate: false).customer_sessions.create({ customer: "c" }) }
    end
  end

  def test_api_key_never_shown
    log = StringIO.new
    echo = { error: { type: "invalid_request_error", message: "Invalid API Key provided: #{API_KEY}" } }
    with_server([401, {}, echo]) do |server|
      client = client_for(server, logger: Logger.new(log))
      error = assert_raises(Stripe::AuthenticationError) { client.customers.list }
      refute_includes error.message, API_KEY
      refute_includes error.http_body, API_KEY
      refute_includes client.inspect, API_KEY
      refute_includes log.string, API_KEY
      refute_empty log.string
      assert_equal "Bearer #{API_KEY}", server.requests.first.headers["authorization"]
    end
  end

  def test_request_options
    with_server([200, {}, SESSION]) do |server|
      opts = { idempotency_key: "k", stripe_version: "2024-01-01", headers: { "X-Extra" => "1" } }
      client_for(server, validate: false).customer_sessions.create({ customer: "c" }, opts)
      headers = server.requests.first.headers
      assert_equal %w[k 2024-01-01 1], headers.values_at("idempotency-key", "stripe-version", "x-extra")
    end
    assert_raises(ArgumentError) { Stripe::StripeClient.new("sk").customers.list({}, { bogus: 1 }) }
  end

  def test_auto_paging_each
    page1 = { object: "list", data: [{ id: "cus_1", object: "customer" }, { id: "cus_2", object: "customer" }],
              has_more: true, url: "/v1/customers" }
    page2 = { object: "list", data: [{ id: "cus_3", object: "customer" }], has_more: false, url: "/v1/customers" }
    with_server([200, {}, page1], [200, {}, page2]) do |server|
      page = client_for(server).customers.list({ limit: 2 })
      assert_instance_of Stripe::ListObject, page
      items = page.auto_paging_each
      assert_kind_of Enumerator, items
      all = items.to_a # each walk fetches the following pages again
      assert_equal %w[cus_1 cus_2 cus_3], all.map(&:id)
      assert(all.all?(Stripe::Customer))
      assert_equal 2, server.requests.size
      assert_includes server.requests.last.target, "starting_after=cus_2"
      assert_includes server.requests.last.target, "limit=2"
    end
  end

  def test_bad_input_is_refused_clearly
    assert_raises(ArgumentError) { Stripe::StripeClient.new("") }
    assert_raises(ArgumentError) { Stripe::StripeClient.new("sk", base_url: "http://example.com") }
    assert_raises(ArgumentError) { Stripe::StripeClient.new("sk").customers.retrieve("") }
    assert_raises(ArgumentError) { Stripe::StripeClient.new("sk").customers.list("not a hash") }
  end
end
