# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # Parameters of `client.setup_intents.confirm`.
  class SetupIntentConfirmParams < RequestParams
    FIELDS = {
      client_secret: "client_secret",
      expand: "expand",
      payment_method: "payment_method",
      return_url: "return_url",
      use_stripe_sdk: "use_stripe_sdk",
    }.freeze

    # The client secret of the SetupIntent.
    #
    # @return [String, nil]
    attr_accessor :client_secret

    # Fields of the response to expand.
    #
    # @return [Array<String>, nil]
    attr_accessor :expand

    # ID of the payment method to attach to this SetupIntent.
    #
    # @return [String, nil]
    attr_accessor :payment_method

    # Where the customer is sent after authenticating or canceling on the payment method's app or site.
    #
    # @return [String, nil]
    attr_accessor :return_url

    # Set to `true` when confirming server-side and handling next actions with a Stripe client SDK.
    #
    # @return [Boolean, nil]
    attr_accessor :use_stripe_sdk

    def initialize(client_secret: nil, expand: nil, payment_method: nil, return_url: nil, use_stripe_sdk: nil)
      super()
      @client_secret = client_secret
      @expand = expand
      @payment_method = payment_method
      @return_url = return_url
      @use_stripe_sdk = use_stripe_sdk
    end
  end
end
