# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # Parameters of `client.customers.create`.
  class CustomerCreateParams < RequestParams
    # A postal address; every part is optional.
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

    # Default invoice settings for the customer.
    class InvoiceSettings < RequestParams
      # A name and value pair printed on invoices.
      class CustomFields < RequestParams
        FIELDS = { name: "name", value: "value" }.freeze

        # The name of the custom field, at most 30 characters.
        #
        # @return [String]
        attr_accessor :name

        # The value of the custom field, at most 30 characters.
        #
        # @return [String]
        attr_accessor :value

        def initialize(name:, value:)
          super()
          @name = name
          @value = value
        end
      end

      # Options for rendering invoice PDFs.
      class RenderingOptions < RequestParams
        FIELDS = { amount_tax_display: "amount_tax_display" }.freeze

        # How line-item prices and amounts are shown with respect to tax: `exclude_tax` or
        # `include_inclusive_tax`. Send an empty string to clear it.
        #
        # One of `exclude_tax`, `include_inclusive_tax`.
        #
        # @return [String, nil]
        attr_accessor :amount_tax_display

        def initialize(amount_tax_display: nil)
          super()
          @amount_tax_display = amount_tax_display
        end
      end

      FIELDS = {
        custom_fields: "custom_fields",
        default_payment_method: "default_payment_method",
        footer: "footer",
        rendering_options: "rendering_options",
      }.freeze

      # Custom fields shown on the customer's invoices by default, at most 4. Send an empty string to remove
      # them.
      #
      # @return [Array<CustomFields, Hash>, String, nil]
      attr_accessor :custom_fields

      # ID of a payment method attached to the customer, used by default for the customer's subscriptions and
      # invoices.
      #
      # @return [String, nil]
      attr_accessor :default_payment_method

      # Footer shown on the customer's invoices by default.
      #
      # @return [String, nil]
      attr_accessor :footer

      # Options for rendering the PDFs of the customer's invoices. Send an empty string to clear them.
      #
      # @return [RenderingOptions, Hash, String, nil]
      attr_accessor :rendering_options

      def initialize(custom_fields: nil, default_payment_method: nil, footer: nil, rendering_options: nil)
        super()
        @custom_fields = custom_fields
        @default_payment_method = default_payment_method
        @footer = footer
        @rendering_options = rendering_options
      end
    end

    # Shipping details of a customer.
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

      FIELDS = { address: "address", name: "name", phone: "phone" }.freeze

      # The delivery address.
      #
      # @return [Address, Hash]
      attr_accessor :address

      # Name of the recipient.
      #
      # @return [String]
      attr_accessor :name

      # Phone number of the recipient.
      #
      # @return [String, nil]
      attr_accessor :phone

      def initialize(address:, name:, phone: nil)
        super()
        @address = address
        @name = name
        @phone = phone
      end
    end

    FIELDS = {
      address: "address",
      balance: "balance",
      description: "description",
      email: "email",
      expand: "expand",
      invoice_settings: "invoice_settings",
      metadata: "metadata",
      name: "name",
      payment_method: "payment_method",
      phone: "phone",
      preferred_locales: "preferred_locales",
      shipping: "shipping",
      tax_exempt: "tax_exempt",
      test_clock: "test_clock",
    }.freeze

    # The customer's postal address.
    #
    # @return [Address, Hash, String, nil]
    attr_accessor :address

    # Starting balance, in the smallest currency unit, applied to the customer's next invoice. Negative values
    # are credits.
    #
    # @return [Integer, nil]
    attr_accessor :balance

    # An arbitrary string attached to the customer, often useful for display.
    #
    # @return [String, nil]
    attr_accessor :description

    # The customer's email address, at most 512 characters.
    #
    # @return [String, nil]
    attr_accessor :email

    # Fields of the response to expand.
    #
    # @return [Array<String>, nil]
    attr_accessor :expand

    # Default invoice settings for the customer.
    #
    # @return [InvoiceSettings, Hash, nil]
    attr_accessor :invoice_settings

    # Key-value pairs to store on the object. Send an empty value for a key to remove it, or an empty string for
    # `metadata` to remove them all.
    #
    # @return [Hash{String => String}, String, nil]
    attr_accessor :metadata

    # The customer's full name or business name.
    #
    # @return [String, nil]
    attr_accessor :name

    # ID of a PaymentMethod to attach to the new customer.
    #
    # @return [String, nil]
    attr_accessor :payment_method

    # The customer's phone number.
    #
    # @return [String, nil]
    attr_accessor :phone

    # The customer's preferred languages, ordered by preference.
    #
    # @return [Array<String>, nil]
    attr_accessor :preferred_locales

    # Shipping details for the customer.
    #
    # @return [Shipping, Hash, String, nil]
    attr_accessor :shipping

    # The customer's tax exemption: `none`, `exempt`, or `reverse`.
    #
    # One of `exempt`, `none`, `reverse`.
    #
    # @return [String, nil]
    attr_accessor :tax_exempt

    # ID of the test clock to attach the customer to.
    #
    # @return [String, nil]
    attr_accessor :test_clock

    def initialize(
      address: nil,
      balance: nil,
      description: nil,
      email: nil,
      expand: nil,
      invoice_settings: nil,
      metadata: nil,
      name: nil,
      payment_method: nil,
      phone: nil,
      preferred_locales: nil,
      shipping: nil,
      tax_exempt: nil,
      test_clock: nil
    )
      super()
      @address = address
      @balance = balance
      @description = description
      @email = email
      @expand = expand
      @invoice_settings = invoice_settings
      @metadata = metadata
      @name = name
      @payment_method = payment_method
      @phone = phone
      @preferred_locales = preferred_locales
      @shipping = shipping
      @tax_exempt = tax_exempt
      @test_clock = test_clock
    end
  end
end
