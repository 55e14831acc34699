# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # The `customer_sessions` endpoints: `client.customer_sessions`.
  class CustomerSessionService < StripeService
    # Creates a Customer Session with a single-use client secret. Hand the secret to your frontend to give it
    # client-side API access to some of the customer's resources.
    #
    # @param params [CustomerSessionCreateParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [CustomerSession]
    def create(params = {}, opts = {})
      request(
        :post,
        "/v1/customer_sessions",
        params,
        opts,
        type: CustomerSession,
        validator: :customer_sessions_create,
        response_validator: :customer_sessions_create_response
      )
    end
  end
end
