# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # The `payment_intents` endpoints: `client.payment_intents`.
  class PaymentIntentService < StripeService
    # Returns a list of PaymentIntents, most recently created first.
    #
    # @param params [PaymentIntentListParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [ListObject<PaymentIntent>]
    def list(params = {}, opts = {})
      request(
        :get,
        "/v1/payment_intents",
        params,
        opts,
        returns: :list,
        type: PaymentIntent,
        validator: :payment_intents_list,
        response_validator: :payment_intents_list_response
      )
    end

    # Creates a PaymentIntent. Once created, attach a payment method and confirm it to continue the payment;
    # passing `confirm=true` does both in one request.
    #
    # @param params [PaymentIntentCreateParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [PaymentIntent]
    def create(params = {}, opts = {})
      request(
        :post,
        "/v1/payment_intents",
        params,
        opts,
        type: PaymentIntent,
        validator: :payment_intents_create,
        response_validator: :payment_intents_create_response
      )
    end

    # Retrieves a PaymentIntent. With a publishable key, pass the PaymentIntent's `client_secret`; the
    # response then omits some fields.
    #
    # @param intent [String] ID of the intent.
    # @param params [PaymentIntentRetrieveParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [PaymentIntent]
    def retrieve(intent, params = {}, opts = {})
      request(
        :get,
        "/v1/payment_intents/#{Util.escape_path(intent)}",
        params,
        opts,
        type: PaymentIntent,
        validator: :payment_intents_retrieve,
        response_validator: :payment_intents_retrieve_response
      )
    end

    # Updates a PaymentIntent without confirming it. Some changes, such as a new payment method, may require
    # the PaymentIntent to be confirmed again.
    #
    # @param intent [String] ID of the intent.
    # @param params [PaymentIntentUpdateParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [PaymentIntent]
    def update(intent, params = {}, opts = {})
      request(
        :post,
        "/v1/payment_intents/#{Util.escape_path(intent)}",
        params,
        opts,
        type: PaymentIntent,
        validator: :payment_intents_update,
        response_validator: :payment_intents_update_response
      )
    end

    # Cancels a PaymentIntent whose status is `requires_payment_method`, `requires_capture`,
    # `requires_confirmation`, `requires_action` or, in rare cases, `processing`. Any held funds are released.
    #
    # @param intent [String] ID of the intent.
    # @param params [PaymentIntentCancelParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [PaymentIntent]
    def cancel(intent, params = {}, opts = {})
      request(
        :post,
        "/v1/payment_intents/#{Util.escape_path(intent)}/cancel",
        params,
        opts,
        type: PaymentIntent,
        validator: :payment_intents_cancel,
        response_validator: :payment_intents_cancel_response
      )
    end

    # Confirms that the customer intends to pay with the current or given payment method, and starts the
    # payment attempt. If authentication is needed, the PaymentIntent moves to `requires_action`.
    #
    # @param intent [String] ID of the intent.
    # @param params [PaymentIntentConfirmParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [PaymentIntent]
    def confirm(intent, params = {}, opts = {})
      request(
        :post,
        "/v1/payment_intents/#{Util.escape_path(intent)}/confirm",
        params,
        opts,
        type: PaymentIntent,
        validator: :payment_intents_confirm,
        response_validator: :payment_intents_confirm_response
      )
    end
  end
end
