# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # Where and to whom physical goods are delivered.
  class Shipping < StripeObject
    # The delivery address.
    #
    # @return [Address, nil]
    def address = @values[:address]

    # The delivery service that shipped the goods, such as FedEx, UPS, or USPS.
    #
    # @return [String, nil]
    def carrier = @values[:carrier]

    # Name of the recipient.
    #
    # @return [String, nil]
    def name = @values[:name]

    # Phone number of the recipient, including any extension.
    #
    # @return [String, nil]
    def phone = @values[:phone]

    # The carrier's tracking number. When a shipment has several, they are separated by commas.
    #
    # @return [String, nil]
    def tracking_number = @values[:tracking_number]

    # How each field that holds objects is read (see Types).
    def self.field_types
      @field_types ||= {
        address: Address,
      }.freeze
    end
  end
end
