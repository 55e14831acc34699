# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # A SetupIntent guides you through setting up and saving a customer's payment credentials for future payments,
  # for example saving a card without charging it yet. If the SetupIntent has a Customer, the resulting payment
  # method is attached to that customer once setup succeeds.
  #
  # Related guide: [Setup Intents API](https://stripe.com/docs/payments/setup-intents)
  class SetupIntent < APIResource
    OBJECT_NAME = "setup_intent"

    # Settings for automatic payment methods on a SetupIntent.
    class AutomaticPaymentMethods < StripeObject
      # Whether payment methods that require a redirect may be offered. Defaults to `always`.
      #
      # One of `always`, `never` (a newer API may send other values).
      #
      # @return [String, nil]
      def allow_redirects = @values[:allow_redirects]

      # Whether automatic payment methods are enabled for this SetupIntent.
      #
      # @return [Boolean, nil]
      def enabled = @values[:enabled]
    end

    # An action the customer must take before a SetupIntent can proceed.
    class NextAction < StripeObject
      # Where to send the customer to authenticate the setup.
      class RedirectToUrl < StripeObject
        # Where the customer is sent back to once authentication is done.
        #
        # @return [String, nil]
        def return_url = @values[:return_url]

        # The URL to redirect the customer to so they can authenticate the setup.
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

    # When true, the payment method is attached to the in-context Stripe account once setup succeeds. Cannot be
    # combined with `customer`.
    #
    # @return [Boolean, nil]
    def attach_to_self = @values[:attach_to_self]

    # Settings for payment methods that Stripe enables automatically from your Dashboard configuration.
    #
    # @return [AutomaticPaymentMethods, nil]
    def automatic_payment_methods = @values[:automatic_payment_methods]

    # Why the SetupIntent was canceled, if it was.
    #
    # One of `abandoned`, `duplicate`, `requested_by_customer` (a newer API may send other values).
    #
    # @return [String, nil]
    def cancellation_reason = @values[:cancellation_reason]

    # The client secret of this SetupIntent. Use it on the client to confirm the setup with Stripe.js. Do not
    # store it, log it, or expose it to anyone other than the customer.
    #
    # @return [String, nil]
    def client_secret = @values[:client_secret]

    # Time at which the object was created, in seconds since the Unix epoch.
    #
    # @return [Integer]
    def created = @values[:created]

    # The Customer this SetupIntent belongs to, if any. The payment method is attached to this customer once
    # setup succeeds.
    #
    # An id, or the object itself when the request expands it (`expand: [...]`).
    #
    # @return [String, Customer, DeletedCustomer, nil]
    def customer = @values[:customer]

    # An arbitrary string attached to the object, often useful for display.
    #
    # @return [String, nil]
    def description = @values[:description]

    # The directions money may flow with this payment method: `inbound` (charging the customer) and/or
    # `outbound` (paying the customer).
    #
    # One of `inbound`, `outbound` (a newer API may send other values).
    #
    # @return [Array<String>, nil]
    def flow_directions = @values[:flow_directions]

    # Unique identifier for the object.
    #
    # @return [String]
    def id = @values[:id]

    # The error from the latest setup attempt, if it failed.
    #
    # @return [ApiErrors, nil]
    def last_setup_error = @values[:last_setup_error]

    # ID of the most recent SetupAttempt for this SetupIntent, if any.
    #
    # @return [String, nil]
    def latest_attempt = @values[:latest_attempt]

    # `true` if the object exists in live mode, `false` if it exists in test mode.
    #
    # @return [Boolean]
    def livemode = @values[:livemode]

    # ID of the multi-use Mandate created by this SetupIntent, if any.
    #
    # @return [String, nil]
    def mandate = @values[:mandate]

    # A set of key-value pairs you can attach to the object to store extra information in a structured form.
    #
    # @return [Hash{String => String}, nil]
    def metadata = @values[:metadata]

    # When present, the actions your customer must take before setup can proceed.
    #
    # @return [NextAction, nil]
    def next_action = @values[:next_action]

    # String naming the object's type. Objects of the same type share the same value.
    #
    # One of `setup_intent` (a newer API may send other values).
    #
    # @return [String]
    def object = @values[:object]

    # The payment method being set up by this SetupIntent.
    #
    # An id, or the object itself when the request expands it (`expand: [...]`).
    #
    # @return [String, PaymentMethod, nil]
    def payment_method = @values[:payment_method]

    # The payment method types (such as `card`) this SetupIntent may set up.
    #
    # @return [Array<String>]
    def payment_method_types = @values[:payment_method_types]

    # Status of this SetupIntent: `requires_payment_method`, `requires_confirmation`, `requires_action`,
    # `processing`, `canceled`, or `succeeded`.
    #
    # One of `canceled`, `processing`, `requires_action`, `requires_confirmation`, `requires_payment_method`,
    # `succeeded` (a newer API may send other values).
    #
    # @return [String]
    def status = @values[:status]

    # How the payment method will be used in future payments: `off_session` (the default) or `on_session`.
    #
    # @return [String]
    def usage = @values[:usage]

    # How each field that holds objects is read (see Types).
    def self.field_types
      @field_types ||= {
        automatic_payment_methods: AutomaticPaymentMethods,
        customer: Types.expandable(Types.one_of(:object, { "customer" => Customer }, { "customer" => DeletedCustomer })),
        last_setup_error: ApiErrors,
        next_action: NextAction,
        payment_method: Types.expandable(PaymentMethod),
      }.freeze
    end

    # Returns a list of SetupIntents, most recently created first.
    #
    # @param params [SetupIntentListParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [ListObject<SetupIntent>]
    def self.list(params = {}, opts = {})
      ::Stripe.client.setup_intents.list(params, opts)
    end

    # Creates a SetupIntent. Once created, attach a payment method and confirm it to collect the mandates and
    # authentication needed to charge the payment method later.
    #
    # @param params [SetupIntentCreateParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [SetupIntent]
    def self.create(params = {}, opts = {})
      ::Stripe.client.setup_intents.create(params, opts)
    end

    # Retrieves a SetupIntent. With a publishable key, pass the SetupIntent's `client_secret`; the response
    # then omits some fields.
    #
    # @param intent [String] ID of the intent.
    # @param params [SetupIntentRetrieveParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [SetupIntent]
    def self.retrieve(intent, params = {}, opts = {})
      ::Stripe.client.setup_intents.retrieve(intent, params, opts)
    end

    # Confirms that the customer intends to set up the current or given payment method. If authentication is
    # needed, the SetupIntent moves to `requires_action`; otherwise it moves to `succeeded`.
    #
    # @param intent [String] ID of the intent.
    # @param params [SetupIntentConfirmParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [SetupIntent]
    def self.confirm(intent, params = {}, opts = {})
      ::Stripe.client.setup_intents.confirm(intent, params, opts)
    end

    # Confirms that the customer intends to set up the current or given payment method. If authentication is
    # needed, the SetupIntent moves to `requires_action`; otherwise it moves to `succeeded`.
    #
    # @param params [SetupIntentConfirmParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [SetupIntent]
    def confirm(params = {}, opts = {})
      SetupIntentService.new(requestor).confirm(self[:id], params, opts)
    end
  end
end
