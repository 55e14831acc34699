# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # The `setup_intents` endpoints: `client.setup_intents`.
  class SetupIntentService < StripeService
    # Returns a list of SetupIntents, most recently created first.
    #
    # @param params [SetupIntentListParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [ListObject<SetupIntent>]
    def list(params = {}, opts = {})
      request(
        :get,
        "/v1/setup_intents",
        params,
        opts,
        returns: :list,
        type: SetupIntent,
        validator: :setup_intents_list,
        response_validator: :setup_intents_list_response
      )
    end

    # Creates a SetupIntent. Once created, attach a payment method and confirm it to collect the mandates and
    # authentication needed to charge the payment method later.
    #
    # @param params [SetupIntentCreateParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [SetupIntent]
    def create(params = {}, opts = {})
      request(
        :post,
        "/v1/setup_intents",
        params,
        opts,
        type: SetupIntent,
        validator: :setup_intents_create,
        response_validator: :setup_intents_create_response
      )
    end

    # Retrieves a SetupIntent. With a publishable key, pass the SetupIntent's `client_secret`; the response
    # then omits some fields.
    #
    # @param intent [String] ID of the intent.
    # @param params [SetupIntentRetrieveParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [SetupIntent]
    def retrieve(intent, params = {}, opts = {})
      request(
        :get,
        "/v1/setup_intents/#{Util.escape_path(intent)}",
        params,
        opts,
        type: SetupIntent,
        validator: :setup_intents_retrieve,
        response_validator: :setup_intents_retrieve_response
      )
    end

    # Confirms that the customer intends to set up the current or given payment method. If authentication is
    # needed, the SetupIntent moves to `requires_action`; otherwise it moves to `succeeded`.
    #
    # @param intent [String] ID of the intent.
    # @param params [SetupIntentConfirmParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [SetupIntent]
    def confirm(intent, params = {}, opts = {})
      request(
        :post,
        "/v1/setup_intents/#{Util.escape_path(intent)}/confirm",
        params,
        opts,
        type: SetupIntent,
        validator: :setup_intents_confirm,
        response_validator: :setup_intents_confirm_response
      )
    end
  end
end
