# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # Parameters of `client.payment_intents.create`.
  class PaymentIntentCreateParams < RequestParams
    # Let Stripe choose the payment methods to offer from your Dashboard settings.
    class AutomaticPaymentMethods < RequestParams
      FIELDS = { allow_redirects: "allow_redirects", enabled: "enabled" }.freeze

      # Whether payment methods that require a redirect may be offered. Defaults to `always`.
      #
      # One of `always`, `never`.
      #
      # @return [String, nil]
      attr_accessor :allow_redirects

      # Whether automatic payment methods are enabled.
      #
      # @return [Boolean]
      attr_accessor :enabled

      def initialize(enabled:, allow_redirects: nil)
        super()
        @allow_redirects = allow_redirects
        @enabled = enabled
      end
    end

    # Shipping information for this PaymentIntent.
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
      automatic_payment_methods: "automatic_payment_methods",
      capture_method: "capture_method",
      confirm: "confirm",
      confirmation_method: "confirmation_method",
      currency: "currency",
      customer: "customer",
      description: "description",
      error_on_requires_action: "error_on_requires_action",
      expand: "expand",
      metadata: "metadata",
      off_session: "off_session",
      payment_method: "payment_method",
      payment_method_types: "payment_method_types",
      receipt_email: "receipt_email",
      return_url: "return_url",
      setup_future_usage: "setup_future_usage",
      shipping: "shipping",
      statement_descriptor: "statement_descriptor",
      statement_descriptor_suffix: "statement_descriptor_suffix",
      use_stripe_sdk: "use_stripe_sdk",
    }.freeze

    # Amount to collect, as a positive integer in the smallest currency unit (for example 100 cents to charge
    # $1.00).
    #
    # @return [Integer]
    attr_accessor :amount

    # Let Stripe choose the payment methods to offer from your Dashboard settings.
    #
    # @return [AutomaticPaymentMethods, Hash, nil]
    attr_accessor :automatic_payment_methods

    # When the funds are captured from the customer's account.
    #
    # One of `automatic`, `automatic_async`, `manual`.
    #
    # @return [String, nil]
    attr_accessor :capture_method

    # Set to `true` to confirm the PaymentIntent right away. Defaults to `false`.
    #
    # @return [Boolean, nil]
    attr_accessor :confirm

    # `automatic` (the default) allows confirmation with a publishable key; `manual` requires a secret key.
    #
    # One of `automatic`, `manual`.
    #
    # @return [String, nil]
    attr_accessor :confirmation_method

    # Three-letter ISO currency code, in lowercase. Must be a supported currency.
    #
    # @return [String]
    attr_accessor :currency

    # ID of the Customer this PaymentIntent belongs to. Payment methods attached to other customers cannot be
    # used with it.
    #
    # @return [String, nil]
    attr_accessor :customer

    # An arbitrary string attached to the object, often useful for display.
    #
    # @return [String, nil]
    attr_accessor :description

    # Set to `true` to fail the payment attempt instead of moving to `requires_action`. Only with
    # `confirm=true`.
    #
    # @return [Boolean, nil]
    attr_accessor :error_on_requires_action

    # Fields of the response to expand.
    #
    # @return [Array<String>, nil]
    attr_accessor :expand

    # Key-value pairs to store on the object.
    #
    # @return [Hash{String => String}, nil]
    attr_accessor :metadata

    # Set to `true` when the customer is not in your checkout flow and cannot authenticate. Only with
    # `confirm=true`.
    #
    # One of `one_off`, `recurring`.
    #
    # @return [Boolean, String, nil]
    attr_accessor :off_session

    # ID of the payment method to use for this PaymentIntent.
    #
    # @return [String, nil]
    attr_accessor :payment_method

    # The payment method types (such as `card`) this PaymentIntent may use.
    #
    # @return [Array<String>, nil]
    attr_accessor :payment_method_types

    # Email address to send the payment receipt to.
    #
    # @return [String, nil]
    attr_accessor :receipt_email

    # Where the customer is sent after authenticating or canceling on the payment method's app or site. Only
    # with `confirm=true`.
    #
    # @return [String, nil]
    attr_accessor :return_url

    # Declares that the payment method will be reused for future payments.
    #
    # One of `off_session`, `on_session`.
    #
    # @return [String, nil]
    attr_accessor :setup_future_usage

    # Shipping information for this PaymentIntent.
    #
    # @return [Shipping, Hash, nil]
    attr_accessor :shipping

    # Full statement descriptor for non-card charges: at least one letter, at most 22 characters.
    #
    # @return [String, nil]
    attr_accessor :statement_descriptor

    # Appended to your account's statement descriptor prefix on card statements.
    #
    # @return [String, nil]
    attr_accessor :statement_descriptor_suffix

    # Set to `true` when confirming server-side and handling next actions with a Stripe client SDK.
    #
    # @return [Boolean, nil]
    attr_accessor :use_stripe_sdk

    def initialize(
      amount:,
      currency:,
      automatic_payment_methods: nil,
      capture_method: nil,
      confirm: nil,
      confirmation_method: nil,
      customer: nil,
      description: nil,
      error_on_requires_action: nil,
      expand: nil,
      metadata: nil,
      off_session: nil,
      payment_method: nil,
      payment_method_types: nil,
      receipt_email: nil,
      return_url: nil,
      setup_future_usage: nil,
      shipping: nil,
      statement_descriptor: nil,
      statement_descriptor_suffix: nil,
      use_stripe_sdk: nil
    )
      super()
      @amount = amount
      @automatic_payment_methods = automatic_payment_methods
      @capture_method = capture_method
      @confirm = confirm
      @confirmation_method = confirmation_method
      @currency = currency
      @customer = customer
      @description = description
      @error_on_requires_action = error_on_requires_action
      @expand = expand
      @metadata = metadata
      @off_session = off_session
      @payment_method = payment_method
      @payment_method_types = payment_method_types
      @receipt_email = receipt_email
      @return_url = return_url
      @setup_future_usage = setup_future_usage
      @shipping = shipping
      @statement_descriptor = statement_descriptor
      @statement_descriptor_suffix = statement_descriptor_suffix
      @use_stripe_sdk = use_stripe_sdk
    end
  end
end
