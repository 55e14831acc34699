# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # The `payment_methods` endpoints: `client.payment_methods`.
  class PaymentMethodService < StripeService
    # Retrieves a PaymentMethod. To list a customer's payment methods, use the customer's payment methods list
    # instead.
    #
    # @param payment_method [String] ID of the payment method.
    # @param params [PaymentMethodRetrieveParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [PaymentMethod]
    def retrieve(payment_method, params = {}, opts = {})
      request(
        :get,
        "/v1/payment_methods/#{Util.escape_path(payment_method)}",
        params,
        opts,
        type: PaymentMethod,
        validator: :payment_methods_retrieve,
        response_validator: :payment_methods_retrieve_response
      )
    end

    # Attaches a PaymentMethod to a Customer so it can be reused. Prefer saving payment methods through a
    # SetupIntent, or a PaymentIntent with `setup_future_usage`, which run the checks and authentication that
    # future payments need.
    #
    # @param payment_method [String] ID of the payment method.
    # @param params [PaymentMethodAttachParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [PaymentMethod]
    def attach(payment_method, params = {}, opts = {})
      request(
        :post,
        "/v1/payment_methods/#{Util.escape_path(payment_method)}/attach",
        params,
        opts,
        type: PaymentMethod,
        validator: :payment_methods_attach,
        response_validator: :payment_methods_attach_response
      )
    end

    # Detaches a PaymentMethod from its Customer. Once detached it can no longer be used for a payment or
    # attached to a Customer again.
    #
    # @param payment_method [String] ID of the payment method.
    # @param params [PaymentMethodDetachParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [PaymentMethod]
    def detach(payment_method, params = {}, opts = {})
      request(
        :post,
        "/v1/payment_methods/#{Util.escape_path(payment_method)}/detach",
        params,
        opts,
        type: PaymentMethod,
        validator: :payment_methods_detach,
        response_validator: :payment_methods_detach_response
      )
    end
  end
end
