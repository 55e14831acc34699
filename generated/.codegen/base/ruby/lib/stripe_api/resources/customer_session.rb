# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # A Customer Session grants Stripe's frontend SDKs (such as Stripe.js) client-side access to a Customer,
  # limited to the components it enables.
  #
  # Related guides: [Customer Session with the Payment
  # Element](https://stripe.com/docs/payments/accept-a-payment-deferred?platform=web&type=payment#save-payment-methods),
  # [Customer Session with the Pricing
  # Table](https://stripe.com/docs/payments/checkout/pricing-table#customer-session), [Customer Session with the
  # Buy Button](https://stripe.com/docs/payment-links/buy-button#pass-an-existing-customer).
  class CustomerSession < APIResource
    OBJECT_NAME = "customer_session"

    # Configuration of the components a Customer Session supports.
    class Components < StripeObject
      # Whether the active entitlements component is enabled.
      class ActiveEntitlements < StripeObject
        # Whether the client may retrieve the customer's active entitlements.
        #
        # @return [Boolean]
        def enabled = @values[:enabled]
      end

      # Whether the buy button component is enabled.
      class BuyButton < StripeObject
        # Whether the buy button is enabled.
        #
        # @return [Boolean]
        def enabled = @values[:enabled]
      end

      # Whether the customer portal component is enabled.
      class CustomerPortal < StripeObject
        # Whether the client may open the customer portal for this customer.
        #
        # @return [Boolean]
        def enabled = @values[:enabled]
      end

      # Whether the customer sheet is enabled, and the features it supports.
      class CustomerSheet < StripeObject
        # The features the customer sheet supports.
        class Features < StripeObject
          # Only saved payment methods whose
          # [`allow_redisplay`](https://stripe.com/docs/api/payment_methods/object#payment_method_object-allow_redisplay)
          # value is in this list are shown. Defaults to `["always"]`; list all three values to show every saved
          # payment method.
          #
          # One of `always`, `limited`, `unspecified` (a newer API may send other values).
          #
          # @return [Array<String>, nil]
          def payment_method_allow_redisplay_filters = @values[:payment_method_allow_redisplay_filters]

          # Whether the customer sheet offers to remove a saved payment method. Removing one detaches it from
          # the customer, which affects any subscription that relies on it.
          #
          # One of `disabled`, `enabled` (a newer API may send other values).
          #
          # @return [String, nil]
          def payment_method_remove = @values[:payment_method_remove]
        end

        # Whether the customer sheet is enabled.
        #
        # @return [Boolean]
        def enabled = @values[:enabled]

        # The features the customer sheet supports.
        #
        # @return [Features, nil]
        def features = @values[:features]

        # How each field that holds objects is read (see Types).
        def self.field_types
          @field_types ||= {
            features: Features,
          }.freeze
        end
      end

      # Whether the mobile Payment Element is enabled, and the features it supports.
      class MobilePaymentElement < StripeObject
        # The features the mobile Payment Element supports.
        class Features < StripeObject
          # Only saved payment methods whose
          # [`allow_redisplay`](https://stripe.com/docs/api/payment_methods/object#payment_method_object-allow_redisplay)
          # value is in this list are shown. Defaults to `["always"]`; list all three values to show every saved
          # payment method.
          #
          # One of `always`, `limited`, `unspecified` (a newer API may send other values).
          #
          # @return [Array<String>, nil]
          def payment_method_allow_redisplay_filters = @values[:payment_method_allow_redisplay_filters]

          # Whether the mobile Payment Element shows the customer's saved payment methods.
          #
          # One of `disabled`, `enabled` (a newer API may send other values).
          #
          # @return [String, nil]
          def payment_method_redisplay = @values[:payment_method_redisplay]

          # Whether the mobile Payment Element offers to remove a saved payment method. Removing one detaches it
          # from the customer, which affects any subscription that relies on it.
          #
          # One of `disabled`, `enabled` (a newer API may send other values).
          #
          # @return [String, nil]
          def payment_method_remove = @values[:payment_method_remove]

          # Whether the mobile Payment Element shows a checkbox offering to save a new payment method. When the
          # customer ticks it, the PaymentMethod's `allow_redisplay` is set to `always` at confirmation.
          #
          # One of `disabled`, `enabled` (a newer API may send other values).
          #
          # @return [String, nil]
          def payment_method_save = @values[:payment_method_save]

          # The `allow_redisplay` value given to a newly saved payment method when `payment_method_save` is
          # `disabled`. Null means no override.
          #
          # One of `always`, `limited`, `unspecified` (a newer API may send other values).
          #
          # @return [String, nil]
          def payment_method_save_allow_redisplay_override = @values[:payment_method_save_allow_redisplay_override]
        end

        # Whether the mobile Payment Element is enabled.
        #
        # @return [Boolean]
        def enabled = @values[:enabled]

        # The features the mobile Payment Element supports.
        #
        # @return [Features, nil]
        def features = @values[:features]

        # How each field that holds objects is read (see Types).
        def self.field_types
          @field_types ||= {
            features: Features,
          }.freeze
        end
      end

      # Whether the Payment Element is enabled, and the features it supports.
      class PaymentElement < StripeObject
        # The features the Payment Element supports.
        class Features < StripeObject
          # Only saved payment methods whose
          # [`allow_redisplay`](https://stripe.com/docs/api/payment_methods/object#payment_method_object-allow_redisplay)
          # value is in this list are shown. Defaults to `["always"]`; list all three values to show every saved
          # payment method.
          #
          # One of `always`, `limited`, `unspecified` (a newer API may send other values).
          #
          # @return [Array<String>]
          def payment_method_allow_redisplay_filters = @values[:payment_method_allow_redisplay_filters]

          # Whether the Payment Element shows the customer's saved payment methods. Defaults to `disabled`.
          #
          # One of `disabled`, `enabled` (a newer API may send other values).
          #
          # @return [String]
          def payment_method_redisplay = @values[:payment_method_redisplay]

          # The largest number of saved payment methods the Payment Element shows. Defaults to 3; at most 10.
          #
          # @return [Integer, nil]
          def payment_method_redisplay_limit = @values[:payment_method_redisplay_limit]

          # Whether the Payment Element offers to remove a saved payment method. Defaults to `disabled`.
          # Removing one detaches it from the customer, which affects any subscription that relies on it.
          #
          # One of `disabled`, `enabled` (a newer API may send other values).
          #
          # @return [String]
          def payment_method_remove = @values[:payment_method_remove]

          # Whether the Payment Element shows a checkbox offering to save a new payment method. Defaults to
          # `disabled`. When the customer ticks it, the PaymentMethod's `allow_redisplay` is set to `always` at
          # confirmation, and a PaymentIntent's `setup_future_usage` is set to `payment_method_save_usage`.
          #
          # One of `disabled`, `enabled` (a newer API may send other values).
          #
          # @return [String]
          def payment_method_save = @values[:payment_method_save]

          # With PaymentIntents, the `setup_future_usage` value used at confirmation when the customer ticks the
          # save checkbox. With SetupIntents, set `usage` on the SetupIntent instead.
          #
          # One of `off_session`, `on_session` (a newer API may send other values).
          #
          # @return [String, nil]
          def payment_method_save_usage = @values[:payment_method_save_usage]
        end

        # Whether the Payment Element is enabled.
        #
        # @return [Boolean]
        def enabled = @values[:enabled]

        # The features the Payment Element supports.
        #
        # @return [Features, nil]
        def features = @values[:features]

        # How each field that holds objects is read (see Types).
        def self.field_types
          @field_types ||= {
            features: Features,
          }.freeze
        end
      end

      # Whether the pricing table component is enabled.
      class PricingTable < StripeObject
        # Whether the pricing table is enabled.
        #
        # @return [Boolean]
        def enabled = @values[:enabled]
      end

      # Whether the client can read the customer's active entitlements.
      #
      # @return [ActiveEntitlements, nil]
      def active_entitlements = @values[:active_entitlements]

      # Whether the buy button is enabled.
      #
      # @return [BuyButton]
      def buy_button = @values[:buy_button]

      # Whether the client can open the customer portal.
      #
      # @return [CustomerPortal, nil]
      def customer_portal = @values[:customer_portal]

      # Whether the customer sheet is enabled, and the features it supports.
      #
      # @return [CustomerSheet]
      def customer_sheet = @values[:customer_sheet]

      # Whether the mobile Payment Element is enabled, and the features it supports.
      #
      # @return [MobilePaymentElement]
      def mobile_payment_element = @values[:mobile_payment_element]

      # Whether the Payment Element is enabled, and the features it supports.
      #
      # @return [PaymentElement]
      def payment_element = @values[:payment_element]

      # Whether the pricing table is enabled.
      #
      # @return [PricingTable]
      def pricing_table = @values[:pricing_table]

      # How each field that holds objects is read (see Types).
      def self.field_types
        @field_types ||= {
          active_entitlements: ActiveEntitlements,
          buy_button: BuyButton,
          customer_portal: CustomerPortal,
          customer_sheet: CustomerSheet,
          mobile_payment_element: MobilePaymentElement,
          payment_element: PaymentElement,
          pricing_table: PricingTable,
        }.freeze
      end
    end

    # The client secret of this Customer Session, used on the client to set up secure access to the given
    # `customer`.
    #
    # Pass it to your frontend to give it access to `customer`. Do not store it, log it, or expose it to anyone
    # other than that customer, and serve every page that includes it over TLS.
    #
    # @return [String]
    def client_secret = @values[:client_secret]

    # Which components are enabled and the features each one supports.
    #
    # @return [Components, nil]
    def components = @values[:components]

    # Time at which the object was created, in seconds since the Unix epoch.
    #
    # @return [Integer]
    def created = @values[:created]

    # The Customer the Customer Session was created for.
    #
    # An id, or the object itself when the request expands it (`expand: [...]`).
    #
    # @return [String, Customer]
    def customer = @values[:customer]

    # The Account the Customer Session was created for, if any.
    #
    # @return [String, nil]
    def customer_account = @values[:customer_account]

    # Time at which this Customer Session expires, in seconds since the Unix epoch.
    #
    # @return [Integer]
    def expires_at = @values[:expires_at]

    # `true` if the object exists in live mode, `false` if it exists in test mode.
    #
    # @return [Boolean]
    def livemode = @values[:livemode]

    # String naming the object's type. Objects of the same type share the same value.
    #
    # One of `customer_session` (a newer API may send other values).
    #
    # @return [String]
    def object = @values[:object]

    # How each field that holds objects is read (see Types).
    def self.field_types
      @field_types ||= {
        components: Components,
        customer: Types.expandable(Customer),
      }.freeze
    end

    # Creates a Customer Session with a single-use client secret. Hand the secret to your frontend to give it
    # client-side API access to some of the customer's resources.
    #
    # @param params [CustomerSessionCreateParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [CustomerSession]
    def self.create(params = {}, opts = {})
      ::Stripe.client.customer_sessions.create(params, opts)
    end
  end
end
