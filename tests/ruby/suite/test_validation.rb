# frozen_string_literal: true

require "bigdecimal"
require_relative "helper"

# Request validation: params are checked against the operation's schema before anything is
# sent (ParamsError names the parameter's path), `validate: false` sends them unchecked, and
# the API's errors show their param and code. `strict: true` checks what each call answers
# (InvalidResponseError).
class TestValidation < Minitest::Test
  include ClientHelpers

  SESSION = { id: "cuss_1", object: "customer_session", client_secret: "secret", customer: "cus_123" }.freeze
  CREATE = { customer: "cus_1", components: { buy_button: { enabled: true } } }.freeze

  def test_invalid_params_are_refused_before_sending
    with_server([200, {}, SESSION]) do |server|
      params = { components: { buy_button: { enabled: "yes" } } }
      error = assert_raises(Stripe::ParamsError) { client_for(server).customer_sessions.create(params) }
      assert_kind_of ArgumentError, error
      assert_equal ["components.buy_button.enabled"], error.issues.map(&:dotted_path)
      assert_includes error.message, "components.buy_button.enabled: expected a boolean"
      assert_empty server.requests
    end
  end

  def test_every_rule_has_its_issue
    issues = Stripe::Validators.customers_create(
      { email: 5, balance: 1.5, tax_exempt: "sometimes", preferred_locales: "en", zz: 1, name: "x" * 300 }
    )
    assert_equal %w[zz balance email name preferred_locales tax_exempt], issues.map(&:dotted_path)
    assert_equal %w[unknown type type max_length type enum], issues.map(&:rule)
  end

  def test_coercions_the_encoder_accepts
    assert_empty Stripe::Validators.customers_list({ created: { gte: 1 }, limit: 3 })
    assert Stripe::Validators.unix_time?(Time.now)
    assert Stripe::Validators.number?(BigDecimal("1.5"))
    assert Stripe::Validators.upload?(File.open(__FILE__))
    assert_empty Stripe::Validators.customers_create({ tax_exempt: :exempt, address: "" })
    assert_empty Stripe::Validators.customers_create({ "email" => "a@b.c", "metadata" => { "k" => "v" } })
    refute_empty Stripe::Validators.customers_create({ address: "something" })
  end

  def test_params_objects_are_checked_too
    with_server([200, {}, SESSION]) do |server|
      params = Stripe::CustomerSessionCreateParams.new(components: { pricing_table: { enabled: 1 } })
      error = assert_raises(Stripe::ParamsError) { client_for(server).customer_sessions.create(params) }
      assert_equal ["components.pricing_table.enabled"], error.issues.map(&:dotted_path)
      assert_empty server.requests
    end
  end

  def test_validate_false_sends_anyway
    with_server([200, {}, SESSION]) do |server|
      session = client_for(server, validate: false).customer_sessions.create({ customer: "cus_1" })
      assert_equal "cuss_1", session.id
      assert_equal 1, server.requests.size
    end
  end

  def test_strict_checks_what_is_answered
    answer = { id: "cuss_1", object: "customer_session", client_secret: 5, customer: "cus_123", livemode: "no",
               expires_at: 1, created: 1 }
    with_server([200, {}, answer]) do |server|
      client = client_for(server, strict: true)
      error = assert_raises(Stripe::InvalidResponseError) { client.customer_sessions.create(CREATE) }
      assert_equal %w[client_secret livemode], error.issues.map(&:dotted_path).sort
      assert_equal 5, error.body[:client_secret]
      assert_includes error.message, "customer_sessions_create_response"
    end
    with_server([200, {}, answer]) do |server|
      assert_equal 5, client_for(server).customer_sessions.create(CREATE).client_secret
    end
  end

  def test_strict_accepts_what_the_schema_allows
    answer = { id: "cuss_1", object: "customer_session", client_secret: "secret", customer: "cus_123",
               livemode: false, expires_at: 1, created: 1 }
    assert_empty Stripe::Validators.customer_sessions_create_response(answer)
    with_server([200, {}, answer]) do |server|
      assert_equal "cuss_1", client_for(server, strict: true).customer_sessions.create(CREATE).id
    end
  end

  def test_api_errors_show_param_and_code
    body = { error: { type: "invalid_request_error", message: "Invalid string: 123", code: "parameter_invalid_string",
                      param: "trip_id" } }
    with_server([400, {}, body]) do |server|
      error = assert_raises(Stripe::InvalidRequestError) { client_for(server, max_retries: 0).customers.retrieve("c") }
      assert_equal "(Status 400) Invalid string: 123 (param: trip_id, code: parameter_invalid_string)", error.message
    end
  end
end
