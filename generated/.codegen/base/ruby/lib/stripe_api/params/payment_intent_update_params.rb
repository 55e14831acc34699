# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # Parameters of `client.payment_intents.update`.
  class PaymentIntentUpdateParams < RequestParams
    # Shipping information for a payment.
    class Shipping < RequestParams
      # The delivery address.
      class Address < RequestParams
        FIELDS = {
          city: "city",
          country: "country",
          line1: "line1",
          line2: "line2",
          postal_code: "postal_code",
          state: "state",
        }.freeze

        # City, district, suburb, town, or village.
        #
        # @return [String, nil]
        attr_accessor :city

        # Two-letter country code (ISO 3166-1 alpha-2).
        #
        # @return [String, nil]
        attr_accessor :country

        # First address line, such as the street, PO box, or company name.
        #
        # @return [String, nil]
        attr_accessor :line1

        # Second address line, such as the apartment, suite, unit, or building.
        #
        # @return [String, nil]
        attr_accessor :line2

        # ZIP or postal code.
        #
        # @return [String, nil]
        attr_accessor :postal_code

        # State, county, province, or region.
        #
        # @return [String, nil]
        attr_accessor :state

        def initialize(city: nil, country: nil, line1: nil, line2: nil, postal_code: nil, state: nil)
          super()
          @city = city
          @country = country
          @line1 = line1
          @line2 = line2
          @postal_code = postal_code
          @state = state
        end
      end

      FIELDS = {
        address: "address",
        carrier: "carrier",
        name: "name",
        phone: "phone",
        tracking_number: "tracking_number",
      }.freeze

      # The delivery address.
      #
      # @return [Address, Hash]
      attr_accessor :address

      # The delivery service that ships the goods, such as FedEx, UPS, or USPS.
      #
      # @return [String, nil]
      attr_accessor :carrier

      # Name of the recipient.
      #
      # @return [String]
      attr_accessor :name

      # Phone number of the recipient, including any extension.
      #
      # @return [String, nil]
      attr_accessor :phone

      # The carrier's tracking number. Separate several tracking numbers with commas.
      #
      # @return [String, nil]
      attr_accessor :tracking_number

      def initialize(address:, name:, carrier: nil, phone: nil, tracking_number: nil)
        super()
        @address = address
        @carrier = carrier
        @name = name
        @phone = phone
        @tracking_number = tracking_number
      end
    end

    FIELDS = {
      amount: "amount",
      capture_method: "capture_method",
      currency: "currency",
      customer: "customer",
      description: "description",
      expand: "expand",
      metadata: "metadata",
      payment_method: "payment_method",
      payment_method_types: "payment_method_types",
      receipt_email: "receipt_email",
      setup_future_usage: "setup_future_usage",
      shipping: "shipping",
      statement_descriptor: "statement_descriptor",
      statement_descriptor_suffix: "statement_descriptor_suffix",
    }.freeze

    # Amount to collect, in the smallest currency unit.
    #
    # @return [Integer, nil]
    attr_accessor :amount

    # When the funds are captured from the customer's account.
    #
    # One of `automatic`, `automatic_async`, `manual`.
    #
    # @return [String, nil]
    attr_accessor :capture_method

    # Three-letter ISO currency code, in lowercase.
    #
    # @return [String, nil]
    attr_accessor :currency

    # ID of the Customer this PaymentIntent belongs to.
    #
    # @return [String, nil]
    attr_accessor :customer

    # An arbitrary string attached to the object, often useful for display.
    #
    # @return [String, nil]
    attr_accessor :description

    # Fields of the response to expand.
    #
    # @return [Array<String>, nil]
    attr_accessor :expand

    # Key-value pairs to store on the object. Send an empty string to remove them all.
    #
    # @return [Hash{String => String}, String, nil]
    attr_accessor :metadata

    # ID of the payment method to use for this PaymentIntent.
    #
    # @return [String, nil]
    attr_accessor :payment_method

    # The payment method types this PaymentIntent may use.
    #
    # @return [Array<String>, nil]
    attr_accessor :payment_method_types

    # Email address to send the receipt to. Send an empty string to clear it.
    #
    # @return [String, nil]
    attr_accessor :receipt_email

    # Declares that the payment method will be reused for future payments. Send an empty string to clear it.
    #
    # One of `off_session`, `on_session`.
    #
    # @return [String, nil]
    attr_accessor :setup_future_usage

    # Shipping information. Send an empty string to remove it.
    #
    # @return [Shipping, Hash, String, nil]
    attr_accessor :shipping

    # Full statement descriptor for non-card charges, at most 22 characters.
    #
    # @return [String, nil]
    attr_accessor :statement_descriptor

    # Appended to your account's statement descriptor prefix on card statements.
    #
    # @return [String, nil]
    attr_accessor :statement_descriptor_suffix

    def initialize(
      amount: nil,
      capture_method: nil,
      currency: nil,
      customer: nil,
      description: nil,
      expand: nil,
      metadata: nil,
      payment_method: nil,
      payment_method_types: nil,
      receipt_email: nil,
      setup_future_usage: nil,
      shipping: nil,
      statement_descriptor: nil,
      statement_descriptor_suffix: nil
    )
      super()
      @amount = amount
      @capture_method = capture_method
      @currency = currency
      @customer = customer
      @description = description
      @expand = expand
      @metadata = metadata
      @payment_method = payment_method
      @payment_method_types = payment_method_types
      @receipt_email = receipt_email
      @setup_future_usage = setup_future_usage
      @shipping = shipping
      @statement_descriptor = statement_descriptor
      @statement_descriptor_suffix = statement_descriptor_suffix
    end
  end
end
