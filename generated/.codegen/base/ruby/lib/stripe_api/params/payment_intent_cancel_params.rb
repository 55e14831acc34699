# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # Parameters of `client.payment_intents.cancel`.
  class PaymentIntentCancelParams < RequestParams
    FIELDS = { cancellation_reason: "cancellation_reason", expand: "expand" }.freeze

    # Why the PaymentIntent is being canceled.
    #
    # One of `abandoned`, `duplicate`, `fraudulent`, `requested_by_customer`.
    #
    # @return [String, nil]
    attr_accessor :cancellation_reason

    # Fields of the response to expand.
    #
    # @return [Array<String>, nil]
    attr_accessor :expand

    def initialize(cancellation_reason: nil, expand: nil)
      super()
      @cancellation_reason = cancellation_reason
      @expand = expand
    end
  end
end
