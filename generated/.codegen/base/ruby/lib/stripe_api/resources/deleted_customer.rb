# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # What remains of a Customer after it has been deleted.
  class DeletedCustomer < StripeObject
    OBJECT_NAME = "customer"

    # Always `true` for a deleted object.
    #
    # One of `True` (a newer API may send other values).
    #
    # @return [Boolean]
    def deleted = @values[:deleted]

    # Unique identifier for the object.
    #
    # @return [String]
    def id = @values[:id]

    # String naming the object's type. Objects of the same type share the same value.
    #
    # One of `customer` (a newer API may send other values).
    #
    # @return [String]
    def object = @values[:object]
  end
end
