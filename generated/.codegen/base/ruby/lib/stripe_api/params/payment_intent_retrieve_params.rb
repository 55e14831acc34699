# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # Parameters of `client.payment_intents.retrieve`.
  class PaymentIntentRetrieveParams < RequestParams
    FIELDS = { client_secret: "client_secret", expand: "expand" }.freeze

    # The client secret of the PaymentIntent. Required when retrieving with a publishable key.
    #
    # @return [String, nil]
    attr_accessor :client_secret

    # Fields of the response to expand.
    #
    # @return [Array<String>, nil]
    attr_accessor :expand

    def initialize(client_secret: nil, expand: nil)
      super()
      @client_secret = client_secret
      @expand = expand
    end
  end
end
