# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # A PaymentIntent guides you through collecting one payment from a customer. Create exactly one PaymentIntent
  # per order or customer session; it moves through several statuses as it works with Stripe.js to run any
  # authentication, and creates at most one successful charge.
  #
  # Related guide: [Payment Intents API](https://stripe.com/docs/payments/payment-intents)
  class PaymentIntent < APIResource
    OBJECT_NAME = "payment_intent"

    # Settings for automatic payment methods on a PaymentIntent.
    class AutomaticPaymentMethods < StripeObject
      # Whether payment methods that require a redirect may be offered. Defaults to `always`.
      #
      # One of `always`, `never` (a newer API may send other values).
      #
      # @return [String, nil]
      def allow_redirects = @values[:allow_redirects]

      # Whether automatic payment methods are enabled for this PaymentIntent.
      #
      # @return [Boolean]
      def enabled = @values[:enabled]
    end

    # An action the customer must take before a PaymentIntent can proceed.
    class NextAction < StripeObject
      # Where to send the customer to authenticate the payment.
      class RedirectToUrl < StripeObject
        # Where the customer is sent back to once authentication is done.
        #
        # @return [String, nil]
        def return_url = @values[:return_url]

        # The URL to redirect the customer to so they can authenticate the payment.
        #
        # @return [String, nil]
        def url = @values[:url]
      end

      # Present when `type` is `redirect_to_url`.
      #
      # @return [RedirectToUrl, nil]
      def redirect_to_url = @values[:redirect_to_url]

      # The kind of next action, such as `redirect_to_url` or `use_stripe_sdk`. An extra hash named after the
      # type holds its details.
      #
      # @return [String]
      def type = @values[:type]

      # Present when `type` is `use_stripe_sdk`. Its contents are for Stripe.js and the mobile SDKs only and may
      # change.
      #
      # @return [Hash{String => Object}, nil]
      def use_stripe_sdk = @values[:use_stripe_sdk]

      # How each field that holds objects is read (see Types).
      def self.field_types
        @field_types ||= {
          redirect_to_url: RedirectToUrl,
        }.freeze
      end
    end

    # Amount intended to be collected, as a positive integer in the smallest currency unit (for example 100
    # cents to charge $1.00, or 100 to charge ¥100, a zero-decimal currency).
    #
    # @return [Integer]
    def amount = @values[:amount]

    # Amount that can still be captured from this PaymentIntent.
    #
    # @return [Integer, nil]
    def amount_capturable = @values[:amount_capturable]

    # Amount that this PaymentIntent has collected.
    #
    # @return [Integer, nil]
    def amount_received = @values[:amount_received]

    # Settings for payment methods that Stripe enables automatically from your Dashboard configuration.
    #
    # @return [AutomaticPaymentMethods, nil]
    def automatic_payment_methods = @values[:automatic_payment_methods]

    # When the PaymentIntent was canceled, in seconds since the Unix epoch; null unless its status is
    # `canceled`.
    #
    # @return [Integer, nil]
    def canceled_at = @values[:canceled_at]

    # Why the PaymentIntent was canceled, if it was.
    #
    # One of `abandoned`, `automatic`, `duplicate`, `failed_invoice`, `fraudulent`, `requested_by_customer`,
    # `void_invoice` (a newer API may send other values).
    #
    # @return [String, nil]
    def cancellation_reason = @values[:cancellation_reason]

    # How the funds are captured from the customer's account.
    #
    # One of `automatic`, `automatic_async`, `manual` (a newer API may send other values).
    #
    # @return [String]
    def capture_method = @values[:capture_method]

    # The client secret of this PaymentIntent. Use it on the client to complete the payment with Stripe.js. Do
    # not store it, log it, or expose it to anyone other than the customer, and serve every page that includes
    # it over TLS.
    #
    # @return [String, nil]
    def client_secret = @values[:client_secret]

    # `automatic` lets the PaymentIntent be confirmed with a publishable key; `manual` requires a secret key
    # after any next actions are handled.
    #
    # One of `automatic`, `manual` (a newer API may send other values).
    #
    # @return [String]
    def confirmation_method = @values[:confirmation_method]

    # Time at which the object was created, in seconds since the Unix epoch.
    #
    # @return [Integer]
    def created = @values[:created]

    # Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be
    # a [supported currency](https://stripe.com/docs/currencies).
    #
    # @return [String]
    def currency = @values[:currency]

    # The Customer this PaymentIntent belongs to, if any. Its payment method can be attached to the customer
    # once the payment succeeds.
    #
    # An id, or the object itself when the request expands it (`expand: [...]`).
    #
    # @return [String, Customer, DeletedCustomer, nil]
    def customer = @values[:customer]

    # An arbitrary string attached to the object, often useful for display.
    #
    # @return [String, nil]
    def description = @values[:description]

    # Unique identifier for the object.
    #
    # @return [String]
    def id = @values[:id]

    # The error from the latest payment attempt, if it failed.
    #
    # @return [ApiErrors, nil]
    def last_payment_error = @values[:last_payment_error]

    # ID of the latest charge this PaymentIntent created.
    #
    # @return [String, nil]
    def latest_charge = @values[:latest_charge]

    # `true` if the object exists in live mode, `false` if it exists in test mode.
    #
    # @return [Boolean]
    def livemode = @values[:livemode]

    # A set of key-value pairs you can attach to the object to store extra information in a structured form.
    #
    # @return [Hash{String => String}, nil]
    def metadata = @values[:metadata]

    # When present, the actions your customer must take before the payment can proceed.
    #
    # @return [NextAction, nil]
    def next_action = @values[:next_action]

    # String naming the object's type. Objects of the same type share the same value.
    #
    # One of `payment_intent` (a newer API may send other values).
    #
    # @return [String]
    def object = @values[:object]

    # The payment method used in this PaymentIntent.
    #
    # An id, or the object itself when the request expands it (`expand: [...]`).
    #
    # @return [String, PaymentMethod, nil]
    def payment_method = @values[:payment_method]

    # The payment method types (such as `card`) this PaymentIntent may use.
    #
    # @return [Array<String>]
    def payment_method_types = @values[:payment_method_types]

    # Email address the payment's receipt is sent to.
    #
    # @return [String, nil]
    def receipt_email = @values[:receipt_email]

    # Declares that the payment method will be reused for future payments. `on_session` means the customer will
    # be present in your checkout flow; `off_session` means they may not be.
    #
    # One of `off_session`, `on_session` (a newer API may send other values).
    #
    # @return [String, nil]
    def setup_future_usage = @values[:setup_future_usage]

    # Shipping information for this PaymentIntent.
    #
    # @return [Shipping, nil]
    def shipping = @values[:shipping]

    # Text shown on the customer's card statement for non-card charges.
    #
    # @return [String, nil]
    def statement_descriptor = @values[:statement_descriptor]

    # Text appended to your account's statement descriptor prefix to form the full descriptor shown on card
    # statements.
    #
    # @return [String, nil]
    def statement_descriptor_suffix = @values[:statement_descriptor_suffix]

    # Status of this PaymentIntent: `requires_payment_method`, `requires_confirmation`, `requires_action`,
    # `processing`, `requires_capture`, `canceled`, or `succeeded`.
    #
    # One of `canceled`, `processing`, `requires_action`, `requires_capture`, `requires_confirmation`,
    # `requires_payment_method`, `succeeded` (a newer API may send other values).
    #
    # @return [String]
    def status = @values[:status]

    # How each field that holds objects is read (see Types).
    def self.field_types
      @field_types ||= {
        automatic_payment_methods: AutomaticPaymentMethods,
        customer: Types.expandable(Types.one_of(:object, { "customer" => Customer }, { "customer" => DeletedCustomer })),
        last_payment_error: ApiErrors,
        next_action: NextAction,
        payment_method: Types.expandable(PaymentMethod),
        shipping: Shipping,
      }.freeze
    end

    # Returns a list of PaymentIntents, most recently created first.
    #
    # @param params [PaymentIntentListParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [ListObject<PaymentIntent>]
    def self.list(params = {}, opts = {})
      ::Stripe.client.payment_intents.list(params, opts)
    end

    # Creates a PaymentIntent. Once created, attach a payment method and confirm it to continue the payment;
    # passing `confirm=true` does both in one request.
    #
    # @param params [PaymentIntentCreateParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [PaymentIntent]
    def self.create(params = {}, opts = {})
      ::Stripe.client.payment_intents.create(params, opts)
    end

    # Retrieves a PaymentIntent. With a publishable key, pass the PaymentIntent's `client_secret`; the
    # response then omits some fields.
    #
    # @param intent [String] ID of the intent.
    # @param params [PaymentIntentRetrieveParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [PaymentIntent]
    def self.retrieve(intent, params = {}, opts = {})
      ::Stripe.client.payment_intents.retrieve(intent, params, opts)
    end

    # Updates a PaymentIntent without confirming it. Some changes, such as a new payment method, may require
    # the PaymentIntent to be confirmed again.
    #
    # @param intent [String] ID of the intent.
    # @param params [PaymentIntentUpdateParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [PaymentIntent]
    def self.update(intent, params = {}, opts = {})
      ::Stripe.client.payment_intents.update(intent, params, opts)
    end

    # Cancels a PaymentIntent whose status is `requires_payment_method`, `requires_capture`,
    # `requires_confirmation`, `requires_action` or, in rare cases, `processing`. Any held funds are released.
    #
    # @param intent [String] ID of the intent.
    # @param params [PaymentIntentCancelParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [PaymentIntent]
    def self.cancel(intent, params = {}, opts = {})
      ::Stripe.client.payment_intents.cancel(intent, params, opts)
    end

    # Confirms that the customer intends to pay with the current or given payment method, and starts the
    # payment attempt. If authentication is needed, the PaymentIntent moves to `requires_action`.
    #
    # @param intent [String] ID of the intent.
    # @param params [PaymentIntentConfirmParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [PaymentIntent]
    def self.confirm(intent, params = {}, opts = {})
      ::Stripe.client.payment_intents.confirm(intent, params, opts)
    end

    # Updates a PaymentIntent without confirming it. Some changes, such as a new payment method, may require
    # the PaymentIntent to be confirmed again.
    #
    # @param params [PaymentIntentUpdateParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [PaymentIntent]
    def update(params = {}, opts = {})
      PaymentIntentService.new(requestor).update(self[:id], params, opts)
    end

    # Cancels a PaymentIntent whose status is `requires_payment_method`, `requires_capture`,
    # `requires_confirmation`, `requires_action` or, in rare cases, `processing`. Any held funds are released.
    #
    # @param params [PaymentIntentCancelParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [PaymentIntent]
    def cancel(params = {}, opts = {})
      PaymentIntentService.new(requestor).cancel(self[:id], params, opts)
    end

    # Confirms that the customer intends to pay with the current or given payment method, and starts the
    # payment attempt. If authentication is needed, the PaymentIntent moves to `requires_action`.
    #
    # @param params [PaymentIntentConfirmParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [PaymentIntent]
    def confirm(params = {}, opts = {})
      PaymentIntentService.new(requestor).confirm(self[:id], params, opts)
    end
  end
end
