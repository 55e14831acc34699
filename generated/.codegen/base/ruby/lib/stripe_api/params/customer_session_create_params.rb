# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # Parameters of `client.customer_sessions.create`.
  class CustomerSessionCreateParams < RequestParams
    # Configuration for each component. At least one component must be enabled (`enabled: true`); this cannot be
    # expressed in the schema and is checked by the server.
    class Components < RequestParams
      # Configuration for the active entitlements component.
      class ActiveEntitlements < RequestParams
        FIELDS = { enabled: "enabled" }.freeze

        # Whether the client may retrieve the customer's active entitlements.
        #
        # @return [Boolean]
        attr_accessor :enabled

        def initialize(enabled:)
          super()
          @enabled = enabled
        end
      end

      # Configuration for the buy button.
      class BuyButton < RequestParams
        FIELDS = { enabled: "enabled" }.freeze

        # Whether the buy button is enabled.
        #
        # @return [Boolean]
        attr_accessor :enabled

        def initialize(enabled:)
          super()
          @enabled = enabled
        end
      end

      # Configuration for the customer portal component.
      class CustomerPortal < RequestParams
        FIELDS = { enabled: "enabled" }.freeze

        # Whether the client may open the customer portal for this customer.
        #
        # @return [Boolean]
        attr_accessor :enabled

        def initialize(enabled:)
          super()
          @enabled = enabled
        end
      end

      # Configuration for the customer sheet.
      class CustomerSheet < RequestParams
        # The features the customer sheet supports.
        class Features < RequestParams
          FIELDS = {
            payment_method_allow_redisplay_filters: "payment_method_allow_redisplay_filters",
            payment_method_remove: "payment_method_remove",
          }.freeze

          # Only saved payment methods whose `allow_redisplay` value is in this list are shown. Defaults to
          # `["always"]`; list all three values to show every saved payment method.
          #
          # One of `always`, `limited`, `unspecified`.
          #
          # @return [Array<String>, nil]
          attr_accessor :payment_method_allow_redisplay_filters

          # Whether the customer sheet offers to remove a saved payment method. Removing one detaches it from
          # the customer, which affects any subscription that relies on it.
          #
          # One of `disabled`, `enabled`.
          #
          # @return [String, nil]
          attr_accessor :payment_method_remove

          def initialize(payment_method_allow_redisplay_filters: nil, payment_method_remove: nil)
            super()
            @payment_method_allow_redisplay_filters = payment_method_allow_redisplay_filters
            @payment_method_remove = payment_method_remove
          end
        end

        FIELDS = { enabled: "enabled", features: "features" }.freeze

        # Whether the customer sheet is enabled.
        #
        # @return [Boolean]
        attr_accessor :enabled

        # The features the customer sheet supports.
        #
        # @return [Features, Hash, nil]
        attr_accessor :features

        def initialize(enabled:, features: nil)
          super()
          @enabled = enabled
          @features = features
        end
      end

      # Configuration for the mobile Payment Element.
      class MobilePaymentElement < RequestParams
        # The features the mobile Payment Element supports.
        class Features < RequestParams
          FIELDS = {
            payment_method_allow_redisplay_filters: "payment_method_allow_redisplay_filters",
            payment_method_redisplay: "payment_method_redisplay",
            payment_method_remove: "payment_method_remove",
            payment_method_save: "payment_method_save",
            payment_method_save_allow_redisplay_override: "payment_method_save_allow_redisplay_override",
          }.freeze

          # Only saved payment methods whose `allow_redisplay` value is in this list are shown. Defaults to
          # `["always"]`; list all three values to show every saved payment method.
          #
          # One of `always`, `limited`, `unspecified`.
          #
          # @return [Array<String>, nil]
          attr_accessor :payment_method_allow_redisplay_filters

          # Whether the mobile Payment Element shows the customer's saved payment methods.
          #
          # One of `disabled`, `enabled`.
          #
          # @return [String, nil]
          attr_accessor :payment_method_redisplay

          # Whether the mobile Payment Element offers to remove a saved payment method.
          #
          # One of `disabled`, `enabled`.
          #
          # @return [String, nil]
          attr_accessor :payment_method_remove

          # Whether the mobile Payment Element shows a checkbox offering to save a new payment method.
          #
          # One of `disabled`, `enabled`.
          #
          # @return [String, nil]
          attr_accessor :payment_method_save

          # The `allow_redisplay` value given to a newly saved payment method when `payment_method_save` is
          # `disabled`. No override when omitted.
          #
          # One of `always`, `limited`, `unspecified`.
          #
          # @return [String, nil]
          attr_accessor :payment_method_save_allow_redisplay_override

          def initialize(
            payment_method_allow_redisplay_filters: nil,
            payment_method_redisplay: nil,
            payment_method_remove: nil,
            payment_method_save: nil,
            payment_method_save_allow_redisplay_override: nil
          )
            super()
            @payment_method_allow_redisplay_filters = payment_method_allow_redisplay_filters
            @payment_method_redisplay = payment_method_redisplay
            @payment_method_remove = payment_method_remove
            @payment_method_save = payment_method_save
            @payment_method_save_allow_redisplay_override = payment_method_save_allow_redisplay_override
          end
        end

        FIELDS = { enabled: "enabled", features: "features" }.freeze

        # Whether the mobile Payment Element is enabled.
        #
        # @return [Boolean]
        attr_accessor :enabled

        # The features the mobile Payment Element supports.
        #
        # @return [Features, Hash, nil]
        attr_accessor :features

        def initialize(enabled:, features: nil)
          super()
          @enabled = enabled
          @features = features
        end
      end

      # Configuration for the Payment Element.
      class PaymentElement < RequestParams
        # The features the Payment Element supports.
        class Features < RequestParams
          FIELDS = {
            payment_method_allow_redisplay_filters: "payment_method_allow_redisplay_filters",
            payment_method_redisplay: "payment_method_redisplay",
            payment_method_redisplay_limit: "payment_method_redisplay_limit",
            payment_method_remove: "payment_method_remove",
            payment_method_save: "payment_method_save",
            payment_method_save_usage: "payment_method_save_usage",
          }.freeze

          # Only saved payment methods whose `allow_redisplay` value is in this list are shown. Defaults to
          # `["always"]`; list all three values to show every saved payment method.
          #
          # One of `always`, `limited`, `unspecified`.
          #
          # @return [Array<String>, nil]
          attr_accessor :payment_method_allow_redisplay_filters

          # Whether the Payment Element shows the customer's saved payment methods. Defaults to `disabled`.
          #
          # One of `disabled`, `enabled`.
          #
          # @return [String, nil]
          attr_accessor :payment_method_redisplay

          # The largest number of saved payment methods to show. Defaults to 3; at most 10.
          #
          # @return [Integer, nil]
          attr_accessor :payment_method_redisplay_limit

          # Whether the Payment Element offers to remove a saved payment method. Defaults to `disabled`.
          #
          # One of `disabled`, `enabled`.
          #
          # @return [String, nil]
          attr_accessor :payment_method_remove

          # Whether the Payment Element shows a checkbox offering to save a new payment method. Defaults to
          # `disabled`.
          #
          # One of `disabled`, `enabled`.
          #
          # @return [String, nil]
          attr_accessor :payment_method_save

          # With PaymentIntents, the `setup_future_usage` value used when the customer ticks the save checkbox.
          #
          # One of `off_session`, `on_session`.
          #
          # @return [String, nil]
          attr_accessor :payment_method_save_usage

          def initialize(
            payment_method_allow_redisplay_filters: nil,
            payment_method_redisplay: nil,
            payment_method_redisplay_limit: nil,
            payment_method_remove: nil,
            payment_method_save: nil,
            payment_method_save_usage: nil
          )
            super()
            @payment_method_allow_redisplay_filters = payment_method_allow_redisplay_filters
            @payment_method_redisplay = payment_method_redisplay
            @payment_method_redisplay_limit = payment_method_redisplay_limit
            @payment_method_remove = payment_method_remove
            @payment_method_save = payment_method_save
            @payment_method_save_usage = payment_method_save_usage
          end
        end

        FIELDS = { enabled: "enabled", features: "features" }.freeze

        # Whether the Payment Element is enabled.
        #
        # @return [Boolean]
        attr_accessor :enabled

        # The features the Payment Element supports.
        #
        # @return [Features, Hash, nil]
        attr_accessor :features

        def initialize(enabled:, features: nil)
          super()
          @enabled = enabled
          @features = features
        end
      end

      # Configuration for the pricing table.
      class PricingTable < RequestParams
        FIELDS = { enabled: "enabled" }.freeze

        # Whether the pricing table is enabled.
        #
        # @return [Boolean]
        attr_accessor :enabled

        def initialize(enabled:)
          super()
          @enabled = enabled
        end
      end

      FIELDS = {
        active_entitlements: "active_entitlements",
        buy_button: "buy_button",
        customer_portal: "customer_portal",
        customer_sheet: "customer_sheet",
        mobile_payment_element: "mobile_payment_element",
        payment_element: "payment_element",
        pricing_table: "pricing_table",
      }.freeze

      # Configuration for the active entitlements component.
      #
      # @return [ActiveEntitlements, Hash, nil]
      attr_accessor :active_entitlements

      # Configuration for the buy button.
      #
      # @return [BuyButton, Hash, nil]
      attr_accessor :buy_button

      # Configuration for the customer portal component.
      #
      # @return [CustomerPortal, Hash, nil]
      attr_accessor :customer_portal

      # Configuration for the customer sheet.
      #
      # @return [CustomerSheet, Hash, nil]
      attr_accessor :customer_sheet

      # Configuration for the mobile Payment Element.
      #
      # @return [MobilePaymentElement, Hash, nil]
      attr_accessor :mobile_payment_element

      # Configuration for the Payment Element.
      #
      # @return [PaymentElement, Hash, nil]
      attr_accessor :payment_element

      # Configuration for the pricing table.
      #
      # @return [PricingTable, Hash, nil]
      attr_accessor :pricing_table

      def initialize(
        active_entitlements: nil,
        buy_button: nil,
        customer_portal: nil,
        customer_sheet: nil,
        mobile_payment_element: nil,
        payment_element: nil,
        pricing_table: nil
      )
        super()
        @active_entitlements = active_entitlements
        @buy_button = buy_button
        @customer_portal = customer_portal
        @customer_sheet = customer_sheet
        @mobile_payment_element = mobile_payment_element
        @payment_element = payment_element
        @pricing_table = pricing_table
      end
    end

    FIELDS = {
      components: "components",
      customer: "customer",
      customer_account: "customer_account",
      expand: "expand",
    }.freeze

    # Configuration for each component. At least one component must be enabled (`enabled: true`); this cannot be
    # expressed in the schema and is checked by the server.
    #
    # @return [Components, Hash]
    attr_accessor :components

    # ID of an existing Customer to create the Customer Session for.
    #
    # @return [String, nil]
    attr_accessor :customer

    # ID of an existing Account to create the Customer Session for.
    #
    # @return [String, nil]
    attr_accessor :customer_account

    # Fields of the response to expand.
    #
    # @return [Array<String>, nil]
    attr_accessor :expand

    def initialize(components:, customer: nil, customer_account: nil, expand: nil)
      super()
      @components = components
      @customer = customer
      @customer_account = customer_account
      @expand = expand
    end
  end
end
