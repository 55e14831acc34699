# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # Parameters of `client.events.retrieve`.
  class EventRetrieveParams < RequestParams
    FIELDS = { expand: "expand" }.freeze

    # Fields of the response to expand.
    #
    # @return [Array<String>, nil]
    attr_accessor :expand

    def initialize(expand: nil)
      super()
      @expand = expand
    end
  end
end
