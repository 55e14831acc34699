# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # Parameters of `client.setup_intents.create`.
  class SetupIntentCreateParams < RequestParams
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

    FIELDS = {
      attach_to_self: "attach_to_self",
      automatic_payment_methods: "automatic_payment_methods",
      confirm: "confirm",
      customer: "customer",
      description: "description",
      expand: "expand",
      flow_directions: "flow_directions",
      metadata: "metadata",
      on_behalf_of: "on_behalf_of",
      payment_method: "payment_method",
      payment_method_types: "payment_method_types",
      return_url: "return_url",
      usage: "usage",
      use_stripe_sdk: "use_stripe_sdk",
    }.freeze

    # When `true`, attach the payment method to the in-context Stripe account once setup succeeds. Cannot be
    # combined with `customer`.
    #
    # @return [Boolean, nil]
    attr_accessor :attach_to_self

    # Let Stripe choose the payment methods to offer from your Dashboard settings.
    #
    # @return [AutomaticPaymentMethods, Hash, nil]
    attr_accessor :automatic_payment_methods

    # Set to `true` to confirm the SetupIntent right away. Defaults to `false`.
    #
    # @return [Boolean, nil]
    attr_accessor :confirm

    # ID of the Customer this SetupIntent belongs to. The payment method is attached to this customer once setup
    # succeeds.
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

    # The directions money may flow with this payment method. Defaults to both when omitted.
    #
    # One of `inbound`, `outbound`.
    #
    # @return [Array<String>, nil]
    attr_accessor :flow_directions

    # Key-value pairs to store on the object.
    #
    # @return [Hash{String => String}, nil]
    attr_accessor :metadata

    # The Stripe account ID this SetupIntent is created for.
    #
    # @return [String, nil]
    attr_accessor :on_behalf_of

    # ID of the payment method to attach to this SetupIntent.
    #
    # @return [String, nil]
    attr_accessor :payment_method

    # The payment method types this SetupIntent may use. Defaults to `["card"]`.
    #
    # @return [Array<String>, nil]
    attr_accessor :payment_method_types

    # Where the customer is sent after authenticating or canceling on the payment method's app or site. Only
    # with `confirm=true`.
    #
    # @return [String, nil]
    attr_accessor :return_url

    # How the payment method will be used in future payments. Defaults to `off_session`.
    #
    # One of `off_session`, `on_session`.
    #
    # @return [String, nil]
    attr_accessor :usage

    # Set to `true` when confirming server-side and handling next actions with a Stripe client SDK.
    #
    # @return [Boolean, nil]
    attr_accessor :use_stripe_sdk

    def initialize(
      attach_to_self: nil,
      automatic_payment_methods: nil,
      confirm: nil,
      customer: nil,
      description: nil,
      expand: nil,
      flow_directions: nil,
      metadata: nil,
      on_behalf_of: nil,
      payment_method: nil,
      payment_method_types: nil,
      return_url: nil,
      usage: nil,
      use_stripe_sdk: nil
    )
      super()
      @attach_to_self = attach_to_self
      @automatic_payment_methods = automatic_payment_methods
      @confirm = confirm
      @customer = customer
      @description = description
      @expand = expand
      @flow_directions = flow_directions
      @metadata = metadata
      @on_behalf_of = on_behalf_of
      @payment_method = payment_method
      @payment_method_types = payment_method_types
      @return_url = return_url
      @usage = usage
      @use_stripe_sdk = use_stripe_sdk
    end
  end
end
