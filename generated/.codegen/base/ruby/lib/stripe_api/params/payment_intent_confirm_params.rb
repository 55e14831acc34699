# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # Parameters of `client.payment_intents.confirm`.
  class PaymentIntentConfirmParams < RequestParams
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
      capture_method: "capture_method",
      client_secret: "client_secret",
      error_on_requires_action: "error_on_requires_action",
      expand: "expand",
      off_session: "off_session",
      payment_method: "payment_method",
      payment_method_types: "payment_method_types",
      receipt_email: "receipt_email",
      return_url: "return_url",
      setup_future_usage: "setup_future_usage",
      shipping: "shipping",
      use_stripe_sdk: "use_stripe_sdk",
    }.freeze

    # When the funds are captured from the customer's account.
    #
    # One of `automatic`, `automatic_async`, `manual`.
    #
    # @return [String, nil]
    attr_accessor :capture_method

    # The client secret of the PaymentIntent.
    #
    # @return [String, nil]
    attr_accessor :client_secret

    # Set to `true` to fail the payment attempt instead of moving to `requires_action`.
    #
    # @return [Boolean, nil]
    attr_accessor :error_on_requires_action

    # Fields of the response to expand.
    #
    # @return [Array<String>, nil]
    attr_accessor :expand

    # Set to `true` when the customer is not in your checkout flow and cannot authenticate.
    #
    # One of `one_off`, `recurring`.
    #
    # @return [Boolean, String, nil]
    attr_accessor :off_session

    # ID of the payment method to confirm with.
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

    # Where the customer is sent after authenticating or canceling on the payment method's app or site.
    #
    # @return [String, nil]
    attr_accessor :return_url

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

    # Set to `true` when confirming server-side and handling next actions with a Stripe client SDK.
    #
    # @return [Boolean, nil]
    attr_accessor :use_stripe_sdk

    def initialize(
      capture_method: nil,
      client_secret: nil,
      error_on_requires_action: nil,
      expand: nil,
      off_session: nil,
      payment_method: nil,
      payment_method_types: nil,
      receipt_email: nil,
      return_url: nil,
      setup_future_usage: nil,
      shipping: nil,
      use_stripe_sdk: nil
    )
      super()
      @capture_method = capture_method
      @client_secret = client_secret
      @error_on_requires_action = error_on_requires_action
      @expand = expand
      @off_session = off_session
      @payment_method = payment_method
      @payment_method_types = payment_method_types
      @receipt_email = receipt_email
      @return_url = return_url
      @setup_future_usage = setup_future_usage
      @shipping = shipping
      @use_stripe_sdk = use_stripe_sdk
    end
  end
end
