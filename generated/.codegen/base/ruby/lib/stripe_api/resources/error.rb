# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # The body Stripe sends back when a request fails.
  class Error < StripeObject
    # Details about what went wrong.
    #
    # @return [ApiErrors]
    def error = @values[:error]

    # How each field that holds objects is read (see Types).
    def self.field_types
      @field_types ||= {
        error: ApiErrors,
      }.freeze
    end
  end
end
