# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # A PaymentMethod represents one of your customer's payment instruments. Use it with a PaymentIntent to
  # collect a payment, or attach it to a Customer to keep the instrument for future payments.
  class PaymentMethod < APIResource
    OBJECT_NAME = "payment_method"

    # Contact details of the person responsible for paying with a payment method.
    class BillingDetails < StripeObject
      # Billing address.
      #
      # @return [Address, nil]
      def address = @values[:address]

      # Email address.
      #
      # @return [String, nil]
      def email = @values[:email]

      # Full name.
      #
      # @return [String, nil]
      def name = @values[:name]

      # Billing phone number, including any extension.
      #
      # @return [String, nil]
      def phone = @values[:phone]

      # How each field that holds objects is read (see Types).
      def self.field_types
        @field_types ||= {
          address: Address,
        }.freeze
      end
    end

    # Details of a card payment method.
    class Card < StripeObject
      # Results of address and CVC checks. Each is one of `pass`, `fail`, `unavailable`, or `unchecked`.
      class Checks < StripeObject
        # Result of checking the first address line, if one was provided.
        #
        # @return [String, nil]
        def address_line1_check = @values[:address_line1_check]

        # Result of checking the postal code, if one was provided.
        #
        # @return [String, nil]
        def address_postal_code_check = @values[:address_postal_code_check]

        # Result of checking the CVC, if one was provided.
        #
        # @return [String, nil]
        def cvc_check = @values[:cvc_check]
      end

      # Card networks available to a card.
      class Networks < StripeObject
        # All networks the card can be processed on.
        #
        # @return [Array<String>]
        def available = @values[:available]

        # The network preferred for processing, if any.
        #
        # @return [String, nil]
        def preferred = @values[:preferred]
      end

      # 3D Secure support of a card.
      class ThreeDSecureUsage < StripeObject
        # Whether 3D Secure is supported on this card.
        #
        # @return [Boolean]
        def supported = @values[:supported]
      end

      # The digital wallet a card was tokenized with.
      class Wallet < StripeObject
        # The last four digits of the device account number, for wallets that issue one.
        #
        # @return [String, nil]
        def dynamic_last4 = @values[:dynamic_last4]

        # The type of wallet. An extra hash named after the type holds details specific to that wallet.
        #
        # One of `amex_express_checkout`, `apple_pay`, `google_pay`, `link`, `masterpass`, `samsung_pay`,
        # `visa_checkout` (a newer API may send other values).
        #
        # @return [String]
        def type = @values[:type]
      end

      # Card brand: `amex`, `diners`, `discover`, `eftpos_au`, `jcb`, `mastercard`, `unionpay`, `visa`, or
      # `unknown`.
      #
      # @return [String]
      def brand = @values[:brand]

      # Results of the checks run on the details the customer entered.
      #
      # @return [Checks, nil]
      def checks = @values[:checks]

      # Two-letter ISO code of the card's issuing country. Helps you learn where your customers come from.
      #
      # @return [String, nil]
      def country = @values[:country]

      # Two-digit number for the card's expiration month.
      #
      # @return [Integer]
      def exp_month = @values[:exp_month]

      # Four-digit number for the card's expiration year.
      #
      # @return [Integer]
      def exp_year = @values[:exp_year]

      # Identifies this card number uniquely within your account, so you can tell whether two customers use the
      # same card.
      #
      # @return [String, nil]
      def fingerprint = @values[:fingerprint]

      # Funding type of the card: `credit`, `debit`, `prepaid`, or `unknown`.
      #
      # @return [String]
      def funding = @values[:funding]

      # The last four digits of the card number.
      #
      # @return [String]
      def last4 = @values[:last4]

      # The card networks that can process payments made with this card.
      #
      # @return [Networks, nil]
      def networks = @values[:networks]

      # Whether the card supports 3D Secure.
      #
      # @return [ThreeDSecureUsage, nil]
      def three_d_secure_usage = @values[:three_d_secure_usage]

      # When the card was tokenized by a digital wallet, details of that wallet.
      #
      # @return [Wallet, nil]
      def wallet = @values[:wallet]

      # How each field that holds objects is read (see Types).
      def self.field_types
        @field_types ||= {
          checks: Checks,
          networks: Networks,
          three_d_secure_usage: ThreeDSecureUsage,
          wallet: Wallet,
        }.freeze
      end
    end

    # Whether this saved payment method may be shown to the customer again in a later checkout flow. Stripe
    # products such as Checkout and Elements use it to decide which saved payment methods to offer.
    #
    # One of `always`, `limited`, `unspecified` (a newer API may send other values).
    #
    # @return [String, nil]
    def allow_redisplay = @values[:allow_redisplay]

    # Billing information associated with the payment method.
    #
    # @return [BillingDetails]
    def billing_details = @values[:billing_details]

    # Card details. Present when `type` is `card`.
    #
    # @return [Card, nil]
    def card = @values[:card]

    # Time at which the object was created, in seconds since the Unix epoch.
    #
    # @return [Integer]
    def created = @values[:created]

    # The Customer this payment method is attached to, or null when it is not attached to any customer.
    #
    # An id, or the object itself when the request expands it (`expand: [...]`).
    #
    # @return [String, Customer, nil]
    def customer = @values[:customer]

    # Unique identifier for the object.
    #
    # @return [String]
    def id = @values[:id]

    # `true` if the object exists in live mode, `false` if it exists in test mode.
    #
    # @return [Boolean]
    def livemode = @values[:livemode]

    # A set of key-value pairs you can attach to the object to store extra information in a structured form.
    #
    # @return [Hash{String => String}, nil]
    def metadata = @values[:metadata]

    # String naming the object's type. Objects of the same type share the same value.
    #
    # One of `payment_method` (a newer API may send other values).
    #
    # @return [String]
    def object = @values[:object]

    # The type of the PaymentMethod. The object carries an extra hash named after the type, holding details
    # specific to it.
    #
    # One of `acss_debit`, `bancontact`, `card`, `card_present`, `cashapp`, `ideal`, `klarna`, `link`, `paypal`,
    # `sepa_debit`, `us_bank_account` (a newer API may send other values).
    #
    # @return [String]
    def type = @values[:type]

    # How each field that holds objects is read (see Types).
    def self.field_types
      @field_types ||= {
        billing_details: BillingDetails,
        card: Card,
        customer: Types.expandable(Customer),
      }.freeze
    end

    # Retrieves a PaymentMethod. To list a customer's payment methods, use the customer's payment methods list
    # instead.
    #
    # @param payment_method [String] ID of the payment method.
    # @param params [PaymentMethodRetrieveParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [PaymentMethod]
    def self.retrieve(payment_method, params = {}, opts = {})
      ::Stripe.client.payment_methods.retrieve(payment_method, params, opts)
    end

    # Attaches a PaymentMethod to a Customer so it can be reused. Prefer saving payment methods through a
    # SetupIntent, or a PaymentIntent with `setup_future_usage`, which run the checks and authentication that
    # future payments need.
    #
    # @param payment_method [String] ID of the payment method.
    # @param params [PaymentMethodAttachParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [PaymentMethod]
    def self.attach(payment_method, params = {}, opts = {})
      ::Stripe.client.payment_methods.attach(payment_method, params, opts)
    end

    # Detaches a PaymentMethod from its Customer. Once detached it can no longer be used for a payment or
    # attached to a Customer again.
    #
    # @param payment_method [String] ID of the payment method.
    # @param params [PaymentMethodDetachParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [PaymentMethod]
    def self.detach(payment_method, params = {}, opts = {})
      ::Stripe.client.payment_methods.detach(payment_method, params, opts)
    end

    # Attaches a PaymentMethod to a Customer so it can be reused. Prefer saving payment methods through a
    # SetupIntent, or a PaymentIntent with `setup_future_usage`, which run the checks and authentication that
    # future payments need.
    #
    # @param params [PaymentMethodAttachParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [PaymentMethod]
    def attach(params = {}, opts = {})
      PaymentMethodService.new(requestor).attach(self[:id], params, opts)
    end

    # Detaches a PaymentMethod from its Customer. Once detached it can no longer be used for a payment or
    # attached to a Customer again.
    #
    # @param params [PaymentMethodDetachParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [PaymentMethod]
    def detach(params = {}, opts = {})
      PaymentMethodService.new(requestor).detach(self[:id], params, opts)
    end
  end
end
