# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # The `customers.payment_methods` endpoints: `client.customers.payment_methods`.
  class CustomerPaymentMethodService < StripeService
    # Returns a list of the PaymentMethods attached to a customer.
    #
    # @param customer [String] ID of the customer.
    # @param params [CustomerPaymentMethodListParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [ListObject<PaymentMethod>]
    def list(customer, params = {}, opts = {})
      request(
        :get,
        "/v1/customers/#{Util.escape_path(customer)}/payment_methods",
        params,
        opts,
        returns: :list,
        type: PaymentMethod,
        validator: :customers_payment_methods_list,
        response_validator: :customers_payment_methods_list_response
      )
    end
  end
end
