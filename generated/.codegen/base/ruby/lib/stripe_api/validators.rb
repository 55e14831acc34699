# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # Request validators, compiled from the spec: `Validators.<operation>(params)` answers the
  # issues of the params (Validation::Issue); a client checks each request with them before
  # sending it (`validate: false` turns this off).
  module Validators
    extend Validation
    CUSTOMER_SESSIONS_CREATE_KEYS = keys("components", "customer", "customer_account", "expand")
    PAYMENT_METHOD_ALLOW_REDISPLAY_FILTERS = keys("always", "limited", "unspecified")
    PAYMENT_METHOD_REMOVE = keys("disabled", "enabled")
    PAYMENT_METHOD_SAVE_USAGE = keys("off_session", "on_session")
    CUSTOMERS_LIST_KEYS = keys("created", "email", "ending_before", "expand", "limit", "starting_after", "test_clock")
    CUSTOMERS_LIST_CREATED_EXPECTED = ["an object", "an integer"].freeze
    CUSTOMERS_CREATE_KEYS = keys(
      "address", "balance", "description", "email", "expand", "invoice_settings", "metadata", "name", "payment_method",
      "phone", "preferred_locales", "shipping", "tax_exempt", "test_clock"
    )
    CUSTOMERS_CREATE_ADDRESS_EXPECTED = ["an object", "\"\" (to unset)"].freeze
    EMPTY_STRING = keys("")
    PARAMS_INVOICE_SETTINGS_CUSTOM_FIELDS_EXPECTED = ["an array", "\"\" (to unset)"].freeze
    AMOUNT_TAX_DISPLAY = keys("", "exclude_tax", "include_inclusive_tax")
    TAX_EXEMPT = keys("", "exempt", "none", "reverse")
    CUSTOMERS_SEARCH_KEYS = keys("expand", "limit", "page", "query")
    CUSTOMERS_RETRIEVE_KEYS = keys("expand")
    CUSTOMERS_UPDATE_KEYS = keys(
      "address", "balance", "default_source", "description", "email", "expand", "invoice_settings", "metadata", "name",
      "phone", "preferred_locales", "shipping", "tax_exempt"
    )
    CUSTOMERS_DELETE_KEYS = keys()
    CUSTOMERS_PAYMENT_METHODS_LIST_KEYS = keys("ending_before", "expand", "limit", "starting_after", "type")
    TYPE = keys(
      "acss_debit", "bancontact", "card", "cashapp", "ideal", "klarna", "link", "paypal", "sepa_debit",
      "us_bank_account"
    )
    EVENTS_LIST_KEYS = keys(
      "created", "delivery_success", "ending_before", "expand", "limit", "starting_after", "type", "types"
    )
    PAYMENT_INTENTS_LIST_KEYS = keys("created", "customer", "ending_before", "expand", "limit", "starting_after")
    PAYMENT_INTENTS_CREATE_KEYS = keys(
      "amount", "automatic_payment_methods", "capture_method", "confirm", "confirmation_method", "currency", "customer",
      "description", "error_on_requires_action", "expand", "metadata", "off_session", "payment_method",
      "payment_method_types", "receipt_email", "return_url", "setup_future_usage", "shipping", "statement_descriptor",
      "statement_descriptor_suffix", "use_stripe_sdk"
    )
    ALLOW_REDIRECTS = keys("always", "never")
    CAPTURE_METHOD = keys("automatic", "automatic_async", "manual")
    CONFIRMATION_METHOD = keys("automatic", "manual")
    PAYMENT_INTENTS_CREATE_OFF_SESSION_EXPECTED = ["a boolean", "one of 'one_off', 'recurring'"].freeze
    OFF_SESSION = keys("one_off", "recurring")
    PAYMENT_INTENTS_RETRIEVE_KEYS = keys("client_secret", "expand")
    PAYMENT_INTENTS_UPDATE_KEYS = keys(
      "amount", "capture_method", "currency", "customer", "description", "expand", "metadata", "payment_method",
      "payment_method_types", "receipt_email", "setup_future_usage", "shipping", "statement_descriptor",
      "statement_descriptor_suffix"
    )
    PAYMENT_INTENTS_UPDATE_RECEIPT_EMAIL_EXPECTED = ["a string", "\"\" (to unset)"].freeze
    SETUP_FUTURE_USAGE = keys("", "off_session", "on_session")
    PAYMENT_INTENTS_CANCEL_KEYS = keys("cancellation_reason", "expand")
    CANCELLATION_REASON = keys("abandoned", "duplicate", "fraudulent", "requested_by_customer")
    PAYMENT_INTENTS_CONFIRM_KEYS = keys(
      "capture_method", "client_secret", "error_on_requires_action", "expand", "off_session", "payment_method",
      "payment_method_types", "receipt_email", "return_url", "setup_future_usage", "shipping", "use_stripe_sdk"
    )
    PAYMENT_METHODS_ATTACH_KEYS = keys("customer", "expand")
    SETUP_INTENTS_LIST_KEYS = keys(
      "attach_to_self", "created", "customer", "ending_before", "expand", "limit", "payment_method", "starting_after"
    )
    SETUP_INTENTS_CREATE_KEYS = keys(
      "attach_to_self", "automatic_payment_methods", "confirm", "customer", "description", "expand", "flow_directions",
      "metadata", "on_behalf_of", "payment_method", "payment_method_types", "return_url", "usage", "use_stripe_sdk"
    )
    FLOW_DIRECTIONS = keys("inbound", "outbound")
    SETUP_INTENTS_CONFIRM_KEYS = keys("client_secret", "expand", "payment_method", "return_url", "use_stripe_sdk")

    # The params of `PostCustomerSessions`: every issue found (none: valid).
    def self.customer_sessions_create(params)
      issues = []
      unknown_keys(params, [], CUSTOMER_SESSIONS_CREATE_KEYS, issues)
      item = fetch(params, "components", :components)
      if item.nil?
        issues << missing_issue([], "components")
      else
        check_customer_sessions_create_params_components(item, ["components"], issues)
      end
      item = fetch(params, "customer", :customer)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["customer"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["customer"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "customer_account", :customer_account)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["customer_account"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["customer_account"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "expand", :expand)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["expand"], "array", item)
        else
          item.each_with_index do |element2, index1|
            if !(element2.is_a?(::String) || element2.is_a?(::Symbol))
              issues << type_issue(["expand", index1], "string", element2)
            elsif element2.length > 5000
              issues << bound_issue(["expand", index1], "max_length", 5000, element2)
            end
          end
        end
      end
      issues
    end

    # The params of `GetCustomers`: every issue found (none: valid).
    def self.customers_list(params)
      issues = []
      unknown_keys(params, [], CUSTOMERS_LIST_KEYS, issues)
      item = fetch(params, "created", :created)
      if !item.nil?
        any_of_customers_list_created(item, ["created"], issues)
      end
      item = fetch(params, "email", :email)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["email"], "string", item)
        elsif item.length > 512
          issues << bound_issue(["email"], "max_length", 512, item)
        end
      end
      item = fetch(params, "ending_before", :ending_before)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["ending_before"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["ending_before"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "expand", :expand)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["expand"], "array", item)
        else
          item.each_with_index do |element2, index1|
            if !(element2.is_a?(::String) || element2.is_a?(::Symbol))
              issues << type_issue(["expand", index1], "string", element2)
            elsif element2.length > 5000
              issues << bound_issue(["expand", index1], "max_length", 5000, element2)
            end
          end
        end
      end
      item = fetch(params, "limit", :limit)
      if !item.nil? && (!item.is_a?(::Integer))
        issues << type_issue(["limit"], "integer", item)
      end
      item = fetch(params, "starting_after", :starting_after)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["starting_after"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["starting_after"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "test_clock", :test_clock)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["test_clock"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["test_clock"], "max_length", 5000, item)
        end
      end
      issues
    end

    # The params of `PostCustomers`: every issue found (none: valid).
    def self.customers_create(params)
      issues = []
      unknown_keys(params, [], CUSTOMERS_CREATE_KEYS, issues)
      item = fetch(params, "address", :address)
      if !item.nil?
        any_of_customers_create_address(item, ["address"], issues)
      end
      item = fetch(params, "balance", :balance)
      if !item.nil? && (!item.is_a?(::Integer))
        issues << type_issue(["balance"], "integer", item)
      end
      item = fetch(params, "description", :description)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["description"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["description"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "email", :email)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["email"], "string", item)
        elsif item.length > 512
          issues << bound_issue(["email"], "max_length", 512, item)
        end
      end
      item = fetch(params, "expand", :expand)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["expand"], "array", item)
        else
          item.each_with_index do |element2, index1|
            if !(element2.is_a?(::String) || element2.is_a?(::Symbol))
              issues << type_issue(["expand", index1], "string", element2)
            elsif element2.length > 5000
              issues << bound_issue(["expand", index1], "max_length", 5000, element2)
            end
          end
        end
      end
      item = fetch(params, "invoice_settings", :invoice_settings)
      if !item.nil?
        check_customers_create_params_invoice_settings(item, ["invoice_settings"], issues)
      end
      item = fetch(params, "metadata", :metadata)
      if !item.nil?
        any_of_customers_create_metadata(item, ["metadata"], issues)
      end
      item = fetch(params, "name", :name)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["name"], "string", item)
        elsif item.length > 256
          issues << bound_issue(["name"], "max_length", 256, item)
        end
      end
      item = fetch(params, "payment_method", :payment_method)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["payment_method"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["payment_method"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "phone", :phone)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["phone"], "string", item)
        elsif item.length > 20
          issues << bound_issue(["phone"], "max_length", 20, item)
        end
      end
      item = fetch(params, "preferred_locales", :preferred_locales)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["preferred_locales"], "array", item)
        else
          item.each_with_index do |element4, index3|
            if !(element4.is_a?(::String) || element4.is_a?(::Symbol))
              issues << type_issue(["preferred_locales", index3], "string", element4)
            elsif element4.length > 5000
              issues << bound_issue(["preferred_locales", index3], "max_length", 5000, element4)
            end
          end
        end
      end
      item = fetch(params, "shipping", :shipping)
      if !item.nil?
        any_of_customers_create_shipping(item, ["shipping"], issues)
      end
      item = fetch(params, "tax_exempt", :tax_exempt)
      if !item.nil? && (!TAX_EXEMPT.key?(item))
        issues << enum_issue(["tax_exempt"], TAX_EXEMPT.keys, item)
      end
      item = fetch(params, "test_clock", :test_clock)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["test_clock"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["test_clock"], "max_length", 5000, item)
        end
      end
      issues
    end

    # The params of `GetCustomersSearch`: every issue found (none: valid).
    def self.customers_search(params)
      issues = []
      unknown_keys(params, [], CUSTOMERS_SEARCH_KEYS, issues)
      item = fetch(params, "expand", :expand)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["expand"], "array", item)
        else
          item.each_with_index do |element2, index1|
            if !(element2.is_a?(::String) || element2.is_a?(::Symbol))
              issues << type_issue(["expand", index1], "string", element2)
            elsif element2.length > 5000
              issues << bound_issue(["expand", index1], "max_length", 5000, element2)
            end
          end
        end
      end
      item = fetch(params, "limit", :limit)
      if !item.nil? && (!item.is_a?(::Integer))
        issues << type_issue(["limit"], "integer", item)
      end
      item = fetch(params, "page", :page)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["page"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["page"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "query", :query)
      if item.nil?
        issues << missing_issue([], "query")
      elsif !(item.is_a?(::String) || item.is_a?(::Symbol))
        issues << type_issue(["query"], "string", item)
      elsif item.length > 5000
        issues << bound_issue(["query"], "max_length", 5000, item)
      end
      issues
    end

    # The params of `GetCustomersCustomer`: every issue found (none: valid).
    def self.customers_retrieve(params)
      issues = []
      unknown_keys(params, [], CUSTOMERS_RETRIEVE_KEYS, issues)
      item = fetch(params, "expand", :expand)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["expand"], "array", item)
        else
          item.each_with_index do |element2, index1|
            if !(element2.is_a?(::String) || element2.is_a?(::Symbol))
              issues << type_issue(["expand", index1], "string", element2)
            elsif element2.length > 5000
              issues << bound_issue(["expand", index1], "max_length", 5000, element2)
            end
          end
        end
      end
      issues
    end

    # The params of `PostCustomersCustomer`: every issue found (none: valid).
    def self.customers_update(params)
      issues = []
      unknown_keys(params, [], CUSTOMERS_UPDATE_KEYS, issues)
      item = fetch(params, "address", :address)
      if !item.nil?
        any_of_customers_update_address(item, ["address"], issues)
      end
      item = fetch(params, "balance", :balance)
      if !item.nil? && (!item.is_a?(::Integer))
        issues << type_issue(["balance"], "integer", item)
      end
      item = fetch(params, "default_source", :default_source)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["default_source"], "string", item)
        elsif item.length > 500
          issues << bound_issue(["default_source"], "max_length", 500, item)
        end
      end
      item = fetch(params, "description", :description)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["description"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["description"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "email", :email)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["email"], "string", item)
        elsif item.length > 512
          issues << bound_issue(["email"], "max_length", 512, item)
        end
      end
      item = fetch(params, "expand", :expand)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["expand"], "array", item)
        else
          item.each_with_index do |element2, index1|
            if !(element2.is_a?(::String) || element2.is_a?(::Symbol))
              issues << type_issue(["expand", index1], "string", element2)
            elsif element2.length > 5000
              issues << bound_issue(["expand", index1], "max_length", 5000, element2)
            end
          end
        end
      end
      item = fetch(params, "invoice_settings", :invoice_settings)
      if !item.nil?
        check_customers_update_params_invoice_settings(item, ["invoice_settings"], issues)
      end
      item = fetch(params, "metadata", :metadata)
      if !item.nil?
        any_of_customers_create_metadata(item, ["metadata"], issues)
      end
      item = fetch(params, "name", :name)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["name"], "string", item)
        elsif item.length > 256
          issues << bound_issue(["name"], "max_length", 256, item)
        end
      end
      item = fetch(params, "phone", :phone)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["phone"], "string", item)
        elsif item.length > 20
          issues << bound_issue(["phone"], "max_length", 20, item)
        end
      end
      item = fetch(params, "preferred_locales", :preferred_locales)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["preferred_locales"], "array", item)
        else
          item.each_with_index do |element4, index3|
            if !(element4.is_a?(::String) || element4.is_a?(::Symbol))
              issues << type_issue(["preferred_locales", index3], "string", element4)
            elsif element4.length > 5000
              issues << bound_issue(["preferred_locales", index3], "max_length", 5000, element4)
            end
          end
        end
      end
      item = fetch(params, "shipping", :shipping)
      if !item.nil?
        any_of_customers_update_shipping(item, ["shipping"], issues)
      end
      item = fetch(params, "tax_exempt", :tax_exempt)
      if !item.nil? && (!TAX_EXEMPT.key?(item))
        issues << enum_issue(["tax_exempt"], TAX_EXEMPT.keys, item)
      end
      issues
    end

    # The params of `DeleteCustomersCustomer`: every issue found (none: valid).
    def self.customers_delete(params)
      issues = []
      unknown_keys(params, [], CUSTOMERS_DELETE_KEYS, issues)
      issues
    end

    # The params of `GetCustomersCustomerPaymentMethods`: every issue found (none: valid).
    def self.customers_payment_methods_list(params)
      issues = []
      unknown_keys(params, [], CUSTOMERS_PAYMENT_METHODS_LIST_KEYS, issues)
      item = fetch(params, "ending_before", :ending_before)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["ending_before"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["ending_before"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "expand", :expand)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["expand"], "array", item)
        else
          item.each_with_index do |element2, index1|
            if !(element2.is_a?(::String) || element2.is_a?(::Symbol))
              issues << type_issue(["expand", index1], "string", element2)
            elsif element2.length > 5000
              issues << bound_issue(["expand", index1], "max_length", 5000, element2)
            end
          end
        end
      end
      item = fetch(params, "limit", :limit)
      if !item.nil? && (!item.is_a?(::Integer))
        issues << type_issue(["limit"], "integer", item)
      end
      item = fetch(params, "starting_after", :starting_after)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["starting_after"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["starting_after"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "type", :type)
      if !item.nil? && (!TYPE.key?(item))
        issues << enum_issue(["type"], TYPE.keys, item)
      end
      issues
    end

    # The params of `GetEvents`: every issue found (none: valid).
    def self.events_list(params)
      issues = []
      unknown_keys(params, [], EVENTS_LIST_KEYS, issues)
      item = fetch(params, "created", :created)
      if !item.nil?
        any_of_events_list_created(item, ["created"], issues)
      end
      item = fetch(params, "delivery_success", :delivery_success)
      if !item.nil? && (item != true && item != false)
        issues << type_issue(["delivery_success"], "boolean", item)
      end
      item = fetch(params, "ending_before", :ending_before)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["ending_before"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["ending_before"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "expand", :expand)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["expand"], "array", item)
        else
          item.each_with_index do |element2, index1|
            if !(element2.is_a?(::String) || element2.is_a?(::Symbol))
              issues << type_issue(["expand", index1], "string", element2)
            elsif element2.length > 5000
              issues << bound_issue(["expand", index1], "max_length", 5000, element2)
            end
          end
        end
      end
      item = fetch(params, "limit", :limit)
      if !item.nil? && (!item.is_a?(::Integer))
        issues << type_issue(["limit"], "integer", item)
      end
      item = fetch(params, "starting_after", :starting_after)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["starting_after"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["starting_after"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "type", :type)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["type"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["type"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "types", :types)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["types"], "array", item)
        else
          item.each_with_index do |element4, index3|
            if !(element4.is_a?(::String) || element4.is_a?(::Symbol))
              issues << type_issue(["types", index3], "string", element4)
            elsif element4.length > 5000
              issues << bound_issue(["types", index3], "max_length", 5000, element4)
            end
          end
        end
      end
      issues
    end

    # The params of `GetEventsId`: every issue found (none: valid).
    def self.events_retrieve(params)
      issues = []
      unknown_keys(params, [], CUSTOMERS_RETRIEVE_KEYS, issues)
      item = fetch(params, "expand", :expand)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["expand"], "array", item)
        else
          item.each_with_index do |element2, index1|
            if !(element2.is_a?(::String) || element2.is_a?(::Symbol))
              issues << type_issue(["expand", index1], "string", element2)
            elsif element2.length > 5000
              issues << bound_issue(["expand", index1], "max_length", 5000, element2)
            end
          end
        end
      end
      issues
    end

    # The params of `GetPaymentIntents`: every issue found (none: valid).
    def self.payment_intents_list(params)
      issues = []
      unknown_keys(params, [], PAYMENT_INTENTS_LIST_KEYS, issues)
      item = fetch(params, "created", :created)
      if !item.nil?
        any_of_payment_intents_list_created(item, ["created"], issues)
      end
      item = fetch(params, "customer", :customer)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["customer"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["customer"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "ending_before", :ending_before)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["ending_before"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["ending_before"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "expand", :expand)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["expand"], "array", item)
        else
          item.each_with_index do |element2, index1|
            if !(element2.is_a?(::String) || element2.is_a?(::Symbol))
              issues << type_issue(["expand", index1], "string", element2)
            elsif element2.length > 5000
              issues << bound_issue(["expand", index1], "max_length", 5000, element2)
            end
          end
        end
      end
      item = fetch(params, "limit", :limit)
      if !item.nil? && (!item.is_a?(::Integer))
        issues << type_issue(["limit"], "integer", item)
      end
      item = fetch(params, "starting_after", :starting_after)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["starting_after"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["starting_after"], "max_length", 5000, item)
        end
      end
      issues
    end

    # The params of `PostPaymentIntents`: every issue found (none: valid).
    def self.payment_intents_create(params)
      issues = []
      unknown_keys(params, [], PAYMENT_INTENTS_CREATE_KEYS, issues)
      item = fetch(params, "amount", :amount)
      if item.nil?
        issues << missing_issue([], "amount")
      elsif !item.is_a?(::Integer)
        issues << type_issue(["amount"], "integer", item)
      end
      item = fetch(params, "automatic_payment_methods", :automatic_payment_methods)
      if !item.nil?
        check_payment_intents_create_params_automatic_payment_methods(item, ["automatic_payment_methods"], issues)
      end
      item = fetch(params, "capture_method", :capture_method)
      if !item.nil? && (!CAPTURE_METHOD.key?(item))
        issues << enum_issue(["capture_method"], CAPTURE_METHOD.keys, item)
      end
      item = fetch(params, "confirm", :confirm)
      if !item.nil? && (item != true && item != false)
        issues << type_issue(["confirm"], "boolean", item)
      end
      item = fetch(params, "confirmation_method", :confirmation_method)
      if !item.nil? && (!CONFIRMATION_METHOD.key?(item))
        issues << enum_issue(["confirmation_method"], CONFIRMATION_METHOD.keys, item)
      end
      item = fetch(params, "currency", :currency)
      if item.nil?
        issues << missing_issue([], "currency")
      elsif !(item.is_a?(::String) || item.is_a?(::Symbol))
        issues << type_issue(["currency"], "string", item)
      end
      item = fetch(params, "customer", :customer)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["customer"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["customer"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "description", :description)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["description"], "string", item)
        elsif item.length > 1000
          issues << bound_issue(["description"], "max_length", 1000, item)
        end
      end
      item = fetch(params, "error_on_requires_action", :error_on_requires_action)
      if !item.nil? && (item != true && item != false)
        issues << type_issue(["error_on_requires_action"], "boolean", item)
      end
      item = fetch(params, "expand", :expand)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["expand"], "array", item)
        else
          item.each_with_index do |element2, index1|
            if !(element2.is_a?(::String) || element2.is_a?(::Symbol))
              issues << type_issue(["expand", index1], "string", element2)
            elsif element2.length > 5000
              issues << bound_issue(["expand", index1], "max_length", 5000, element2)
            end
          end
        end
      end
      item = fetch(params, "metadata", :metadata)
      if !item.nil?
        if !item.is_a?(::Hash)
          issues << type_issue(["metadata"], "object", item)
        else
          item.each do |key3, entry4|
            if !entry4.nil? && (!(entry4.is_a?(::String) || entry4.is_a?(::Symbol)))
              issues << type_issue(["metadata", key3.to_s], "string", entry4)
            end
          end
        end
      end
      item = fetch(params, "off_session", :off_session)
      if !item.nil?
        any_of_payment_intents_create_off_session(item, ["off_session"], issues)
      end
      item = fetch(params, "payment_method", :payment_method)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["payment_method"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["payment_method"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "payment_method_types", :payment_method_types)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["payment_method_types"], "array", item)
        else
          item.each_with_index do |element6, index5|
            if !(element6.is_a?(::String) || element6.is_a?(::Symbol))
              issues << type_issue(["payment_method_types", index5], "string", element6)
            elsif element6.length > 5000
              issues << bound_issue(["payment_method_types", index5], "max_length", 5000, element6)
            end
          end
        end
      end
      item = fetch(params, "receipt_email", :receipt_email)
      if !item.nil? && (!(item.is_a?(::String) || item.is_a?(::Symbol)))
        issues << type_issue(["receipt_email"], "string", item)
      end
      item = fetch(params, "return_url", :return_url)
      if !item.nil? && (!(item.is_a?(::String) || item.is_a?(::Symbol)))
        issues << type_issue(["return_url"], "string", item)
      end
      item = fetch(params, "setup_future_usage", :setup_future_usage)
      if !item.nil? && (!PAYMENT_METHOD_SAVE_USAGE.key?(item))
        issues << enum_issue(["setup_future_usage"], PAYMENT_METHOD_SAVE_USAGE.keys, item)
      end
      item = fetch(params, "shipping", :shipping)
      if !item.nil?
        check_payment_intents_create_params_shipping(item, ["shipping"], issues)
      end
      item = fetch(params, "statement_descriptor", :statement_descriptor)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["statement_descriptor"], "string", item)
        elsif item.length > 22
          issues << bound_issue(["statement_descriptor"], "max_length", 22, item)
        end
      end
      item = fetch(params, "statement_descriptor_suffix", :statement_descriptor_suffix)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["statement_descriptor_suffix"], "string", item)
        elsif item.length > 22
          issues << bound_issue(["statement_descriptor_suffix"], "max_length", 22, item)
        end
      end
      item = fetch(params, "use_stripe_sdk", :use_stripe_sdk)
      if !item.nil? && (item != true && item != false)
        issues << type_issue(["use_stripe_sdk"], "boolean", item)
      end
      issues
    end

    # The params of `GetPaymentIntentsIntent`: every issue found (none: valid).
    def self.payment_intents_retrieve(params)
      issues = []
      unknown_keys(params, [], PAYMENT_INTENTS_RETRIEVE_KEYS, issues)
      item = fetch(params, "client_secret", :client_secret)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["client_secret"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["client_secret"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "expand", :expand)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["expand"], "array", item)
        else
          item.each_with_index do |element2, index1|
            if !(element2.is_a?(::String) || element2.is_a?(::Symbol))
              issues << type_issue(["expand", index1], "string", element2)
            elsif element2.length > 5000
              issues << bound_issue(["expand", index1], "max_length", 5000, element2)
            end
          end
        end
      end
      issues
    end

    # The params of `PostPaymentIntentsIntent`: every issue found (none: valid).
    def self.payment_intents_update(params)
      issues = []
      unknown_keys(params, [], PAYMENT_INTENTS_UPDATE_KEYS, issues)
      item = fetch(params, "amount", :amount)
      if !item.nil? && (!item.is_a?(::Integer))
        issues << type_issue(["amount"], "integer", item)
      end
      item = fetch(params, "capture_method", :capture_method)
      if !item.nil? && (!CAPTURE_METHOD.key?(item))
        issues << enum_issue(["capture_method"], CAPTURE_METHOD.keys, item)
      end
      item = fetch(params, "currency", :currency)
      if !item.nil? && (!(item.is_a?(::String) || item.is_a?(::Symbol)))
        issues << type_issue(["currency"], "string", item)
      end
      item = fetch(params, "customer", :customer)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["customer"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["customer"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "description", :description)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["description"], "string", item)
        elsif item.length > 1000
          issues << bound_issue(["description"], "max_length", 1000, item)
        end
      end
      item = fetch(params, "expand", :expand)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["expand"], "array", item)
        else
          item.each_with_index do |element2, index1|
            if !(element2.is_a?(::String) || element2.is_a?(::Symbol))
              issues << type_issue(["expand", index1], "string", element2)
            elsif element2.length > 5000
              issues << bound_issue(["expand", index1], "max_length", 5000, element2)
            end
          end
        end
      end
      item = fetch(params, "metadata", :metadata)
      if !item.nil?
        any_of_customers_create_metadata(item, ["metadata"], issues)
      end
      item = fetch(params, "payment_method", :payment_method)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["payment_method"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["payment_method"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "payment_method_types", :payment_method_types)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["payment_method_types"], "array", item)
        else
          item.each_with_index do |element4, index3|
            if !(element4.is_a?(::String) || element4.is_a?(::Symbol))
              issues << type_issue(["payment_method_types", index3], "string", element4)
            elsif element4.length > 5000
              issues << bound_issue(["payment_method_types", index3], "max_length", 5000, element4)
            end
          end
        end
      end
      item = fetch(params, "receipt_email", :receipt_email)
      if !item.nil?
        any_of_payment_intents_update_receipt_email(item, ["receipt_email"], issues)
      end
      item = fetch(params, "setup_future_usage", :setup_future_usage)
      if !item.nil? && (!SETUP_FUTURE_USAGE.key?(item))
        issues << enum_issue(["setup_future_usage"], SETUP_FUTURE_USAGE.keys, item)
      end
      item = fetch(params, "shipping", :shipping)
      if !item.nil?
        any_of_payment_intents_update_shipping(item, ["shipping"], issues)
      end
      item = fetch(params, "statement_descriptor", :statement_descriptor)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["statement_descriptor"], "string", item)
        elsif item.length > 22
          issues << bound_issue(["statement_descriptor"], "max_length", 22, item)
        end
      end
      item = fetch(params, "statement_descriptor_suffix", :statement_descriptor_suffix)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["statement_descriptor_suffix"], "string", item)
        elsif item.length > 22
          issues << bound_issue(["statement_descriptor_suffix"], "max_length", 22, item)
        end
      end
      issues
    end

    # The params of `PostPaymentIntentsIntentCancel`: every issue found (none: valid).
    def self.payment_intents_cancel(params)
      issues = []
      unknown_keys(params, [], PAYMENT_INTENTS_CANCEL_KEYS, issues)
      item = fetch(params, "cancellation_reason", :cancellation_reason)
      if !item.nil? && (!CANCELLATION_REASON.key?(item))
        issues << enum_issue(["cancellation_reason"], CANCELLATION_REASON.keys, item)
      end
      item = fetch(params, "expand", :expand)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["expand"], "array", item)
        else
          item.each_with_index do |element2, index1|
            if !(element2.is_a?(::String) || element2.is_a?(::Symbol))
              issues << type_issue(["expand", index1], "string", element2)
            elsif element2.length > 5000
              issues << bound_issue(["expand", index1], "max_length", 5000, element2)
            end
          end
        end
      end
      issues
    end

    # The params of `PostPaymentIntentsIntentConfirm`: every issue found (none: valid).
    def self.payment_intents_confirm(params)
      issues = []
      unknown_keys(params, [], PAYMENT_INTENTS_CONFIRM_KEYS, issues)
      item = fetch(params, "capture_method", :capture_method)
      if !item.nil? && (!CAPTURE_METHOD.key?(item))
        issues << enum_issue(["capture_method"], CAPTURE_METHOD.keys, item)
      end
      item = fetch(params, "client_secret", :client_secret)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["client_secret"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["client_secret"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "error_on_requires_action", :error_on_requires_action)
      if !item.nil? && (item != true && item != false)
        issues << type_issue(["error_on_requires_action"], "boolean", item)
      end
      item = fetch(params, "expand", :expand)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["expand"], "array", item)
        else
          item.each_with_index do |element2, index1|
            if !(element2.is_a?(::String) || element2.is_a?(::Symbol))
              issues << type_issue(["expand", index1], "string", element2)
            elsif element2.length > 5000
              issues << bound_issue(["expand", index1], "max_length", 5000, element2)
            end
          end
        end
      end
      item = fetch(params, "off_session", :off_session)
      if !item.nil?
        any_of_payment_intents_confirm_off_session(item, ["off_session"], issues)
      end
      item = fetch(params, "payment_method", :payment_method)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["payment_method"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["payment_method"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "payment_method_types", :payment_method_types)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["payment_method_types"], "array", item)
        else
          item.each_with_index do |element4, index3|
            if !(element4.is_a?(::String) || element4.is_a?(::Symbol))
              issues << type_issue(["payment_method_types", index3], "string", element4)
            elsif element4.length > 5000
              issues << bound_issue(["payment_method_types", index3], "max_length", 5000, element4)
            end
          end
        end
      end
      item = fetch(params, "receipt_email", :receipt_email)
      if !item.nil?
        any_of_payment_intents_update_receipt_email(item, ["receipt_email"], issues)
      end
      item = fetch(params, "return_url", :return_url)
      if !item.nil? && (!(item.is_a?(::String) || item.is_a?(::Symbol)))
        issues << type_issue(["return_url"], "string", item)
      end
      item = fetch(params, "setup_future_usage", :setup_future_usage)
      if !item.nil? && (!SETUP_FUTURE_USAGE.key?(item))
        issues << enum_issue(["setup_future_usage"], SETUP_FUTURE_USAGE.keys, item)
      end
      item = fetch(params, "shipping", :shipping)
      if !item.nil?
        any_of_payment_intents_confirm_shipping(item, ["shipping"], issues)
      end
      item = fetch(params, "use_stripe_sdk", :use_stripe_sdk)
      if !item.nil? && (item != true && item != false)
        issues << type_issue(["use_stripe_sdk"], "boolean", item)
      end
      issues
    end

    # The params of `GetPaymentMethodsPaymentMethod`: every issue found (none: valid).
    def self.payment_methods_retrieve(params)
      issues = []
      unknown_keys(params, [], CUSTOMERS_RETRIEVE_KEYS, issues)
      item = fetch(params, "expand", :expand)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["expand"], "array", item)
        else
          item.each_with_index do |element2, index1|
            if !(element2.is_a?(::String) || element2.is_a?(::Symbol))
              issues << type_issue(["expand", index1], "string", element2)
            elsif element2.length > 5000
              issues << bound_issue(["expand", index1], "max_length", 5000, element2)
            end
          end
        end
      end
      issues
    end

    # The params of `PostPaymentMethodsPaymentMethodAttach`: every issue found (none: valid).
    def self.payment_methods_attach(params)
      issues = []
      unknown_keys(params, [], PAYMENT_METHODS_ATTACH_KEYS, issues)
      item = fetch(params, "customer", :customer)
      if item.nil?
        issues << missing_issue([], "customer")
      elsif !(item.is_a?(::String) || item.is_a?(::Symbol))
        issues << type_issue(["customer"], "string", item)
      elsif item.length > 5000
        issues << bound_issue(["customer"], "max_length", 5000, item)
      end
      item = fetch(params, "expand", :expand)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["expand"], "array", item)
        else
          item.each_with_index do |element2, index1|
            if !(element2.is_a?(::String) || element2.is_a?(::Symbol))
              issues << type_issue(["expand", index1], "string", element2)
            elsif element2.length > 5000
              issues << bound_issue(["expand", index1], "max_length", 5000, element2)
            end
          end
        end
      end
      issues
    end

    # The params of `PostPaymentMethodsPaymentMethodDetach`: every issue found (none: valid).
    def self.payment_methods_detach(params)
      issues = []
      unknown_keys(params, [], CUSTOMERS_RETRIEVE_KEYS, issues)
      item = fetch(params, "expand", :expand)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["expand"], "array", item)
        else
          item.each_with_index do |element2, index1|
            if !(element2.is_a?(::String) || element2.is_a?(::Symbol))
              issues << type_issue(["expand", index1], "string", element2)
            elsif element2.length > 5000
              issues << bound_issue(["expand", index1], "max_length", 5000, element2)
            end
          end
        end
      end
      issues
    end

    # The params of `GetSetupIntents`: every issue found (none: valid).
    def self.setup_intents_list(params)
      issues = []
      unknown_keys(params, [], SETUP_INTENTS_LIST_KEYS, issues)
      item = fetch(params, "attach_to_self", :attach_to_self)
      if !item.nil? && (item != true && item != false)
        issues << type_issue(["attach_to_self"], "boolean", item)
      end
      item = fetch(params, "created", :created)
      if !item.nil?
        any_of_setup_intents_list_created(item, ["created"], issues)
      end
      item = fetch(params, "customer", :customer)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["customer"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["customer"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "ending_before", :ending_before)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["ending_before"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["ending_before"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "expand", :expand)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["expand"], "array", item)
        else
          item.each_with_index do |element2, index1|
            if !(element2.is_a?(::String) || element2.is_a?(::Symbol))
              issues << type_issue(["expand", index1], "string", element2)
            elsif element2.length > 5000
              issues << bound_issue(["expand", index1], "max_length", 5000, element2)
            end
          end
        end
      end
      item = fetch(params, "limit", :limit)
      if !item.nil? && (!item.is_a?(::Integer))
        issues << type_issue(["limit"], "integer", item)
      end
      item = fetch(params, "payment_method", :payment_method)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["payment_method"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["payment_method"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "starting_after", :starting_after)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["starting_after"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["starting_after"], "max_length", 5000, item)
        end
      end
      issues
    end

    # The params of `PostSetupIntents`: every issue found (none: valid).
    def self.setup_intents_create(params)
      issues = []
      unknown_keys(params, [], SETUP_INTENTS_CREATE_KEYS, issues)
      item = fetch(params, "attach_to_self", :attach_to_self)
      if !item.nil? && (item != true && item != false)
        issues << type_issue(["attach_to_self"], "boolean", item)
      end
      item = fetch(params, "automatic_payment_methods", :automatic_payment_methods)
      if !item.nil?
        check_setup_intents_create_params_automatic_payment_methods(item, ["automatic_payment_methods"], issues)
      end
      item = fetch(params, "confirm", :confirm)
      if !item.nil? && (item != true && item != false)
        issues << type_issue(["confirm"], "boolean", item)
      end
      item = fetch(params, "customer", :customer)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["customer"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["customer"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "description", :description)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["description"], "string", item)
        elsif item.length > 1000
          issues << bound_issue(["description"], "max_length", 1000, item)
        end
      end
      item = fetch(params, "expand", :expand)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["expand"], "array", item)
        else
          item.each_with_index do |element2, index1|
            if !(element2.is_a?(::String) || element2.is_a?(::Symbol))
              issues << type_issue(["expand", index1], "string", element2)
            elsif element2.length > 5000
              issues << bound_issue(["expand", index1], "max_length", 5000, element2)
            end
          end
        end
      end
      item = fetch(params, "flow_directions", :flow_directions)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["flow_directions"], "array", item)
        else
          item.each_with_index do |element4, index3|
            if !FLOW_DIRECTIONS.key?(element4)
              issues << enum_issue(["flow_directions", index3], FLOW_DIRECTIONS.keys, element4)
            end
          end
        end
      end
      item = fetch(params, "metadata", :metadata)
      if !item.nil?
        if !item.is_a?(::Hash)
          issues << type_issue(["metadata"], "object", item)
        else
          item.each do |key5, entry6|
            if !entry6.nil? && (!(entry6.is_a?(::String) || entry6.is_a?(::Symbol)))
              issues << type_issue(["metadata", key5.to_s], "string", entry6)
            end
          end
        end
      end
      item = fetch(params, "on_behalf_of", :on_behalf_of)
      if !item.nil? && (!(item.is_a?(::String) || item.is_a?(::Symbol)))
        issues << type_issue(["on_behalf_of"], "string", item)
      end
      item = fetch(params, "payment_method", :payment_method)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["payment_method"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["payment_method"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "payment_method_types", :payment_method_types)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["payment_method_types"], "array", item)
        else
          item.each_with_index do |element8, index7|
            if !(element8.is_a?(::String) || element8.is_a?(::Symbol))
              issues << type_issue(["payment_method_types", index7], "string", element8)
            elsif element8.length > 5000
              issues << bound_issue(["payment_method_types", index7], "max_length", 5000, element8)
            end
          end
        end
      end
      item = fetch(params, "return_url", :return_url)
      if !item.nil? && (!(item.is_a?(::String) || item.is_a?(::Symbol)))
        issues << type_issue(["return_url"], "string", item)
      end
      item = fetch(params, "usage", :usage)
      if !item.nil? && (!PAYMENT_METHOD_SAVE_USAGE.key?(item))
        issues << enum_issue(["usage"], PAYMENT_METHOD_SAVE_USAGE.keys, item)
      end
      item = fetch(params, "use_stripe_sdk", :use_stripe_sdk)
      if !item.nil? && (item != true && item != false)
        issues << type_issue(["use_stripe_sdk"], "boolean", item)
      end
      issues
    end

    # The params of `GetSetupIntentsIntent`: every issue found (none: valid).
    def self.setup_intents_retrieve(params)
      issues = []
      unknown_keys(params, [], PAYMENT_INTENTS_RETRIEVE_KEYS, issues)
      item = fetch(params, "client_secret", :client_secret)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["client_secret"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["client_secret"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "expand", :expand)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["expand"], "array", item)
        else
          item.each_with_index do |element2, index1|
            if !(element2.is_a?(::String) || element2.is_a?(::Symbol))
              issues << type_issue(["expand", index1], "string", element2)
            elsif element2.length > 5000
              issues << bound_issue(["expand", index1], "max_length", 5000, element2)
            end
          end
        end
      end
      issues
    end

    # The params of `PostSetupIntentsIntentConfirm`: every issue found (none: valid).
    def self.setup_intents_confirm(params)
      issues = []
      unknown_keys(params, [], SETUP_INTENTS_CONFIRM_KEYS, issues)
      item = fetch(params, "client_secret", :client_secret)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["client_secret"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["client_secret"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "expand", :expand)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue(["expand"], "array", item)
        else
          item.each_with_index do |element2, index1|
            if !(element2.is_a?(::String) || element2.is_a?(::Symbol))
              issues << type_issue(["expand", index1], "string", element2)
            elsif element2.length > 5000
              issues << bound_issue(["expand", index1], "max_length", 5000, element2)
            end
          end
        end
      end
      item = fetch(params, "payment_method", :payment_method)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue(["payment_method"], "string", item)
        elsif item.length > 5000
          issues << bound_issue(["payment_method"], "max_length", 5000, item)
        end
      end
      item = fetch(params, "return_url", :return_url)
      if !item.nil? && (!(item.is_a?(::String) || item.is_a?(::Symbol)))
        issues << type_issue(["return_url"], "string", item)
      end
      item = fetch(params, "use_stripe_sdk", :use_stripe_sdk)
      if !item.nil? && (item != true && item != false)
        issues << type_issue(["use_stripe_sdk"], "boolean", item)
      end
      issues
    end

    # Checks an object of schema `customer_sessions.create.params.components.active_entitlements` in request params.
    def self.check_customer_sessions_create_params_components_active_entitlements(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "enabled", :enabled)
      if item.nil?
        issues << missing_issue(path, "enabled")
      elsif item != true && item != false
        issues << type_issue([*path, "enabled"], "boolean", item)
      end
    end

    # Checks an object of schema `customer_sessions.create.params.components.buy_button` in request params.
    def self.check_customer_sessions_create_params_components_buy_button(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "enabled", :enabled)
      if item.nil?
        issues << missing_issue(path, "enabled")
      elsif item != true && item != false
        issues << type_issue([*path, "enabled"], "boolean", item)
      end
    end

    # Checks an object of schema `customer_sessions.create.params.components.customer_portal` in request params.
    def self.check_customer_sessions_create_params_components_customer_portal(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "enabled", :enabled)
      if item.nil?
        issues << missing_issue(path, "enabled")
      elsif item != true && item != false
        issues << type_issue([*path, "enabled"], "boolean", item)
      end
    end

    # Checks an object of schema `customer_sessions.create.params.components.customer_sheet.features` in request params.
    def self.check_customer_sessions_create_params_components_customer_sheet_features(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "payment_method_allow_redisplay_filters", :payment_method_allow_redisplay_filters)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue([*path, "payment_method_allow_redisplay_filters"], "array", item)
        else
          item.each_with_index do |element2, index1|
            if !PAYMENT_METHOD_ALLOW_REDISPLAY_FILTERS.key?(element2)
              issues << enum_issue([*path, "payment_method_allow_redisplay_filters", index1], PAYMENT_METHOD_ALLOW_REDISPLAY_FILTERS.keys, element2)
            end
          end
        end
      end
      item = fetch(value, "payment_method_remove", :payment_method_remove)
      if !item.nil? && (!PAYMENT_METHOD_REMOVE.key?(item))
        issues << enum_issue([*path, "payment_method_remove"], PAYMENT_METHOD_REMOVE.keys, item)
      end
    end

    # Checks an object of schema `customer_sessions.create.params.components.customer_sheet` in request params.
    def self.check_customer_sessions_create_params_components_customer_sheet(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "enabled", :enabled)
      if item.nil?
        issues << missing_issue(path, "enabled")
      elsif item != true && item != false
        issues << type_issue([*path, "enabled"], "boolean", item)
      end
      item = fetch(value, "features", :features)
      if !item.nil?
        check_customer_sessions_create_params_components_customer_sheet_features(item, [*path, "features"], issues)
      end
    end

    # Checks an object of schema `customer_sessions.create.params.components.mobile_payment_element.features` in request params.
    def self.check_customer_sessions_create_params_components_mobile_payment_element_features(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "payment_method_allow_redisplay_filters", :payment_method_allow_redisplay_filters)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue([*path, "payment_method_allow_redisplay_filters"], "array", item)
        else
          item.each_with_index do |element2, index1|
            if !PAYMENT_METHOD_ALLOW_REDISPLAY_FILTERS.key?(element2)
              issues << enum_issue([*path, "payment_method_allow_redisplay_filters", index1], PAYMENT_METHOD_ALLOW_REDISPLAY_FILTERS.keys, element2)
            end
          end
        end
      end
      item = fetch(value, "payment_method_redisplay", :payment_method_redisplay)
      if !item.nil? && (!PAYMENT_METHOD_REMOVE.key?(item))
        issues << enum_issue([*path, "payment_method_redisplay"], PAYMENT_METHOD_REMOVE.keys, item)
      end
      item = fetch(value, "payment_method_remove", :payment_method_remove)
      if !item.nil? && (!PAYMENT_METHOD_REMOVE.key?(item))
        issues << enum_issue([*path, "payment_method_remove"], PAYMENT_METHOD_REMOVE.keys, item)
      end
      item = fetch(value, "payment_method_save", :payment_method_save)
      if !item.nil? && (!PAYMENT_METHOD_REMOVE.key?(item))
        issues << enum_issue([*path, "payment_method_save"], PAYMENT_METHOD_REMOVE.keys, item)
      end
      item = fetch(value, "payment_method_save_allow_redisplay_override", :payment_method_save_allow_redisplay_override)
      if !item.nil? && (!PAYMENT_METHOD_ALLOW_REDISPLAY_FILTERS.key?(item))
        issues << enum_issue([*path, "payment_method_save_allow_redisplay_override"], PAYMENT_METHOD_ALLOW_REDISPLAY_FILTERS.keys, item)
      end
    end

    # Checks an object of schema `customer_sessions.create.params.components.mobile_payment_element` in request params.
    def self.check_customer_sessions_create_params_components_mobile_payment_element(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "enabled", :enabled)
      if item.nil?
        issues << missing_issue(path, "enabled")
      elsif item != true && item != false
        issues << type_issue([*path, "enabled"], "boolean", item)
      end
      item = fetch(value, "features", :features)
      if !item.nil?
        check_customer_sessions_create_params_components_mobile_payment_element_features(item, [*path, "features"], issues)
      end
    end

    # Checks an object of schema `customer_sessions.create.params.components.payment_element.features` in request params.
    def self.check_customer_sessions_create_params_components_payment_element_features(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "payment_method_allow_redisplay_filters", :payment_method_allow_redisplay_filters)
      if !item.nil?
        if !item.is_a?(::Array)
          issues << type_issue([*path, "payment_method_allow_redisplay_filters"], "array", item)
        else
          item.each_with_index do |element2, index1|
            if !PAYMENT_METHOD_ALLOW_REDISPLAY_FILTERS.key?(element2)
              issues << enum_issue([*path, "payment_method_allow_redisplay_filters", index1], PAYMENT_METHOD_ALLOW_REDISPLAY_FILTERS.keys, element2)
            end
          end
        end
      end
      item = fetch(value, "payment_method_redisplay", :payment_method_redisplay)
      if !item.nil? && (!PAYMENT_METHOD_REMOVE.key?(item))
        issues << enum_issue([*path, "payment_method_redisplay"], PAYMENT_METHOD_REMOVE.keys, item)
      end
      item = fetch(value, "payment_method_redisplay_limit", :payment_method_redisplay_limit)
      if !item.nil?
        if !item.is_a?(::Integer)
          issues << type_issue([*path, "payment_method_redisplay_limit"], "integer", item)
        elsif item < 1
          issues << bound_issue([*path, "payment_method_redisplay_limit"], "minimum", 1, item)
        elsif item > 10
          issues << bound_issue([*path, "payment_method_redisplay_limit"], "maximum", 10, item)
        end
      end
      item = fetch(value, "payment_method_remove", :payment_method_remove)
      if !item.nil? && (!PAYMENT_METHOD_REMOVE.key?(item))
        issues << enum_issue([*path, "payment_method_remove"], PAYMENT_METHOD_REMOVE.keys, item)
      end
      item = fetch(value, "payment_method_save", :payment_method_save)
      if !item.nil? && (!PAYMENT_METHOD_REMOVE.key?(item))
        issues << enum_issue([*path, "payment_method_save"], PAYMENT_METHOD_REMOVE.keys, item)
      end
      item = fetch(value, "payment_method_save_usage", :payment_method_save_usage)
      if !item.nil? && (!PAYMENT_METHOD_SAVE_USAGE.key?(item))
        issues << enum_issue([*path, "payment_method_save_usage"], PAYMENT_METHOD_SAVE_USAGE.keys, item)
      end
    end

    # Checks an object of schema `customer_sessions.create.params.components.payment_element` in request params.
    def self.check_customer_sessions_create_params_components_payment_element(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "enabled", :enabled)
      if item.nil?
        issues << missing_issue(path, "enabled")
      elsif item != true && item != false
        issues << type_issue([*path, "enabled"], "boolean", item)
      end
      item = fetch(value, "features", :features)
      if !item.nil?
        check_customer_sessions_create_params_components_payment_element_features(item, [*path, "features"], issues)
      end
    end

    # Checks an object of schema `customer_sessions.create.params.components.pricing_table` in request params.
    def self.check_customer_sessions_create_params_components_pricing_table(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "enabled", :enabled)
      if item.nil?
        issues << missing_issue(path, "enabled")
      elsif item != true && item != false
        issues << type_issue([*path, "enabled"], "boolean", item)
      end
    end

    # Checks an object of schema `customer_sessions.create.params.components` in request params.
    def self.check_customer_sessions_create_params_components(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "active_entitlements", :active_entitlements)
      if !item.nil?
        check_customer_sessions_create_params_components_active_entitlements(item, [*path, "active_entitlements"], issues)
      end
      item = fetch(value, "buy_button", :buy_button)
      if !item.nil?
        check_customer_sessions_create_params_components_buy_button(item, [*path, "buy_button"], issues)
      end
      item = fetch(value, "customer_portal", :customer_portal)
      if !item.nil?
        check_customer_sessions_create_params_components_customer_portal(item, [*path, "customer_portal"], issues)
      end
      item = fetch(value, "customer_sheet", :customer_sheet)
      if !item.nil?
        check_customer_sessions_create_params_components_customer_sheet(item, [*path, "customer_sheet"], issues)
      end
      item = fetch(value, "mobile_payment_element", :mobile_payment_element)
      if !item.nil?
        check_customer_sessions_create_params_components_mobile_payment_element(item, [*path, "mobile_payment_element"], issues)
      end
      item = fetch(value, "payment_element", :payment_element)
      if !item.nil?
        check_customer_sessions_create_params_components_payment_element(item, [*path, "payment_element"], issues)
      end
      item = fetch(value, "pricing_table", :pricing_table)
      if !item.nil?
        check_customer_sessions_create_params_components_pricing_table(item, [*path, "pricing_table"], issues)
      end
    end

    # Checks an object of schema `customers.list.params.created` in request params.
    def self.check_customers_list_params_created(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "gt", :gt)
      if !item.nil? && (!item.is_a?(::Integer))
        issues << type_issue([*path, "gt"], "integer", item)
      end
      item = fetch(value, "gte", :gte)
      if !item.nil? && (!item.is_a?(::Integer))
        issues << type_issue([*path, "gte"], "integer", item)
      end
      item = fetch(value, "lt", :lt)
      if !item.nil? && (!item.is_a?(::Integer))
        issues << type_issue([*path, "lt"], "integer", item)
      end
      item = fetch(value, "lte", :lte)
      if !item.nil? && (!item.is_a?(::Integer))
        issues << type_issue([*path, "lte"], "integer", item)
      end
    end

    # Any of: an object or an integer.
    def self.any_of_customers_list_created(value, path, issues)
      branches = []
      if value.is_a?(::Hash)
        branch = []
        check_customers_list_params_created(value, path, branch)
        return if branch.empty?

        branches << branch
      end
      if value.is_a?(::Integer)
        branch = []
        if !value.is_a?(::Integer)
          branch << type_issue(path, "integer", value)
        end
        return if branch.empty?

        branches << branch
      end
      issues.concat(best_branch(path, value, branches, CUSTOMERS_LIST_CREATED_EXPECTED))
    end

    # Checks an object of schema `customers.create.params.address` in request params.
    def self.check_customers_create_params_address(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "city", :city)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "city"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "city"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "country", :country)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "country"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "country"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "line1", :line1)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "line1"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "line1"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "line2", :line2)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "line2"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "line2"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "postal_code", :postal_code)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "postal_code"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "postal_code"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "state", :state)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "state"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "state"], "max_length", 5000, item)
        end
      end
    end

    # Any of: an object or "" (to unset).
    def self.any_of_customers_create_address(value, path, issues)
      branches = []
      if value.is_a?(::Hash)
        branch = []
        check_customers_create_params_address(value, path, branch)
        return if branch.empty?

        branches << branch
      end
      if (value.is_a?(::String) || value.is_a?(::Symbol))
        branch = []
        if !EMPTY_STRING.key?(value)
          branch << enum_issue(path, EMPTY_STRING.keys, value)
        end
        return if branch.empty?

        branches << branch
      end
      issues.concat(best_branch(path, value, branches, CUSTOMERS_CREATE_ADDRESS_EXPECTED))
    end

    # Checks an object of schema `customers.create.params.invoice_settings.custom_fields` in request params.
    def self.check_customers_create_params_invoice_settings_custom_fields(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "name", :name)
      if item.nil?
        issues << missing_issue(path, "name")
      elsif !(item.is_a?(::String) || item.is_a?(::Symbol))
        issues << type_issue([*path, "name"], "string", item)
      elsif item.length > 30
        issues << bound_issue([*path, "name"], "max_length", 30, item)
      end
      item = fetch(value, "value", :value)
      if item.nil?
        issues << missing_issue(path, "value")
      elsif !(item.is_a?(::String) || item.is_a?(::Symbol))
        issues << type_issue([*path, "value"], "string", item)
      elsif item.length > 30
        issues << bound_issue([*path, "value"], "max_length", 30, item)
      end
    end

    # Any of: an array or "" (to unset).
    def self.any_of_params_invoice_settings_custom_fields(value, path, issues)
      branches = []
      if value.is_a?(::Array)
        branch = []
        if !value.is_a?(::Array)
          branch << type_issue(path, "array", value)
        else
          value.each_with_index do |element2, index1|
            check_customers_create_params_invoice_settings_custom_fields(element2, [*path, index1], branch)
          end
        end
        return if branch.empty?

        branches << branch
      end
      if (value.is_a?(::String) || value.is_a?(::Symbol))
        branch = []
        if !EMPTY_STRING.key?(value)
          branch << enum_issue(path, EMPTY_STRING.keys, value)
        end
        return if branch.empty?

        branches << branch
      end
      issues.concat(best_branch(path, value, branches, PARAMS_INVOICE_SETTINGS_CUSTOM_FIELDS_EXPECTED))
    end

    # Checks an object of schema `customers.create.params.invoice_settings.rendering_options` in request params.
    def self.check_customers_create_params_invoice_settings_rendering_options(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "amount_tax_display", :amount_tax_display)
      if !item.nil? && (!AMOUNT_TAX_DISPLAY.key?(item))
        issues << enum_issue([*path, "amount_tax_display"], AMOUNT_TAX_DISPLAY.keys, item)
      end
    end

    # Any of: an object or "" (to unset).
    def self.any_of_params_invoice_settings_rendering_options(value, path, issues)
      branches = []
      if value.is_a?(::Hash)
        branch = []
        check_customers_create_params_invoice_settings_rendering_options(value, path, branch)
        return if branch.empty?

        branches << branch
      end
      if (value.is_a?(::String) || value.is_a?(::Symbol))
        branch = []
        if !EMPTY_STRING.key?(value)
          branch << enum_issue(path, EMPTY_STRING.keys, value)
        end
        return if branch.empty?

        branches << branch
      end
      issues.concat(best_branch(path, value, branches, CUSTOMERS_CREATE_ADDRESS_EXPECTED))
    end

    # Checks an object of schema `customers.create.params.invoice_settings` in request params.
    def self.check_customers_create_params_invoice_settings(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "custom_fields", :custom_fields)
      if !item.nil?
        any_of_params_invoice_settings_custom_fields(item, [*path, "custom_fields"], issues)
      end
      item = fetch(value, "default_payment_method", :default_payment_method)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "default_payment_method"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "default_payment_method"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "footer", :footer)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "footer"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "footer"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "rendering_options", :rendering_options)
      if !item.nil?
        any_of_params_invoice_settings_rendering_options(item, [*path, "rendering_options"], issues)
      end
    end

    # Any of: an object or "" (to unset).
    def self.any_of_customers_create_metadata(value, path, issues)
      branches = []
      if value.is_a?(::Hash)
        branch = []
        if !value.is_a?(::Hash)
          branch << type_issue(path, "object", value)
        else
          value.each do |key1, entry2|
            if !entry2.nil? && (!(entry2.is_a?(::String) || entry2.is_a?(::Symbol)))
              branch << type_issue([*path, key1.to_s], "string", entry2)
            end
          end
        end
        return if branch.empty?

        branches << branch
      end
      if (value.is_a?(::String) || value.is_a?(::Symbol))
        branch = []
        if !EMPTY_STRING.key?(value)
          branch << enum_issue(path, EMPTY_STRING.keys, value)
        end
        return if branch.empty?

        branches << branch
      end
      issues.concat(best_branch(path, value, branches, CUSTOMERS_CREATE_ADDRESS_EXPECTED))
    end

    # Checks an object of schema `customers.create.params.shipping.address` in request params.
    def self.check_customers_create_params_shipping_address(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "city", :city)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "city"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "city"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "country", :country)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "country"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "country"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "line1", :line1)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "line1"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "line1"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "line2", :line2)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "line2"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "line2"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "postal_code", :postal_code)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "postal_code"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "postal_code"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "state", :state)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "state"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "state"], "max_length", 5000, item)
        end
      end
    end

    # Checks an object of schema `customers.create.params.shipping` in request params.
    def self.check_customers_create_params_shipping(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "address", :address)
      if item.nil?
        issues << missing_issue(path, "address")
      else
        check_customers_create_params_shipping_address(item, [*path, "address"], issues)
      end
      item = fetch(value, "name", :name)
      if item.nil?
        issues << missing_issue(path, "name")
      elsif !(item.is_a?(::String) || item.is_a?(::Symbol))
        issues << type_issue([*path, "name"], "string", item)
      elsif item.length > 5000
        issues << bound_issue([*path, "name"], "max_length", 5000, item)
      end
      item = fetch(value, "phone", :phone)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "phone"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "phone"], "max_length", 5000, item)
        end
      end
    end

    # Any of: an object or "" (to unset).
    def self.any_of_customers_create_shipping(value, path, issues)
      branches = []
      if value.is_a?(::Hash)
        branch = []
        check_customers_create_params_shipping(value, path, branch)
        return if branch.empty?

        branches << branch
      end
      if (value.is_a?(::String) || value.is_a?(::Symbol))
        branch = []
        if !EMPTY_STRING.key?(value)
          branch << enum_issue(path, EMPTY_STRING.keys, value)
        end
        return if branch.empty?

        branches << branch
      end
      issues.concat(best_branch(path, value, branches, CUSTOMERS_CREATE_ADDRESS_EXPECTED))
    end

    # Checks an object of schema `customers.update.params.address` in request params.
    def self.check_customers_update_params_address(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "city", :city)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "city"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "city"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "country", :country)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "country"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "country"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "line1", :line1)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "line1"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "line1"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "line2", :line2)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "line2"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "line2"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "postal_code", :postal_code)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "postal_code"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "postal_code"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "state", :state)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "state"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "state"], "max_length", 5000, item)
        end
      end
    end

    # Any of: an object or "" (to unset).
    def self.any_of_customers_update_address(value, path, issues)
      branches = []
      if value.is_a?(::Hash)
        branch = []
        check_customers_update_params_address(value, path, branch)
        return if branch.empty?

        branches << branch
      end
      if (value.is_a?(::String) || value.is_a?(::Symbol))
        branch = []
        if !EMPTY_STRING.key?(value)
          branch << enum_issue(path, EMPTY_STRING.keys, value)
        end
        return if branch.empty?

        branches << branch
      end
      issues.concat(best_branch(path, value, branches, CUSTOMERS_CREATE_ADDRESS_EXPECTED))
    end

    # Checks an object of schema `customers.update.params.invoice_settings.custom_fields` in request params.
    def self.check_customers_update_params_invoice_settings_custom_fields(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "name", :name)
      if item.nil?
        issues << missing_issue(path, "name")
      elsif !(item.is_a?(::String) || item.is_a?(::Symbol))
        issues << type_issue([*path, "name"], "string", item)
      elsif item.length > 30
        issues << bound_issue([*path, "name"], "max_length", 30, item)
      end
      item = fetch(value, "value", :value)
      if item.nil?
        issues << missing_issue(path, "value")
      elsif !(item.is_a?(::String) || item.is_a?(::Symbol))
        issues << type_issue([*path, "value"], "string", item)
      elsif item.length > 30
        issues << bound_issue([*path, "value"], "max_length", 30, item)
      end
    end

    # Any of: an array or "" (to unset).
    def self.any_of_params_invoice_settings_custom_fields_2(value, path, issues)
      branches = []
      if value.is_a?(::Array)
        branch = []
        if !value.is_a?(::Array)
          branch << type_issue(path, "array", value)
        else
          value.each_with_index do |element2, index1|
            check_customers_update_params_invoice_settings_custom_fields(element2, [*path, index1], branch)
          end
        end
        return if branch.empty?

        branches << branch
      end
      if (value.is_a?(::String) || value.is_a?(::Symbol))
        branch = []
        if !EMPTY_STRING.key?(value)
          branch << enum_issue(path, EMPTY_STRING.keys, value)
        end
        return if branch.empty?

        branches << branch
      end
      issues.concat(best_branch(path, value, branches, PARAMS_INVOICE_SETTINGS_CUSTOM_FIELDS_EXPECTED))
    end

    # Checks an object of schema `customers.update.params.invoice_settings.rendering_options` in request params.
    def self.check_customers_update_params_invoice_settings_rendering_options(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "amount_tax_display", :amount_tax_display)
      if !item.nil? && (!AMOUNT_TAX_DISPLAY.key?(item))
        issues << enum_issue([*path, "amount_tax_display"], AMOUNT_TAX_DISPLAY.keys, item)
      end
    end

    # Any of: an object or "" (to unset).
    def self.any_of_params_invoice_settings_rendering_options_2(value, path, issues)
      branches = []
      if value.is_a?(::Hash)
        branch = []
        check_customers_update_params_invoice_settings_rendering_options(value, path, branch)
        return if branch.empty?

        branches << branch
      end
      if (value.is_a?(::String) || value.is_a?(::Symbol))
        branch = []
        if !EMPTY_STRING.key?(value)
          branch << enum_issue(path, EMPTY_STRING.keys, value)
        end
        return if branch.empty?

        branches << branch
      end
      issues.concat(best_branch(path, value, branches, CUSTOMERS_CREATE_ADDRESS_EXPECTED))
    end

    # Checks an object of schema `customers.update.params.invoice_settings` in request params.
    def self.check_customers_update_params_invoice_settings(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "custom_fields", :custom_fields)
      if !item.nil?
        any_of_params_invoice_settings_custom_fields_2(item, [*path, "custom_fields"], issues)
      end
      item = fetch(value, "default_payment_method", :default_payment_method)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "default_payment_method"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "default_payment_method"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "footer", :footer)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "footer"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "footer"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "rendering_options", :rendering_options)
      if !item.nil?
        any_of_params_invoice_settings_rendering_options_2(item, [*path, "rendering_options"], issues)
      end
    end

    # Checks an object of schema `customers.update.params.shipping.address` in request params.
    def self.check_customers_update_params_shipping_address(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "city", :city)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "city"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "city"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "country", :country)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "country"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "country"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "line1", :line1)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "line1"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "line1"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "line2", :line2)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "line2"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "line2"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "postal_code", :postal_code)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "postal_code"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "postal_code"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "state", :state)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "state"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "state"], "max_length", 5000, item)
        end
      end
    end

    # Checks an object of schema `customers.update.params.shipping` in request params.
    def self.check_customers_update_params_shipping(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "address", :address)
      if item.nil?
        issues << missing_issue(path, "address")
      else
        check_customers_update_params_shipping_address(item, [*path, "address"], issues)
      end
      item = fetch(value, "name", :name)
      if item.nil?
        issues << missing_issue(path, "name")
      elsif !(item.is_a?(::String) || item.is_a?(::Symbol))
        issues << type_issue([*path, "name"], "string", item)
      elsif item.length > 5000
        issues << bound_issue([*path, "name"], "max_length", 5000, item)
      end
      item = fetch(value, "phone", :phone)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "phone"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "phone"], "max_length", 5000, item)
        end
      end
    end

    # Any of: an object or "" (to unset).
    def self.any_of_customers_update_shipping(value, path, issues)
      branches = []
      if value.is_a?(::Hash)
        branch = []
        check_customers_update_params_shipping(value, path, branch)
        return if branch.empty?

        branches << branch
      end
      if (value.is_a?(::String) || value.is_a?(::Symbol))
        branch = []
        if !EMPTY_STRING.key?(value)
          branch << enum_issue(path, EMPTY_STRING.keys, value)
        end
        return if branch.empty?

        branches << branch
      end
      issues.concat(best_branch(path, value, branches, CUSTOMERS_CREATE_ADDRESS_EXPECTED))
    end

    # Checks an object of schema `events.list.params.created` in request params.
    def self.check_events_list_params_created(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "gt", :gt)
      if !item.nil? && (!item.is_a?(::Integer))
        issues << type_issue([*path, "gt"], "integer", item)
      end
      item = fetch(value, "gte", :gte)
      if !item.nil? && (!item.is_a?(::Integer))
        issues << type_issue([*path, "gte"], "integer", item)
      end
      item = fetch(value, "lt", :lt)
      if !item.nil? && (!item.is_a?(::Integer))
        issues << type_issue([*path, "lt"], "integer", item)
      end
      item = fetch(value, "lte", :lte)
      if !item.nil? && (!item.is_a?(::Integer))
        issues << type_issue([*path, "lte"], "integer", item)
      end
    end

    # Any of: an object or an integer.
    def self.any_of_events_list_created(value, path, issues)
      branches = []
      if value.is_a?(::Hash)
        branch = []
        check_events_list_params_created(value, path, branch)
        return if branch.empty?

        branches << branch
      end
      if value.is_a?(::Integer)
        branch = []
        if !value.is_a?(::Integer)
          branch << type_issue(path, "integer", value)
        end
        return if branch.empty?

        branches << branch
      end
      issues.concat(best_branch(path, value, branches, CUSTOMERS_LIST_CREATED_EXPECTED))
    end

    # Checks an object of schema `payment_intents.list.params.created` in request params.
    def self.check_payment_intents_list_params_created(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "gt", :gt)
      if !item.nil? && (!item.is_a?(::Integer))
        issues << type_issue([*path, "gt"], "integer", item)
      end
      item = fetch(value, "gte", :gte)
      if !item.nil? && (!item.is_a?(::Integer))
        issues << type_issue([*path, "gte"], "integer", item)
      end
      item = fetch(value, "lt", :lt)
      if !item.nil? && (!item.is_a?(::Integer))
        issues << type_issue([*path, "lt"], "integer", item)
      end
      item = fetch(value, "lte", :lte)
      if !item.nil? && (!item.is_a?(::Integer))
        issues << type_issue([*path, "lte"], "integer", item)
      end
    end

    # Any of: an object or an integer.
    def self.any_of_payment_intents_list_created(value, path, issues)
      branches = []
      if value.is_a?(::Hash)
        branch = []
        check_payment_intents_list_params_created(value, path, branch)
        return if branch.empty?

        branches << branch
      end
      if value.is_a?(::Integer)
        branch = []
        if !value.is_a?(::Integer)
          branch << type_issue(path, "integer", value)
        end
        return if branch.empty?

        branches << branch
      end
      issues.concat(best_branch(path, value, branches, CUSTOMERS_LIST_CREATED_EXPECTED))
    end

    # Checks an object of schema `payment_intents.create.params.automatic_payment_methods` in request params.
    def self.check_payment_intents_create_params_automatic_payment_methods(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "allow_redirects", :allow_redirects)
      if !item.nil? && (!ALLOW_REDIRECTS.key?(item))
        issues << enum_issue([*path, "allow_redirects"], ALLOW_REDIRECTS.keys, item)
      end
      item = fetch(value, "enabled", :enabled)
      if item.nil?
        issues << missing_issue(path, "enabled")
      elsif item != true && item != false
        issues << type_issue([*path, "enabled"], "boolean", item)
      end
    end

    # Any of: a boolean or one of 'one_off', 'recurring'.
    def self.any_of_payment_intents_create_off_session(value, path, issues)
      branches = []
      if (value == true || value == false)
        branch = []
        if value != true && value != false
          branch << type_issue(path, "boolean", value)
        end
        return if branch.empty?

        branches << branch
      end
      if (value.is_a?(::String) || value.is_a?(::Symbol))
        branch = []
        if !OFF_SESSION.key?(value)
          branch << enum_issue(path, OFF_SESSION.keys, value)
        end
        return if branch.empty?

        branches << branch
      end
      issues.concat(best_branch(path, value, branches, PAYMENT_INTENTS_CREATE_OFF_SESSION_EXPECTED))
    end

    # Checks an object of schema `payment_intents.create.params.shipping.address` in request params.
    def self.check_payment_intents_create_params_shipping_address(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "city", :city)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "city"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "city"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "country", :country)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "country"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "country"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "line1", :line1)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "line1"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "line1"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "line2", :line2)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "line2"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "line2"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "postal_code", :postal_code)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "postal_code"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "postal_code"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "state", :state)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "state"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "state"], "max_length", 5000, item)
        end
      end
    end

    # Checks an object of schema `payment_intents.create.params.shipping` in request params.
    def self.check_payment_intents_create_params_shipping(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "address", :address)
      if item.nil?
        issues << missing_issue(path, "address")
      else
        check_payment_intents_create_params_shipping_address(item, [*path, "address"], issues)
      end
      item = fetch(value, "carrier", :carrier)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "carrier"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "carrier"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "name", :name)
      if item.nil?
        issues << missing_issue(path, "name")
      elsif !(item.is_a?(::String) || item.is_a?(::Symbol))
        issues << type_issue([*path, "name"], "string", item)
      elsif item.length > 5000
        issues << bound_issue([*path, "name"], "max_length", 5000, item)
      end
      item = fetch(value, "phone", :phone)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "phone"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "phone"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "tracking_number", :tracking_number)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "tracking_number"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "tracking_number"], "max_length", 5000, item)
        end
      end
    end

    # Any of: a string or "" (to unset).
    def self.any_of_payment_intents_update_receipt_email(value, path, issues)
      branches = []
      if (value.is_a?(::String) || value.is_a?(::Symbol))
        branch = []
        if !(value.is_a?(::String) || value.is_a?(::Symbol))
          branch << type_issue(path, "string", value)
        end
        return if branch.empty?

        branches << branch
      end
      if (value.is_a?(::String) || value.is_a?(::Symbol))
        branch = []
        if !EMPTY_STRING.key?(value)
          branch << enum_issue(path, EMPTY_STRING.keys, value)
        end
        return if branch.empty?

        branches << branch
      end
      issues.concat(best_branch(path, value, branches, PAYMENT_INTENTS_UPDATE_RECEIPT_EMAIL_EXPECTED))
    end

    # Checks an object of schema `payment_intents.update.params.shipping.address` in request params.
    def self.check_payment_intents_update_params_shipping_address(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "city", :city)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "city"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "city"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "country", :country)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "country"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "country"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "line1", :line1)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "line1"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "line1"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "line2", :line2)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "line2"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "line2"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "postal_code", :postal_code)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "postal_code"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "postal_code"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "state", :state)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "state"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "state"], "max_length", 5000, item)
        end
      end
    end

    # Checks an object of schema `payment_intents.update.params.shipping` in request params.
    def self.check_payment_intents_update_params_shipping(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "address", :address)
      if item.nil?
        issues << missing_issue(path, "address")
      else
        check_payment_intents_update_params_shipping_address(item, [*path, "address"], issues)
      end
      item = fetch(value, "carrier", :carrier)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "carrier"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "carrier"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "name", :name)
      if item.nil?
        issues << missing_issue(path, "name")
      elsif !(item.is_a?(::String) || item.is_a?(::Symbol))
        issues << type_issue([*path, "name"], "string", item)
      elsif item.length > 5000
        issues << bound_issue([*path, "name"], "max_length", 5000, item)
      end
      item = fetch(value, "phone", :phone)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "phone"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "phone"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "tracking_number", :tracking_number)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "tracking_number"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "tracking_number"], "max_length", 5000, item)
        end
      end
    end

    # Any of: an object or "" (to unset).
    def self.any_of_payment_intents_update_shipping(value, path, issues)
      branches = []
      if value.is_a?(::Hash)
        branch = []
        check_payment_intents_update_params_shipping(value, path, branch)
        return if branch.empty?

        branches << branch
      end
      if (value.is_a?(::String) || value.is_a?(::Symbol))
        branch = []
        if !EMPTY_STRING.key?(value)
          branch << enum_issue(path, EMPTY_STRING.keys, value)
        end
        return if branch.empty?

        branches << branch
      end
      issues.concat(best_branch(path, value, branches, CUSTOMERS_CREATE_ADDRESS_EXPECTED))
    end

    # Any of: a boolean or one of 'one_off', 'recurring'.
    def self.any_of_payment_intents_confirm_off_session(value, path, issues)
      branches = []
      if (value == true || value == false)
        branch = []
        if value != true && value != false
          branch << type_issue(path, "boolean", value)
        end
        return if branch.empty?

        branches << branch
      end
      if (value.is_a?(::String) || value.is_a?(::Symbol))
        branch = []
        if !OFF_SESSION.key?(value)
          branch << enum_issue(path, OFF_SESSION.keys, value)
        end
        return if branch.empty?

        branches << branch
      end
      issues.concat(best_branch(path, value, branches, PAYMENT_INTENTS_CREATE_OFF_SESSION_EXPECTED))
    end

    # Checks an object of schema `payment_intents.confirm.params.shipping.address` in request params.
    def self.check_payment_intents_confirm_params_shipping_address(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "city", :city)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "city"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "city"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "country", :country)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "country"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "country"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "line1", :line1)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "line1"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "line1"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "line2", :line2)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "line2"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "line2"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "postal_code", :postal_code)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "postal_code"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "postal_code"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "state", :state)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "state"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "state"], "max_length", 5000, item)
        end
      end
    end

    # Checks an object of schema `payment_intents.confirm.params.shipping` in request params.
    def self.check_payment_intents_confirm_params_shipping(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "address", :address)
      if item.nil?
        issues << missing_issue(path, "address")
      else
        check_payment_intents_confirm_params_shipping_address(item, [*path, "address"], issues)
      end
      item = fetch(value, "carrier", :carrier)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "carrier"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "carrier"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "name", :name)
      if item.nil?
        issues << missing_issue(path, "name")
      elsif !(item.is_a?(::String) || item.is_a?(::Symbol))
        issues << type_issue([*path, "name"], "string", item)
      elsif item.length > 5000
        issues << bound_issue([*path, "name"], "max_length", 5000, item)
      end
      item = fetch(value, "phone", :phone)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "phone"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "phone"], "max_length", 5000, item)
        end
      end
      item = fetch(value, "tracking_number", :tracking_number)
      if !item.nil?
        if !(item.is_a?(::String) || item.is_a?(::Symbol))
          issues << type_issue([*path, "tracking_number"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "tracking_number"], "max_length", 5000, item)
        end
      end
    end

    # Any of: an object or "" (to unset).
    def self.any_of_payment_intents_confirm_shipping(value, path, issues)
      branches = []
      if value.is_a?(::Hash)
        branch = []
        check_payment_intents_confirm_params_shipping(value, path, branch)
        return if branch.empty?

        branches << branch
      end
      if (value.is_a?(::String) || value.is_a?(::Symbol))
        branch = []
        if !EMPTY_STRING.key?(value)
          branch << enum_issue(path, EMPTY_STRING.keys, value)
        end
        return if branch.empty?

        branches << branch
      end
      issues.concat(best_branch(path, value, branches, CUSTOMERS_CREATE_ADDRESS_EXPECTED))
    end

    # Checks an object of schema `setup_intents.list.params.created` in request params.
    def self.check_setup_intents_list_params_created(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "gt", :gt)
      if !item.nil? && (!item.is_a?(::Integer))
        issues << type_issue([*path, "gt"], "integer", item)
      end
      item = fetch(value, "gte", :gte)
      if !item.nil? && (!item.is_a?(::Integer))
        issues << type_issue([*path, "gte"], "integer", item)
      end
      item = fetch(value, "lt", :lt)
      if !item.nil? && (!item.is_a?(::Integer))
        issues << type_issue([*path, "lt"], "integer", item)
      end
      item = fetch(value, "lte", :lte)
      if !item.nil? && (!item.is_a?(::Integer))
        issues << type_issue([*path, "lte"], "integer", item)
      end
    end

    # Any of: an object or an integer.
    def self.any_of_setup_intents_list_created(value, path, issues)
      branches = []
      if value.is_a?(::Hash)
        branch = []
        check_setup_intents_list_params_created(value, path, branch)
        return if branch.empty?

        branches << branch
      end
      if value.is_a?(::Integer)
        branch = []
        if !value.is_a?(::Integer)
          branch << type_issue(path, "integer", value)
        end
        return if branch.empty?

        branches << branch
      end
      issues.concat(best_branch(path, value, branches, CUSTOMERS_LIST_CREATED_EXPECTED))
    end

    # Checks an object of schema `setup_intents.create.params.automatic_payment_methods` in request params.
    def self.check_setup_intents_create_params_automatic_payment_methods(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch(value, "allow_redirects", :allow_redirects)
      if !item.nil? && (!ALLOW_REDIRECTS.key?(item))
        issues << enum_issue([*path, "allow_redirects"], ALLOW_REDIRECTS.keys, item)
      end
      item = fetch(value, "enabled", :enabled)
      if item.nil?
        issues << missing_issue(path, "enabled")
      elsif item != true && item != false
        issues << type_issue([*path, "enabled"], "boolean", item)
      end
    end
  end
end
