# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.
#
# Every operation of the API called with the spec's example values, against a mock of the API:
#
#   codegen mock --spec customer_sessions.yaml --port 12111 &
#   MOCK_URL=http://127.0.0.1:12111 ruby -Ilib test/stripe_api_test.rb

require "minitest/autorun"
require "stripe_api"

module Stripe
  class ClientTest < Minitest::Test
    MOCK_URL = ENV.fetch("MOCK_URL", "http://127.0.0.1:12111")

    def client
      @client ||= StripeClient.new("api_key_test", base_url: MOCK_URL, max_retries: 0)
    end

    # POST /v1/customer_sessions
    def test_customer_sessions_create
      result = client.customer_sessions.create({ components: { active_entitlements: { enabled: true } } })
      assert_kind_of CustomerSession, result
    end

    # GET /v1/customers
    def test_customers_list
      result = client.customers.list({ limit: 3 })
      assert_kind_of ListObject, result
    end

    # POST /v1/customers
    def test_customers_create
      result = client.customers.create
      assert_kind_of Customer, result
    end

    # GET /v1/customers/search
    def test_customers_search
      result = client.customers.search({ query: "query_example", limit: 3 })
      assert_kind_of ListObject, result
    end

    # GET /v1/customers/{customer}
    def test_customers_retrieve
      result = client.customers.retrieve("cus_NffrFeUfNV2Hib")
      assert result.nil? || result
    end

    # POST /v1/customers/{customer}
    def test_customers_update
      result = client.customers.update("cus_NffrFeUfNV2Hib")
      assert_kind_of Customer, result
    end

    # DELETE /v1/customers/{customer}
    def test_customers_delete
      result = client.customers.delete("cus_NffrFeUfNV2Hib")
      assert_kind_of DeletedCustomer, result
    end

    # GET /v1/customers/{customer}/payment_methods
    def test_customers_payment_methods_list
      result = client.customers.payment_methods.list("cus_NffrFeUfNV2Hib", { limit: 3 })
      assert_kind_of ListObject, result
    end

    # GET /v1/events
    def test_events_list
      result = client.events.list({ limit: 3 })
      assert_kind_of ListObject, result
    end

    # GET /v1/events/{id}
    def test_events_retrieve
      result = client.events.retrieve("evt_1NrQ8uLkdIwHu7ixPq5BnGZs")
      assert_kind_of Event, result
    end

    # GET /v1/payment_intents
    def test_payment_intents_list
      result = client.payment_intents.list({ limit: 3 })
      assert_kind_of ListObject, result
    end

    # POST /v1/payment_intents
    def test_payment_intents_create
      result = client.payment_intents.create({ amount: 1000, currency: "usd" })
      assert_kind_of PaymentIntent, result
    end

    # GET /v1/payment_intents/{intent}
    def test_payment_intents_retrieve
      result = client.payment_intents.retrieve("pi_3NrQ7kLkdIwHu7ix0x2VvXqb")
      assert_kind_of PaymentIntent, result
    end

    # POST /v1/payment_intents/{intent}
    def test_payment_intents_update
      result = client.payment_intents.update("pi_3NrQ7kLkdIwHu7ix0x2VvXqb")
      assert_kind_of PaymentIntent, result
    end

    # POST /v1/payment_intents/{intent}/cancel
    def test_payment_intents_cancel
      result = client.payment_intents.cancel("intent_123")
      assert_kind_of PaymentIntent, result
    end

    # POST /v1/payment_intents/{intent}/confirm
    def test_payment_intents_confirm
      result = client.payment_intents.confirm("intent_123")
      assert_kind_of PaymentIntent, result
    end

    # GET /v1/payment_methods/{payment_method}
    def test_payment_methods_retrieve
      result = client.payment_methods.retrieve("pm_1NpqY2LkdIwHu7ixHaZlNzZr")
      assert_kind_of PaymentMethod, result
    end

    # POST /v1/payment_methods/{payment_method}/attach
    def test_payment_methods_attach
      result = client.payment_methods.attach("pm_1NpqY2LkdIwHu7ixHaZlNzZr", { customer: "customer_example" })
      assert_kind_of PaymentMethod, result
    end

    # POST /v1/payment_methods/{payment_method}/detach
    def test_payment_methods_detach
      result = client.payment_methods.detach("pm_1NpqY2LkdIwHu7ixHaZlNzZr")
      assert_kind_of PaymentMethod, result
    end

    # GET /v1/setup_intents
    def test_setup_intents_list
      result = client.setup_intents.list({ limit: 3 })
      assert_kind_of ListObject, result
    end

    # POST /v1/setup_intents
    def test_setup_intents_create
      result = client.setup_intents.create
      assert_kind_of SetupIntent, result
    end

    # GET /v1/setup_intents/{intent}
    def test_setup_intents_retrieve
      result = client.setup_intents.retrieve("seti_1NrQ9ZLkdIwHu7ixB4ZTPm4c")
      assert_kind_of SetupIntent, result
    end

    # POST /v1/setup_intents/{intent}/confirm
    def test_setup_intents_confirm
      result = client.setup_intents.confirm("intent_123")
      assert_kind_of SetupIntent, result
    end

    # The resource classes' style, on global settings.
    def test_resource_class_method
      Stripe.api_key = "api_key_test"
      Stripe.api_base = MOCK_URL
      refute_nil Stripe::Event.retrieve("evt_1NrQ8uLkdIwHu7ixPq5BnGZs")
    ensure
      Stripe.api_key = nil
      Stripe.api_base = StripeClient::DEFAULT_BASE_URL
    end

    def test_webhook_signature
      payload = JSON.generate({ id: "evt_1", object: "event", type: "test", data: { object: {} } })
      now = Time.now.to_i
      header = Webhook::Signature.generate_header(now, Webhook::Signature.compute_signature(now, payload, "whsec_1"))
      assert_equal "evt_1", Webhook.construct_event(payload, header, "whsec_1")[:id]
      assert_raises(SignatureVerificationError) { Webhook.construct_event(payload, header, "whsec_2") }
    end
  end
end
