# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # A Customer represents someone who buys from you. Customers let you charge the same buyer repeatedly, keep
  # their saved payment methods, and follow every payment they make.
  class Customer < APIResource
    OBJECT_NAME = "customer"

    # Defaults applied to the invoices of a customer.
    class InvoiceSettings < StripeObject
      # A name and value pair printed on an invoice.
      class CustomFields < StripeObject
        # The name of the custom field.
        #
        # @return [String]
        def name = @values[:name]

        # The value of the custom field.
        #
        # @return [String]
        def value = @values[:value]
      end

      # How invoice PDFs are rendered.
      class RenderingOptions < StripeObject
        # How line-item prices and amounts are shown with respect to tax on invoice PDFs.
        #
        # @return [String, nil]
        def amount_tax_display = @values[:amount_tax_display]
      end

      # Custom fields shown on the customer's invoices by default.
      #
      # @return [Array<CustomFields>, nil]
      def custom_fields = @values[:custom_fields]

      # ID of a payment method attached to the customer, used by default for the customer's subscriptions and
      # invoices.
      #
      # An id, or the object itself when the request expands it (`expand: [...]`).
      #
      # @return [String, PaymentMethod, nil]
      def default_payment_method = @values[:default_payment_method]

      # Footer shown on the customer's invoices by default.
      #
      # @return [String, nil]
      def footer = @values[:footer]

      # Options for rendering the PDFs of the customer's invoices.
      #
      # @return [RenderingOptions, nil]
      def rendering_options = @values[:rendering_options]

      # How each field that holds objects is read (see Types).
      def self.field_types
        @field_types ||= {
          custom_fields: Types.array_of(CustomFields),
          default_payment_method: Types.expandable(PaymentMethod),
          rendering_options: RenderingOptions,
        }.freeze
      end
    end

    # The customer's postal address.
    #
    # @return [Address, nil]
    def address = @values[:address]

    # Amount, in the smallest currency unit, applied to the customer's next invoice at finalization. A negative
    # value is a credit that lowers the amount due; a positive value is owed and raises it.
    #
    # @return [Integer, nil]
    def balance = @values[:balance]

    # Time at which the object was created, in seconds since the Unix epoch.
    #
    # @return [Integer]
    def created = @values[:created]

    # Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase, that the
    # customer is charged in for recurring billing.
    #
    # @return [String, nil]
    def currency = @values[:currency]

    # ID of the payment source (card, bank account, or source) used by default when the customer is charged
    # without an explicit source.
    #
    # @return [String, nil]
    def default_source = @values[:default_source]

    # Whether the customer's latest invoice or charge failed. True when an invoice payment is past due or an
    # automatic payment attempt failed.
    #
    # @return [Boolean, nil]
    def delinquent = @values[:delinquent]

    # An arbitrary string attached to the object, often useful for display.
    #
    # @return [String, nil]
    def description = @values[:description]

    # The customer's email address.
    #
    # @return [String, nil]
    def email = @values[:email]

    # Unique identifier for the object.
    #
    # @return [String]
    def id = @values[:id]

    # The prefix of the customer's invoice numbers, from which each invoice number is built.
    #
    # @return [String, nil]
    def invoice_prefix = @values[:invoice_prefix]

    # The customer's default invoice settings.
    #
    # @return [InvoiceSettings, nil]
    def invoice_settings = @values[:invoice_settings]

    # `true` if the object exists in live mode, `false` if it exists in test mode.
    #
    # @return [Boolean]
    def livemode = @values[:livemode]

    # A set of key-value pairs you can attach to the object to store extra information in a structured form.
    #
    # @return [Hash{String => String}, nil]
    def metadata = @values[:metadata]

    # The customer's full name or business name.
    #
    # @return [String, nil]
    def name = @values[:name]

    # The sequence number used for the customer's next invoice.
    #
    # @return [Integer, nil]
    def next_invoice_sequence = @values[:next_invoice_sequence]

    # String naming the object's type. Objects of the same type share the same value.
    #
    # One of `customer` (a newer API may send other values).
    #
    # @return [String]
    def object = @values[:object]

    # The customer's phone number.
    #
    # @return [String, nil]
    def phone = @values[:phone]

    # The customer's preferred locales (languages), ordered by preference.
    #
    # @return [Array<String>, nil]
    def preferred_locales = @values[:preferred_locales]

    # Shipping details used for physical goods sent to the customer.
    #
    # @return [Shipping, nil]
    def shipping = @values[:shipping]

    # The customer's tax exemption: `none`, `exempt`, or `reverse`. With `reverse`, invoices and receipts carry
    # the note "Reverse charge".
    #
    # One of `exempt`, `none`, `reverse` (a newer API may send other values).
    #
    # @return [String, nil]
    def tax_exempt = @values[:tax_exempt]

    # ID of the test clock this customer belongs to, if any.
    #
    # @return [String, nil]
    def test_clock = @values[:test_clock]

    # How each field that holds objects is read (see Types).
    def self.field_types
      @field_types ||= {
        address: Address,
        invoice_settings: InvoiceSettings,
        shipping: Shipping,
      }.freeze
    end

    # Returns a list of your customers, most recently created first.
    #
    # @param params [CustomerListParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [ListObject<Customer>]
    def self.list(params = {}, opts = {})
      ::Stripe.client.customers.list(params, opts)
    end

    # Creates a new customer.
    #
    # @param params [CustomerCreateParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [Customer]
    def self.create(params = {}, opts = {})
      ::Stripe.client.customers.create(params, opts)
    end

    # Searches customers previously created with the [Search Query
    # Language](https://stripe.com/docs/search#search-query-language). Search results can lag a little behind
    # writes, and search is not available in India.
    #
    # @param params [CustomerSearchParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [SearchResultObject<Customer>]
    def self.search(params = {}, opts = {})
      ::Stripe.client.customers.search(params, opts)
    end

    # Retrieves a customer. A customer that has been deleted is returned as a deleted customer.
    #
    # @param customer [String] ID of the customer.
    # @param params [CustomerRetrieveParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [Customer, DeletedCustomer]
    def self.retrieve(customer, params = {}, opts = {})
      ::Stripe.client.customers.retrieve(customer, params, opts)
    end

    # Updates a customer with the parameters you pass; parameters you leave out keep their current values.
    #
    # @param customer [String] ID of the customer.
    # @param params [CustomerUpdateParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [Customer]
    def self.update(customer, params = {}, opts = {})
      ::Stripe.client.customers.update(customer, params, opts)
    end

    # Permanently deletes a customer; this cannot be undone. Any active subscriptions of the customer are
    # canceled immediately.
    #
    # @param customer [String] ID of the customer.
    # @param params [Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [DeletedCustomer]
    def self.delete(customer, params = {}, opts = {})
      ::Stripe.client.customers.delete(customer, params, opts)
    end

    # Updates a customer with the parameters you pass; parameters you leave out keep their current values.
    #
    # @param params [CustomerUpdateParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [Customer]
    def update(params = {}, opts = {})
      CustomerService.new(requestor).update(self[:id], params, opts)
    end

    # Permanently deletes a customer; this cannot be undone. Any active subscriptions of the customer are
    # canceled immediately.
    #
    # @param params [Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [DeletedCustomer]
    def delete(params = {}, opts = {})
      CustomerService.new(requestor).delete(self[:id], params, opts)
    end
  end
end
