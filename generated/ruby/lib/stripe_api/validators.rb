# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # Validators compiled from the spec: `Validators.<operation>(params)` answers the issues of
  # the params (Validation::Issue); a client checks each request with them before sending it
  # (`validate: false` turns this off). `Validators.<operation>_response(body)` checks what an
  # operation answered (a client made with `strict: true` does, raising InvalidResponseError).
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
    CUSTOMER_SESSION_CUSTOMER_EXPECTED = ["a string", "an object"].freeze
    PATTERN = pattern("\\A/v1/customers")
    CUSTOMERS_RETRIEVE_RESPONSE_EXPECTED = ["an object"].freeze
    OBJECT_VALUES = keys("customer", "customer_session", "payment_intent", "payment_method", "setup_intent")
    PATTERN_2 = pattern("\\A/v1/events")
    PATTERN_3 = pattern("\\A/v1/payment_intents")
    PATTERN_4 = pattern("\\A/v1/setup_intents")

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

    # What `PostCustomerSessions` answers (the parsed JSON body): every issue found (none: valid).
    def self.customer_sessions_create_response(value)
      issues = []
      check_customer_session_response(value, [], issues)
      issues
    end

    # What `GetCustomers` answers (the parsed JSON body): every issue found (none: valid).
    def self.customers_list_response(value)
      issues = []
      check_customers_list_response_response(value, [], issues)
      issues
    end

    # What `PostCustomers` answers (the parsed JSON body): every issue found (none: valid).
    def self.customers_create_response(value)
      issues = []
      check_customer_response(value, [], issues)
      issues
    end

    # What `GetCustomersSearch` answers (the parsed JSON body): every issue found (none: valid).
    def self.customers_search_response(value)
      issues = []
      check_customers_search_response_response(value, [], issues)
      issues
    end

    # What `GetCustomersCustomer` answers (the parsed JSON body): every issue found (none: valid).
    def self.customers_retrieve_response(value)
      issues = []
      any_of_customers_retrieve_response_response(value, [], issues)
      issues
    end

    # What `PostCustomersCustomer` answers (the parsed JSON body): every issue found (none: valid).
    def self.customers_update_response(value)
      issues = []
      check_customer_response(value, [], issues)
      issues
    end

    # What `DeleteCustomersCustomer` answers (the parsed JSON body): every issue found (none: valid).
    def self.customers_delete_response(value)
      issues = []
      check_deleted_customer_response(value, [], issues)
      issues
    end

    # What `GetCustomersCustomerPaymentMethods` answers (the parsed JSON body): every issue found (none: valid).
    def self.customers_payment_methods_list_response(value)
      issues = []
      check_customers_payment_methods_list_response_response(value, [], issues)
      issues
    end

    # What `GetEvents` answers (the parsed JSON body): every issue found (none: valid).
    def self.events_list_response(value)
      issues = []
      check_events_list_response_response(value, [], issues)
      issues
    end

    # What `GetEventsId` answers (the parsed JSON body): every issue found (none: valid).
    def self.events_retrieve_response(value)
      issues = []
      check_event_response(value, [], issues)
      issues
    end

    # What `GetPaymentIntents` answers (the parsed JSON body): every issue found (none: valid).
    def self.payment_intents_list_response(value)
      issues = []
      check_payment_intents_list_response_response(value, [], issues)
      issues
    end

    # What `PostPaymentIntents` answers (the parsed JSON body): every issue found (none: valid).
    def self.payment_intents_create_response(value)
      issues = []
      check_payment_intent_response(value, [], issues)
      issues
    end

    # What `GetPaymentIntentsIntent` answers (the parsed JSON body): every issue found (none: valid).
    def self.payment_intents_retrieve_response(value)
      issues = []
      check_payment_intent_response(value, [], issues)
      issues
    end

    # What `PostPaymentIntentsIntent` answers (the parsed JSON body): every issue found (none: valid).
    def self.payment_intents_update_response(value)
      issues = []
      check_payment_intent_response(value, [], issues)
      issues
    end

    # What `PostPaymentIntentsIntentCancel` answers (the parsed JSON body): every issue found (none: valid).
    def self.payment_intents_cancel_response(value)
      issues = []
      check_payment_intent_response(value, [], issues)
      issues
    end

    # What `PostPaymentIntentsIntentConfirm` answers (the parsed JSON body): every issue found (none: valid).
    def self.payment_intents_confirm_response(value)
      issues = []
      check_payment_intent_response(value, [], issues)
      issues
    end

    # What `GetPaymentMethodsPaymentMethod` answers (the parsed JSON body): every issue found (none: valid).
    def self.payment_methods_retrieve_response(value)
      issues = []
      check_payment_method_response(value, [], issues)
      issues
    end

    # What `PostPaymentMethodsPaymentMethodAttach` answers (the parsed JSON body): every issue found (none: valid).
    def self.payment_methods_attach_response(value)
      issues = []
      check_payment_method_response(value, [], issues)
      issues
    end

    # What `PostPaymentMethodsPaymentMethodDetach` answers (the parsed JSON body): every issue found (none: valid).
    def self.payment_methods_detach_response(value)
      issues = []
      check_payment_method_response(value, [], issues)
      issues
    end

    # What `GetSetupIntents` answers (the parsed JSON body): every issue found (none: valid).
    def self.setup_intents_list_response(value)
      issues = []
      check_setup_intents_list_response_response(value, [], issues)
      issues
    end

    # What `PostSetupIntents` answers (the parsed JSON body): every issue found (none: valid).
    def self.setup_intents_create_response(value)
      issues = []
      check_setup_intent_response(value, [], issues)
      issues
    end

    # What `GetSetupIntentsIntent` answers (the parsed JSON body): every issue found (none: valid).
    def self.setup_intents_retrieve_response(value)
      issues = []
      check_setup_intent_response(value, [], issues)
      issues
    end

    # What `PostSetupIntentsIntentConfirm` answers (the parsed JSON body): every issue found (none: valid).
    def self.setup_intents_confirm_response(value)
      issues = []
      check_setup_intent_response(value, [], issues)
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

    # Checks an object of schema `customer_session_resource_components_resource_active_entitlements` in a response.
    def self.check_customer_session_resource_components_resource_active_entitlements_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "enabled", :enabled)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "enabled")
      elsif item != true && item != false
        issues << type_issue([*path, "enabled"], "boolean", item)
      end
    end

    # Checks an object of schema `customer_session_resource_components_resource_buy_button` in a response.
    def self.check_customer_session_resource_components_resource_buy_button_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "enabled", :enabled)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "enabled")
      elsif item != true && item != false
        issues << type_issue([*path, "enabled"], "boolean", item)
      end
    end

    # Checks an object of schema `customer_session_resource_components_resource_customer_portal` in a response.
    def self.check_customer_session_resource_components_resource_customer_portal_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "enabled", :enabled)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "enabled")
      elsif item != true && item != false
        issues << type_issue([*path, "enabled"], "boolean", item)
      end
    end

    # Checks an object of schema `customer_session_resource_components_resource_customer_sheet_resource_features` in a response.
    def self.check_customer_session_resource_components_resource_customer_sheet_reso_538d48a9(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "payment_method_allow_redisplay_filters", :payment_method_allow_redisplay_filters)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::Array)
          issues << type_issue([*path, "payment_method_allow_redisplay_filters"], "array", item)
        else
          item.each_with_index do |element2, index1|
            if !element2.is_a?(::String)
              issues << type_issue([*path, "payment_method_allow_redisplay_filters", index1], "string", element2)
            end
          end
        end
      end
      item = fetch_present(value, "payment_method_remove", :payment_method_remove)
      if !item.equal?(Validation::MISSING) && (!item.nil? && (!item.is_a?(::String)))
        issues << type_issue([*path, "payment_method_remove"], "string", item)
      end
    end

    # Checks an object of schema `customer_session_resource_components_resource_customer_sheet` in a response.
    def self.check_customer_session_resource_components_resource_customer_sheet_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "enabled", :enabled)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "enabled")
      elsif item != true && item != false
        issues << type_issue([*path, "enabled"], "boolean", item)
      end
      item = fetch_present(value, "features", :features)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        check_customer_session_resource_components_resource_customer_sheet_reso_538d48a9(item, [*path, "features"], issues)
      end
    end

    # Checks an object of schema `customer_session_resource_components_resource_mobile_payment_element_resource_features` in a response.
    def self.check_customer_session_resource_components_resource_mobile_payment_elem_ac927521(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "payment_method_allow_redisplay_filters", :payment_method_allow_redisplay_filters)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::Array)
          issues << type_issue([*path, "payment_method_allow_redisplay_filters"], "array", item)
        else
          item.each_with_index do |element2, index1|
            if !element2.is_a?(::String)
              issues << type_issue([*path, "payment_method_allow_redisplay_filters", index1], "string", element2)
            end
          end
        end
      end
      item = fetch_present(value, "payment_method_redisplay", :payment_method_redisplay)
      if !item.equal?(Validation::MISSING) && (!item.nil? && (!item.is_a?(::String)))
        issues << type_issue([*path, "payment_method_redisplay"], "string", item)
      end
      item = fetch_present(value, "payment_method_remove", :payment_method_remove)
      if !item.equal?(Validation::MISSING) && (!item.nil? && (!item.is_a?(::String)))
        issues << type_issue([*path, "payment_method_remove"], "string", item)
      end
      item = fetch_present(value, "payment_method_save", :payment_method_save)
      if !item.equal?(Validation::MISSING) && (!item.nil? && (!item.is_a?(::String)))
        issues << type_issue([*path, "payment_method_save"], "string", item)
      end
      item = fetch_present(value, "payment_method_save_allow_redisplay_override", :payment_method_save_allow_redisplay_override)
      if !item.equal?(Validation::MISSING) && (!item.nil? && (!item.is_a?(::String)))
        issues << type_issue([*path, "payment_method_save_allow_redisplay_override"], "string", item)
      end
    end

    # Checks an object of schema `customer_session_resource_components_resource_mobile_payment_element` in a response.
    def self.check_customer_session_resource_components_resource_mobile_payment_elem_6d75e820(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "enabled", :enabled)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "enabled")
      elsif item != true && item != false
        issues << type_issue([*path, "enabled"], "boolean", item)
      end
      item = fetch_present(value, "features", :features)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        check_customer_session_resource_components_resource_mobile_payment_elem_ac927521(item, [*path, "features"], issues)
      end
    end

    # Checks an object of schema `customer_session_resource_components_resource_payment_element_resource_features` in a response.
    def self.check_customer_session_resource_components_resource_payment_element_res_e1ca7b83(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "payment_method_allow_redisplay_filters", :payment_method_allow_redisplay_filters)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "payment_method_allow_redisplay_filters")
      elsif !item.is_a?(::Array)
        issues << type_issue([*path, "payment_method_allow_redisplay_filters"], "array", item)
      else
        item.each_with_index do |element2, index1|
          if !element2.is_a?(::String)
            issues << type_issue([*path, "payment_method_allow_redisplay_filters", index1], "string", element2)
          end
        end
      end
      item = fetch_present(value, "payment_method_redisplay", :payment_method_redisplay)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "payment_method_redisplay")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "payment_method_redisplay"], "string", item)
      end
      item = fetch_present(value, "payment_method_redisplay_limit", :payment_method_redisplay_limit)
      if !item.equal?(Validation::MISSING) && (!item.nil? && (!item.is_a?(::Integer)))
        issues << type_issue([*path, "payment_method_redisplay_limit"], "integer", item)
      end
      item = fetch_present(value, "payment_method_remove", :payment_method_remove)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "payment_method_remove")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "payment_method_remove"], "string", item)
      end
      item = fetch_present(value, "payment_method_save", :payment_method_save)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "payment_method_save")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "payment_method_save"], "string", item)
      end
      item = fetch_present(value, "payment_method_save_usage", :payment_method_save_usage)
      if !item.equal?(Validation::MISSING) && (!item.nil? && (!item.is_a?(::String)))
        issues << type_issue([*path, "payment_method_save_usage"], "string", item)
      end
    end

    # Checks an object of schema `customer_session_resource_components_resource_payment_element` in a response.
    def self.check_customer_session_resource_components_resource_payment_element_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "enabled", :enabled)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "enabled")
      elsif item != true && item != false
        issues << type_issue([*path, "enabled"], "boolean", item)
      end
      item = fetch_present(value, "features", :features)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        check_customer_session_resource_components_resource_payment_element_res_e1ca7b83(item, [*path, "features"], issues)
      end
    end

    # Checks an object of schema `customer_session_resource_components_resource_pricing_table` in a response.
    def self.check_customer_session_resource_components_resource_pricing_table_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "enabled", :enabled)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "enabled")
      elsif item != true && item != false
        issues << type_issue([*path, "enabled"], "boolean", item)
      end
    end

    # Checks an object of schema `customer_session_resource_components` in a response.
    def self.check_customer_session_resource_components_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "active_entitlements", :active_entitlements)
      if !item.equal?(Validation::MISSING)
        check_customer_session_resource_components_resource_active_entitlements_response(item, [*path, "active_entitlements"], issues)
      end
      item = fetch_present(value, "buy_button", :buy_button)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "buy_button")
      else
        check_customer_session_resource_components_resource_buy_button_response(item, [*path, "buy_button"], issues)
      end
      item = fetch_present(value, "customer_portal", :customer_portal)
      if !item.equal?(Validation::MISSING)
        check_customer_session_resource_components_resource_customer_portal_response(item, [*path, "customer_portal"], issues)
      end
      item = fetch_present(value, "customer_sheet", :customer_sheet)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "customer_sheet")
      else
        check_customer_session_resource_components_resource_customer_sheet_response(item, [*path, "customer_sheet"], issues)
      end
      item = fetch_present(value, "mobile_payment_element", :mobile_payment_element)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "mobile_payment_element")
      else
        check_customer_session_resource_components_resource_mobile_payment_elem_6d75e820(item, [*path, "mobile_payment_element"], issues)
      end
      item = fetch_present(value, "payment_element", :payment_element)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "payment_element")
      else
        check_customer_session_resource_components_resource_payment_element_response(item, [*path, "payment_element"], issues)
      end
      item = fetch_present(value, "pricing_table", :pricing_table)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "pricing_table")
      else
        check_customer_session_resource_components_resource_pricing_table_response(item, [*path, "pricing_table"], issues)
      end
    end

    # Checks an object of schema `address` in a response.
    def self.check_address_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "city", :city)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "city"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "city"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "country", :country)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "country"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "country"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "line1", :line1)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "line1"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "line1"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "line2", :line2)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "line2"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "line2"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "postal_code", :postal_code)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "postal_code"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "postal_code"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "state", :state)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "state"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "state"], "max_length", 5000, item)
        end
      end
    end

    # Checks an object of schema `invoice_setting_custom_field` in a response.
    def self.check_invoice_setting_custom_field_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "name", :name)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "name")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "name"], "string", item)
      elsif item.length > 5000
        issues << bound_issue([*path, "name"], "max_length", 5000, item)
      end
      item = fetch_present(value, "value", :value)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "value")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "value"], "string", item)
      elsif item.length > 5000
        issues << bound_issue([*path, "value"], "max_length", 5000, item)
      end
    end

    # Checks an object of schema `billing_details` in a response.
    def self.check_billing_details_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "address", :address)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        check_address_response(item, [*path, "address"], issues)
      end
      item = fetch_present(value, "email", :email)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "email"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "email"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "name", :name)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "name"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "name"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "phone", :phone)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "phone"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "phone"], "max_length", 5000, item)
        end
      end
    end

    # Checks an object of schema `payment_method_card_checks` in a response.
    def self.check_payment_method_card_checks_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "address_line1_check", :address_line1_check)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "address_line1_check"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "address_line1_check"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "address_postal_code_check", :address_postal_code_check)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "address_postal_code_check"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "address_postal_code_check"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "cvc_check", :cvc_check)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "cvc_check"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "cvc_check"], "max_length", 5000, item)
        end
      end
    end

    # Checks an object of schema `networks` in a response.
    def self.check_networks_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "available", :available)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "available")
      elsif !item.is_a?(::Array)
        issues << type_issue([*path, "available"], "array", item)
      else
        item.each_with_index do |element2, index1|
          if !element2.is_a?(::String)
            issues << type_issue([*path, "available", index1], "string", element2)
          elsif element2.length > 5000
            issues << bound_issue([*path, "available", index1], "max_length", 5000, element2)
          end
        end
      end
      item = fetch_present(value, "preferred", :preferred)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "preferred"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "preferred"], "max_length", 5000, item)
        end
      end
    end

    # Checks an object of schema `three_d_secure_usage` in a response.
    def self.check_three_d_secure_usage_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "supported", :supported)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "supported")
      elsif item != true && item != false
        issues << type_issue([*path, "supported"], "boolean", item)
      end
    end

    # Checks an object of schema `payment_method_card_wallet` in a response.
    def self.check_payment_method_card_wallet_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "dynamic_last4", :dynamic_last4)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "dynamic_last4"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "dynamic_last4"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "type", :type)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "type")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "type"], "string", item)
      end
    end

    # Checks an object of schema `payment_method_card` in a response.
    def self.check_payment_method_card_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "brand", :brand)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "brand")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "brand"], "string", item)
      elsif item.length > 5000
        issues << bound_issue([*path, "brand"], "max_length", 5000, item)
      end
      item = fetch_present(value, "checks", :checks)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        check_payment_method_card_checks_response(item, [*path, "checks"], issues)
      end
      item = fetch_present(value, "country", :country)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "country"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "country"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "exp_month", :exp_month)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "exp_month")
      elsif !item.is_a?(::Integer)
        issues << type_issue([*path, "exp_month"], "integer", item)
      end
      item = fetch_present(value, "exp_year", :exp_year)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "exp_year")
      elsif !item.is_a?(::Integer)
        issues << type_issue([*path, "exp_year"], "integer", item)
      end
      item = fetch_present(value, "fingerprint", :fingerprint)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "fingerprint"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "fingerprint"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "funding", :funding)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "funding")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "funding"], "string", item)
      elsif item.length > 5000
        issues << bound_issue([*path, "funding"], "max_length", 5000, item)
      end
      item = fetch_present(value, "last4", :last4)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "last4")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "last4"], "string", item)
      elsif item.length > 5000
        issues << bound_issue([*path, "last4"], "max_length", 5000, item)
      end
      item = fetch_present(value, "networks", :networks)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        check_networks_response(item, [*path, "networks"], issues)
      end
      item = fetch_present(value, "three_d_secure_usage", :three_d_secure_usage)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        check_three_d_secure_usage_response(item, [*path, "three_d_secure_usage"], issues)
      end
      item = fetch_present(value, "wallet", :wallet)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        check_payment_method_card_wallet_response(item, [*path, "wallet"], issues)
      end
    end

    # Any of: a string or an object.
    def self.any_of_payment_method_customer_response(value, path, issues)
      branches = []
      if (value.is_a?(::String) || value.is_a?(::Symbol))
        branch = []
        if !value.is_a?(::String)
          branch << type_issue(path, "string", value)
        elsif value.length > 5000
          branch << bound_issue(path, "max_length", 5000, value)
        end
        return if branch.empty?

        branches << branch
      end
      if value.is_a?(::Hash)
        branch = []
        check_customer_response(value, path, branch)
        return if branch.empty?

        branches << branch
      end
      issues.concat(best_branch(path, value, branches, CUSTOMER_SESSION_CUSTOMER_EXPECTED))
    end

    # Checks an object of schema `payment_method` in a response.
    def self.check_payment_method_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "allow_redisplay", :allow_redisplay)
      if !item.equal?(Validation::MISSING) && (!item.is_a?(::String))
        issues << type_issue([*path, "allow_redisplay"], "string", item)
      end
      item = fetch_present(value, "billing_details", :billing_details)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "billing_details")
      else
        check_billing_details_response(item, [*path, "billing_details"], issues)
      end
      item = fetch_present(value, "card", :card)
      if !item.equal?(Validation::MISSING)
        check_payment_method_card_response(item, [*path, "card"], issues)
      end
      item = fetch_present(value, "created", :created)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "created")
      elsif !item.is_a?(::Integer)
        issues << type_issue([*path, "created"], "integer", item)
      end
      item = fetch_present(value, "customer", :customer)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        any_of_payment_method_customer_response(item, [*path, "customer"], issues)
      end
      item = fetch_present(value, "id", :id)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "id")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "id"], "string", item)
      elsif item.length > 5000
        issues << bound_issue([*path, "id"], "max_length", 5000, item)
      end
      item = fetch_present(value, "livemode", :livemode)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "livemode")
      elsif item != true && item != false
        issues << type_issue([*path, "livemode"], "boolean", item)
      end
      item = fetch_present(value, "metadata", :metadata)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::Hash)
          issues << type_issue([*path, "metadata"], "object", item)
        else
          item.each do |key1, entry2|
            if !entry2.is_a?(::String)
              issues << type_issue([*path, "metadata", key1.to_s], "string", entry2)
            elsif entry2.length > 500
              issues << bound_issue([*path, "metadata", key1.to_s], "max_length", 500, entry2)
            end
          end
        end
      end
      item = fetch_present(value, "object", :object)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "object")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "object"], "string", item)
      end
      item = fetch_present(value, "type", :type)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "type")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "type"], "string", item)
      end
    end

    # Any of: a string or an object.
    def self.any_of_invoice_setting_customer_setting_default_payment_method_response(value, path, issues)
      branches = []
      if (value.is_a?(::String) || value.is_a?(::Symbol))
        branch = []
        if !value.is_a?(::String)
          branch << type_issue(path, "string", value)
        elsif value.length > 5000
          branch << bound_issue(path, "max_length", 5000, value)
        end
        return if branch.empty?

        branches << branch
      end
      if value.is_a?(::Hash)
        branch = []
        check_payment_method_response(value, path, branch)
        return if branch.empty?

        branches << branch
      end
      issues.concat(best_branch(path, value, branches, CUSTOMER_SESSION_CUSTOMER_EXPECTED))
    end

    # Checks an object of schema `invoice_setting_rendering_options` in a response.
    def self.check_invoice_setting_rendering_options_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "amount_tax_display", :amount_tax_display)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "amount_tax_display"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "amount_tax_display"], "max_length", 5000, item)
        end
      end
    end

    # Checks an object of schema `invoice_setting_customer_setting` in a response.
    def self.check_invoice_setting_customer_setting_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "custom_fields", :custom_fields)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::Array)
          issues << type_issue([*path, "custom_fields"], "array", item)
        else
          item.each_with_index do |element2, index1|
            check_invoice_setting_custom_field_response(element2, [*path, "custom_fields", index1], issues)
          end
        end
      end
      item = fetch_present(value, "default_payment_method", :default_payment_method)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        any_of_invoice_setting_customer_setting_default_payment_method_response(item, [*path, "default_payment_method"], issues)
      end
      item = fetch_present(value, "footer", :footer)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "footer"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "footer"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "rendering_options", :rendering_options)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        check_invoice_setting_rendering_options_response(item, [*path, "rendering_options"], issues)
      end
    end

    # Checks an object of schema `shipping` in a response.
    def self.check_shipping_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "address", :address)
      if !item.equal?(Validation::MISSING)
        check_address_response(item, [*path, "address"], issues)
      end
      item = fetch_present(value, "carrier", :carrier)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "carrier"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "carrier"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "name", :name)
      if !item.equal?(Validation::MISSING)
        if !item.is_a?(::String)
          issues << type_issue([*path, "name"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "name"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "phone", :phone)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "phone"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "phone"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "tracking_number", :tracking_number)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "tracking_number"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "tracking_number"], "max_length", 5000, item)
        end
      end
    end

    # Checks an object of schema `customer` in a response.
    def self.check_customer_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "address", :address)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        check_address_response(item, [*path, "address"], issues)
      end
      item = fetch_present(value, "balance", :balance)
      if !item.equal?(Validation::MISSING) && (!item.is_a?(::Integer))
        issues << type_issue([*path, "balance"], "integer", item)
      end
      item = fetch_present(value, "created", :created)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "created")
      elsif !item.is_a?(::Integer)
        issues << type_issue([*path, "created"], "integer", item)
      end
      item = fetch_present(value, "currency", :currency)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "currency"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "currency"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "default_source", :default_source)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "default_source"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "default_source"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "delinquent", :delinquent)
      if !item.equal?(Validation::MISSING) && (!item.nil? && (item != true && item != false))
        issues << type_issue([*path, "delinquent"], "boolean", item)
      end
      item = fetch_present(value, "description", :description)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "description"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "description"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "email", :email)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "email"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "email"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "id", :id)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "id")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "id"], "string", item)
      elsif item.length > 5000
        issues << bound_issue([*path, "id"], "max_length", 5000, item)
      end
      item = fetch_present(value, "invoice_prefix", :invoice_prefix)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "invoice_prefix"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "invoice_prefix"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "invoice_settings", :invoice_settings)
      if !item.equal?(Validation::MISSING)
        check_invoice_setting_customer_setting_response(item, [*path, "invoice_settings"], issues)
      end
      item = fetch_present(value, "livemode", :livemode)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "livemode")
      elsif item != true && item != false
        issues << type_issue([*path, "livemode"], "boolean", item)
      end
      item = fetch_present(value, "metadata", :metadata)
      if !item.equal?(Validation::MISSING)
        if !item.is_a?(::Hash)
          issues << type_issue([*path, "metadata"], "object", item)
        else
          item.each do |key1, entry2|
            if !entry2.is_a?(::String)
              issues << type_issue([*path, "metadata", key1.to_s], "string", entry2)
            elsif entry2.length > 500
              issues << bound_issue([*path, "metadata", key1.to_s], "max_length", 500, entry2)
            end
          end
        end
      end
      item = fetch_present(value, "name", :name)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "name"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "name"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "next_invoice_sequence", :next_invoice_sequence)
      if !item.equal?(Validation::MISSING) && (!item.is_a?(::Integer))
        issues << type_issue([*path, "next_invoice_sequence"], "integer", item)
      end
      item = fetch_present(value, "object", :object)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "object")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "object"], "string", item)
      end
      item = fetch_present(value, "phone", :phone)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "phone"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "phone"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "preferred_locales", :preferred_locales)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::Array)
          issues << type_issue([*path, "preferred_locales"], "array", item)
        else
          item.each_with_index do |element4, index3|
            if !element4.is_a?(::String)
              issues << type_issue([*path, "preferred_locales", index3], "string", element4)
            elsif element4.length > 5000
              issues << bound_issue([*path, "preferred_locales", index3], "max_length", 5000, element4)
            end
          end
        end
      end
      item = fetch_present(value, "shipping", :shipping)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        check_shipping_response(item, [*path, "shipping"], issues)
      end
      item = fetch_present(value, "tax_exempt", :tax_exempt)
      if !item.equal?(Validation::MISSING) && (!item.nil? && (!item.is_a?(::String)))
        issues << type_issue([*path, "tax_exempt"], "string", item)
      end
      item = fetch_present(value, "test_clock", :test_clock)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "test_clock"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "test_clock"], "max_length", 5000, item)
        end
      end
    end

    # Any of: a string or an object.
    def self.any_of_customer_session_customer_response(value, path, issues)
      branches = []
      if (value.is_a?(::String) || value.is_a?(::Symbol))
        branch = []
        if !value.is_a?(::String)
          branch << type_issue(path, "string", value)
        elsif value.length > 5000
          branch << bound_issue(path, "max_length", 5000, value)
        end
        return if branch.empty?

        branches << branch
      end
      if value.is_a?(::Hash)
        branch = []
        check_customer_response(value, path, branch)
        return if branch.empty?

        branches << branch
      end
      issues.concat(best_branch(path, value, branches, CUSTOMER_SESSION_CUSTOMER_EXPECTED))
    end

    # Checks an object of schema `customer_session` in a response.
    def self.check_customer_session_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "client_secret", :client_secret)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "client_secret")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "client_secret"], "string", item)
      elsif item.length > 5000
        issues << bound_issue([*path, "client_secret"], "max_length", 5000, item)
      end
      item = fetch_present(value, "components", :components)
      if !item.equal?(Validation::MISSING)
        check_customer_session_resource_components_response(item, [*path, "components"], issues)
      end
      item = fetch_present(value, "created", :created)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "created")
      elsif !item.is_a?(::Integer)
        issues << type_issue([*path, "created"], "integer", item)
      end
      item = fetch_present(value, "customer", :customer)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "customer")
      else
        any_of_customer_session_customer_response(item, [*path, "customer"], issues)
      end
      item = fetch_present(value, "customer_account", :customer_account)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "customer_account"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "customer_account"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "expires_at", :expires_at)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "expires_at")
      elsif !item.is_a?(::Integer)
        issues << type_issue([*path, "expires_at"], "integer", item)
      end
      item = fetch_present(value, "livemode", :livemode)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "livemode")
      elsif item != true && item != false
        issues << type_issue([*path, "livemode"], "boolean", item)
      end
      item = fetch_present(value, "object", :object)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "object")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "object"], "string", item)
      end
    end

    # Checks an object of schema `customers.list.response` in a response.
    def self.check_customers_list_response_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "data", :data)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "data")
      elsif !item.is_a?(::Array)
        issues << type_issue([*path, "data"], "array", item)
      else
        item.each_with_index do |element2, index1|
          check_customer_response(element2, [*path, "data", index1], issues)
        end
      end
      item = fetch_present(value, "has_more", :has_more)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "has_more")
      elsif item != true && item != false
        issues << type_issue([*path, "has_more"], "boolean", item)
      end
      item = fetch_present(value, "object", :object)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "object")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "object"], "string", item)
      end
      item = fetch_present(value, "url", :url)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "url")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "url"], "string", item)
      else
        if item.length > 5000
          issues << bound_issue([*path, "url"], "max_length", 5000, item)
        end
        if PATTERN && !PATTERN.match?(item)
          issues << pattern_issue([*path, "url"], "^/v1/customers", item)
        end
      end
    end

    # Checks an object of schema `customers.search.response` in a response.
    def self.check_customers_search_response_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "data", :data)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "data")
      elsif !item.is_a?(::Array)
        issues << type_issue([*path, "data"], "array", item)
      else
        item.each_with_index do |element2, index1|
          check_customer_response(element2, [*path, "data", index1], issues)
        end
      end
      item = fetch_present(value, "has_more", :has_more)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "has_more")
      elsif item != true && item != false
        issues << type_issue([*path, "has_more"], "boolean", item)
      end
      item = fetch_present(value, "next_page", :next_page)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "next_page"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "next_page"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "object", :object)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "object")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "object"], "string", item)
      end
      item = fetch_present(value, "total_count", :total_count)
      if !item.equal?(Validation::MISSING) && (!item.is_a?(::Integer))
        issues << type_issue([*path, "total_count"], "integer", item)
      end
      item = fetch_present(value, "url", :url)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "url")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "url"], "string", item)
      elsif item.length > 5000
        issues << bound_issue([*path, "url"], "max_length", 5000, item)
      end
    end

    # Checks an object of schema `deleted_customer` in a response.
    def self.check_deleted_customer_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "deleted", :deleted)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "deleted")
      elsif item != true && item != false
        issues << type_issue([*path, "deleted"], "boolean", item)
      end
      item = fetch_present(value, "id", :id)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "id")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "id"], "string", item)
      elsif item.length > 5000
        issues << bound_issue([*path, "id"], "max_length", 5000, item)
      end
      item = fetch_present(value, "object", :object)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "object")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "object"], "string", item)
      end
    end

    # Any of: an object.
    def self.any_of_customers_retrieve_response_response(value, path, issues)
      branches = []
      if value.is_a?(::Hash)
        branch = []
        check_customer_response(value, path, branch)
        return if branch.empty?

        branches << branch
      end
      if value.is_a?(::Hash)
        branch = []
        check_deleted_customer_response(value, path, branch)
        return if branch.empty?

        branches << branch
      end
      issues.concat(best_branch(path, value, branches, CUSTOMERS_RETRIEVE_RESPONSE_EXPECTED))
    end

    # Checks an object of schema `customers.payment_methods.list.response` in a response.
    def self.check_customers_payment_methods_list_response_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "data", :data)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "data")
      elsif !item.is_a?(::Array)
        issues << type_issue([*path, "data"], "array", item)
      else
        item.each_with_index do |element2, index1|
          check_payment_method_response(element2, [*path, "data", index1], issues)
        end
      end
      item = fetch_present(value, "has_more", :has_more)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "has_more")
      elsif item != true && item != false
        issues << type_issue([*path, "has_more"], "boolean", item)
      end
      item = fetch_present(value, "object", :object)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "object")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "object"], "string", item)
      end
      item = fetch_present(value, "url", :url)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "url")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "url"], "string", item)
      elsif item.length > 5000
        issues << bound_issue([*path, "url"], "max_length", 5000, item)
      end
    end

    # Checks an object of schema `payment_flows_automatic_payment_methods_payment_intent` in a response.
    def self.check_payment_flows_automatic_payment_methods_payment_intent_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "allow_redirects", :allow_redirects)
      if !item.equal?(Validation::MISSING) && (!item.is_a?(::String))
        issues << type_issue([*path, "allow_redirects"], "string", item)
      end
      item = fetch_present(value, "enabled", :enabled)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "enabled")
      elsif item != true && item != false
        issues << type_issue([*path, "enabled"], "boolean", item)
      end
    end

    # Any of: a string or an object.
    def self.any_of_payment_intent_customer_response(value, path, issues)
      branches = []
      if (value.is_a?(::String) || value.is_a?(::Symbol))
        branch = []
        if !value.is_a?(::String)
          branch << type_issue(path, "string", value)
        elsif value.length > 5000
          branch << bound_issue(path, "max_length", 5000, value)
        end
        return if branch.empty?

        branches << branch
      end
      if value.is_a?(::Hash)
        branch = []
        check_customer_response(value, path, branch)
        return if branch.empty?

        branches << branch
      end
      if value.is_a?(::Hash)
        branch = []
        check_deleted_customer_response(value, path, branch)
        return if branch.empty?

        branches << branch
      end
      issues.concat(best_branch(path, value, branches, CUSTOMER_SESSION_CUSTOMER_EXPECTED))
    end

    # Checks an object of schema `payment_flows_automatic_payment_methods_setup_intent` in a response.
    def self.check_payment_flows_automatic_payment_methods_setup_intent_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "allow_redirects", :allow_redirects)
      if !item.equal?(Validation::MISSING) && (!item.is_a?(::String))
        issues << type_issue([*path, "allow_redirects"], "string", item)
      end
      item = fetch_present(value, "enabled", :enabled)
      if !item.equal?(Validation::MISSING) && (!item.nil? && (item != true && item != false))
        issues << type_issue([*path, "enabled"], "boolean", item)
      end
    end

    # Checks an object of schema `setup_intent_next_action_redirect_to_url` in a response.
    def self.check_setup_intent_next_action_redirect_to_url_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "return_url", :return_url)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "return_url"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "return_url"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "url", :url)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "url"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "url"], "max_length", 5000, item)
        end
      end
    end

    # Checks an object of schema `setup_intent_next_action` in a response.
    def self.check_setup_intent_next_action_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "redirect_to_url", :redirect_to_url)
      if !item.equal?(Validation::MISSING)
        check_setup_intent_next_action_redirect_to_url_response(item, [*path, "redirect_to_url"], issues)
      end
      item = fetch_present(value, "type", :type)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "type")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "type"], "string", item)
      elsif item.length > 5000
        issues << bound_issue([*path, "type"], "max_length", 5000, item)
      end
      item = fetch_present(value, "use_stripe_sdk", :use_stripe_sdk)
      if !item.equal?(Validation::MISSING) && (!item.is_a?(::Hash))
        issues << type_issue([*path, "use_stripe_sdk"], "object", item)
      end
    end

    # Checks an object of schema `setup_intent` in a response.
    def self.check_setup_intent_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "attach_to_self", :attach_to_self)
      if !item.equal?(Validation::MISSING) && (item != true && item != false)
        issues << type_issue([*path, "attach_to_self"], "boolean", item)
      end
      item = fetch_present(value, "automatic_payment_methods", :automatic_payment_methods)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        check_payment_flows_automatic_payment_methods_setup_intent_response(item, [*path, "automatic_payment_methods"], issues)
      end
      item = fetch_present(value, "cancellation_reason", :cancellation_reason)
      if !item.equal?(Validation::MISSING) && (!item.nil? && (!item.is_a?(::String)))
        issues << type_issue([*path, "cancellation_reason"], "string", item)
      end
      item = fetch_present(value, "client_secret", :client_secret)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "client_secret"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "client_secret"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "created", :created)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "created")
      elsif !item.is_a?(::Integer)
        issues << type_issue([*path, "created"], "integer", item)
      end
      item = fetch_present(value, "customer", :customer)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        any_of_payment_intent_customer_response(item, [*path, "customer"], issues)
      end
      item = fetch_present(value, "description", :description)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "description"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "description"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "flow_directions", :flow_directions)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::Array)
          issues << type_issue([*path, "flow_directions"], "array", item)
        else
          item.each_with_index do |element2, index1|
            if !element2.is_a?(::String)
              issues << type_issue([*path, "flow_directions", index1], "string", element2)
            end
          end
        end
      end
      item = fetch_present(value, "id", :id)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "id")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "id"], "string", item)
      elsif item.length > 5000
        issues << bound_issue([*path, "id"], "max_length", 5000, item)
      end
      item = fetch_present(value, "last_setup_error", :last_setup_error)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        check_api_errors_response(item, [*path, "last_setup_error"], issues)
      end
      item = fetch_present(value, "latest_attempt", :latest_attempt)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "latest_attempt"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "latest_attempt"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "livemode", :livemode)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "livemode")
      elsif item != true && item != false
        issues << type_issue([*path, "livemode"], "boolean", item)
      end
      item = fetch_present(value, "mandate", :mandate)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "mandate"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "mandate"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "metadata", :metadata)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::Hash)
          issues << type_issue([*path, "metadata"], "object", item)
        else
          item.each do |key3, entry4|
            if !entry4.is_a?(::String)
              issues << type_issue([*path, "metadata", key3.to_s], "string", entry4)
            elsif entry4.length > 500
              issues << bound_issue([*path, "metadata", key3.to_s], "max_length", 500, entry4)
            end
          end
        end
      end
      item = fetch_present(value, "next_action", :next_action)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        check_setup_intent_next_action_response(item, [*path, "next_action"], issues)
      end
      item = fetch_present(value, "object", :object)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "object")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "object"], "string", item)
      end
      item = fetch_present(value, "payment_method", :payment_method)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        any_of_invoice_setting_customer_setting_default_payment_method_response(item, [*path, "payment_method"], issues)
      end
      item = fetch_present(value, "payment_method_types", :payment_method_types)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "payment_method_types")
      elsif !item.is_a?(::Array)
        issues << type_issue([*path, "payment_method_types"], "array", item)
      else
        item.each_with_index do |element6, index5|
          if !element6.is_a?(::String)
            issues << type_issue([*path, "payment_method_types", index5], "string", element6)
          elsif element6.length > 5000
            issues << bound_issue([*path, "payment_method_types", index5], "max_length", 5000, element6)
          end
        end
      end
      item = fetch_present(value, "status", :status)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "status")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "status"], "string", item)
      end
      item = fetch_present(value, "usage", :usage)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "usage")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "usage"], "string", item)
      elsif item.length > 5000
        issues << bound_issue([*path, "usage"], "max_length", 5000, item)
      end
    end

    # Checks an object of schema `api_errors` in a response.
    def self.check_api_errors_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "charge", :charge)
      if !item.equal?(Validation::MISSING)
        if !item.is_a?(::String)
          issues << type_issue([*path, "charge"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "charge"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "code", :code)
      if !item.equal?(Validation::MISSING)
        if !item.is_a?(::String)
          issues << type_issue([*path, "code"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "code"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "decline_code", :decline_code)
      if !item.equal?(Validation::MISSING)
        if !item.is_a?(::String)
          issues << type_issue([*path, "decline_code"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "decline_code"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "doc_url", :doc_url)
      if !item.equal?(Validation::MISSING)
        if !item.is_a?(::String)
          issues << type_issue([*path, "doc_url"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "doc_url"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "message", :message)
      if !item.equal?(Validation::MISSING)
        if !item.is_a?(::String)
          issues << type_issue([*path, "message"], "string", item)
        elsif item.length > 40000
          issues << bound_issue([*path, "message"], "max_length", 40000, item)
        end
      end
      item = fetch_present(value, "param", :param)
      if !item.equal?(Validation::MISSING)
        if !item.is_a?(::String)
          issues << type_issue([*path, "param"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "param"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "payment_intent", :payment_intent)
      if !item.equal?(Validation::MISSING)
        check_payment_intent_response(item, [*path, "payment_intent"], issues)
      end
      item = fetch_present(value, "payment_method", :payment_method)
      if !item.equal?(Validation::MISSING)
        check_payment_method_response(item, [*path, "payment_method"], issues)
      end
      item = fetch_present(value, "payment_method_type", :payment_method_type)
      if !item.equal?(Validation::MISSING)
        if !item.is_a?(::String)
          issues << type_issue([*path, "payment_method_type"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "payment_method_type"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "request_log_url", :request_log_url)
      if !item.equal?(Validation::MISSING)
        if !item.is_a?(::String)
          issues << type_issue([*path, "request_log_url"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "request_log_url"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "setup_intent", :setup_intent)
      if !item.equal?(Validation::MISSING)
        check_setup_intent_response(item, [*path, "setup_intent"], issues)
      end
      item = fetch_present(value, "type", :type)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "type")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "type"], "string", item)
      end
    end

    # Checks an object of schema `payment_intent_next_action_redirect_to_url` in a response.
    def self.check_payment_intent_next_action_redirect_to_url_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "return_url", :return_url)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "return_url"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "return_url"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "url", :url)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "url"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "url"], "max_length", 5000, item)
        end
      end
    end

    # Checks an object of schema `payment_intent_next_action` in a response.
    def self.check_payment_intent_next_action_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "redirect_to_url", :redirect_to_url)
      if !item.equal?(Validation::MISSING)
        check_payment_intent_next_action_redirect_to_url_response(item, [*path, "redirect_to_url"], issues)
      end
      item = fetch_present(value, "type", :type)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "type")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "type"], "string", item)
      elsif item.length > 5000
        issues << bound_issue([*path, "type"], "max_length", 5000, item)
      end
      item = fetch_present(value, "use_stripe_sdk", :use_stripe_sdk)
      if !item.equal?(Validation::MISSING) && (!item.is_a?(::Hash))
        issues << type_issue([*path, "use_stripe_sdk"], "object", item)
      end
    end

    # Checks an object of schema `payment_intent` in a response.
    def self.check_payment_intent_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "amount", :amount)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "amount")
      elsif !item.is_a?(::Integer)
        issues << type_issue([*path, "amount"], "integer", item)
      end
      item = fetch_present(value, "amount_capturable", :amount_capturable)
      if !item.equal?(Validation::MISSING) && (!item.is_a?(::Integer))
        issues << type_issue([*path, "amount_capturable"], "integer", item)
      end
      item = fetch_present(value, "amount_received", :amount_received)
      if !item.equal?(Validation::MISSING) && (!item.is_a?(::Integer))
        issues << type_issue([*path, "amount_received"], "integer", item)
      end
      item = fetch_present(value, "automatic_payment_methods", :automatic_payment_methods)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        check_payment_flows_automatic_payment_methods_payment_intent_response(item, [*path, "automatic_payment_methods"], issues)
      end
      item = fetch_present(value, "canceled_at", :canceled_at)
      if !item.equal?(Validation::MISSING) && (!item.nil? && (!item.is_a?(::Integer)))
        issues << type_issue([*path, "canceled_at"], "integer", item)
      end
      item = fetch_present(value, "cancellation_reason", :cancellation_reason)
      if !item.equal?(Validation::MISSING) && (!item.nil? && (!item.is_a?(::String)))
        issues << type_issue([*path, "cancellation_reason"], "string", item)
      end
      item = fetch_present(value, "capture_method", :capture_method)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "capture_method")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "capture_method"], "string", item)
      end
      item = fetch_present(value, "client_secret", :client_secret)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "client_secret"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "client_secret"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "confirmation_method", :confirmation_method)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "confirmation_method")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "confirmation_method"], "string", item)
      end
      item = fetch_present(value, "created", :created)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "created")
      elsif !item.is_a?(::Integer)
        issues << type_issue([*path, "created"], "integer", item)
      end
      item = fetch_present(value, "currency", :currency)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "currency")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "currency"], "string", item)
      end
      item = fetch_present(value, "customer", :customer)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        any_of_payment_intent_customer_response(item, [*path, "customer"], issues)
      end
      item = fetch_present(value, "description", :description)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "description"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "description"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "id", :id)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "id")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "id"], "string", item)
      elsif item.length > 5000
        issues << bound_issue([*path, "id"], "max_length", 5000, item)
      end
      item = fetch_present(value, "last_payment_error", :last_payment_error)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        check_api_errors_response(item, [*path, "last_payment_error"], issues)
      end
      item = fetch_present(value, "latest_charge", :latest_charge)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "latest_charge"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "latest_charge"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "livemode", :livemode)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "livemode")
      elsif item != true && item != false
        issues << type_issue([*path, "livemode"], "boolean", item)
      end
      item = fetch_present(value, "metadata", :metadata)
      if !item.equal?(Validation::MISSING)
        if !item.is_a?(::Hash)
          issues << type_issue([*path, "metadata"], "object", item)
        else
          item.each do |key1, entry2|
            if !entry2.is_a?(::String)
              issues << type_issue([*path, "metadata", key1.to_s], "string", entry2)
            elsif entry2.length > 500
              issues << bound_issue([*path, "metadata", key1.to_s], "max_length", 500, entry2)
            end
          end
        end
      end
      item = fetch_present(value, "next_action", :next_action)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        check_payment_intent_next_action_response(item, [*path, "next_action"], issues)
      end
      item = fetch_present(value, "object", :object)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "object")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "object"], "string", item)
      end
      item = fetch_present(value, "payment_method", :payment_method)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        any_of_invoice_setting_customer_setting_default_payment_method_response(item, [*path, "payment_method"], issues)
      end
      item = fetch_present(value, "payment_method_types", :payment_method_types)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "payment_method_types")
      elsif !item.is_a?(::Array)
        issues << type_issue([*path, "payment_method_types"], "array", item)
      else
        item.each_with_index do |element4, index3|
          if !element4.is_a?(::String)
            issues << type_issue([*path, "payment_method_types", index3], "string", element4)
          elsif element4.length > 5000
            issues << bound_issue([*path, "payment_method_types", index3], "max_length", 5000, element4)
          end
        end
      end
      item = fetch_present(value, "receipt_email", :receipt_email)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "receipt_email"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "receipt_email"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "setup_future_usage", :setup_future_usage)
      if !item.equal?(Validation::MISSING) && (!item.nil? && (!item.is_a?(::String)))
        issues << type_issue([*path, "setup_future_usage"], "string", item)
      end
      item = fetch_present(value, "shipping", :shipping)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        check_shipping_response(item, [*path, "shipping"], issues)
      end
      item = fetch_present(value, "statement_descriptor", :statement_descriptor)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "statement_descriptor"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "statement_descriptor"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "statement_descriptor_suffix", :statement_descriptor_suffix)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "statement_descriptor_suffix"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "statement_descriptor_suffix"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "status", :status)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "status")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "status"], "string", item)
      end
    end

    def self.any_of_notification_event_data_object_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      kind = fetch(value, "object", :object)
      if kind == "customer"
        check_customer_response(value, path, issues)
      elsif kind == "customer_session"
        check_customer_session_response(value, path, issues)
      elsif kind == "payment_intent"
        check_payment_intent_response(value, path, issues)
      elsif kind == "payment_method"
        check_payment_method_response(value, path, issues)
      elsif kind == "setup_intent"
        check_setup_intent_response(value, path, issues)
      elsif kind.nil?
        issues << missing_issue(path, "object")
      else
        issues << enum_issue([*path, "object"], OBJECT_VALUES.keys, kind)
      end
    end

    # Checks an object of schema `notification_event_data` in a response.
    def self.check_notification_event_data_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "object", :object)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "object")
      else
        any_of_notification_event_data_object_response(item, [*path, "object"], issues)
      end
      item = fetch_present(value, "previous_attributes", :previous_attributes)
      if !item.equal?(Validation::MISSING) && (!item.is_a?(::Hash))
        issues << type_issue([*path, "previous_attributes"], "object", item)
      end
    end

    # Checks an object of schema `notification_event_request` in a response.
    def self.check_notification_event_request_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "id", :id)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "id"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "id"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "idempotency_key", :idempotency_key)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "idempotency_key"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "idempotency_key"], "max_length", 5000, item)
        end
      end
    end

    # Checks an object of schema `event` in a response.
    def self.check_event_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "account", :account)
      if !item.equal?(Validation::MISSING)
        if !item.is_a?(::String)
          issues << type_issue([*path, "account"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "account"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "api_version", :api_version)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        if !item.is_a?(::String)
          issues << type_issue([*path, "api_version"], "string", item)
        elsif item.length > 5000
          issues << bound_issue([*path, "api_version"], "max_length", 5000, item)
        end
      end
      item = fetch_present(value, "created", :created)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "created")
      elsif !item.is_a?(::Integer)
        issues << type_issue([*path, "created"], "integer", item)
      end
      item = fetch_present(value, "data", :data)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "data")
      else
        check_notification_event_data_response(item, [*path, "data"], issues)
      end
      item = fetch_present(value, "id", :id)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "id")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "id"], "string", item)
      elsif item.length > 5000
        issues << bound_issue([*path, "id"], "max_length", 5000, item)
      end
      item = fetch_present(value, "livemode", :livemode)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "livemode")
      elsif item != true && item != false
        issues << type_issue([*path, "livemode"], "boolean", item)
      end
      item = fetch_present(value, "object", :object)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "object")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "object"], "string", item)
      end
      item = fetch_present(value, "pending_webhooks", :pending_webhooks)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "pending_webhooks")
      elsif !item.is_a?(::Integer)
        issues << type_issue([*path, "pending_webhooks"], "integer", item)
      end
      item = fetch_present(value, "request", :request)
      if !item.equal?(Validation::MISSING) && (!item.nil?)
        check_notification_event_request_response(item, [*path, "request"], issues)
      end
      item = fetch_present(value, "type", :type)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "type")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "type"], "string", item)
      elsif item.length > 5000
        issues << bound_issue([*path, "type"], "max_length", 5000, item)
      end
    end

    # Checks an object of schema `events.list.response` in a response.
    def self.check_events_list_response_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "data", :data)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "data")
      elsif !item.is_a?(::Array)
        issues << type_issue([*path, "data"], "array", item)
      else
        item.each_with_index do |element2, index1|
          check_event_response(element2, [*path, "data", index1], issues)
        end
      end
      item = fetch_present(value, "has_more", :has_more)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "has_more")
      elsif item != true && item != false
        issues << type_issue([*path, "has_more"], "boolean", item)
      end
      item = fetch_present(value, "object", :object)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "object")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "object"], "string", item)
      end
      item = fetch_present(value, "url", :url)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "url")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "url"], "string", item)
      else
        if item.length > 5000
          issues << bound_issue([*path, "url"], "max_length", 5000, item)
        end
        if PATTERN_2 && !PATTERN_2.match?(item)
          issues << pattern_issue([*path, "url"], "^/v1/events", item)
        end
      end
    end

    # Checks an object of schema `payment_intents.list.response` in a response.
    def self.check_payment_intents_list_response_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "data", :data)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "data")
      elsif !item.is_a?(::Array)
        issues << type_issue([*path, "data"], "array", item)
      else
        item.each_with_index do |element2, index1|
          check_payment_intent_response(element2, [*path, "data", index1], issues)
        end
      end
      item = fetch_present(value, "has_more", :has_more)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "has_more")
      elsif item != true && item != false
        issues << type_issue([*path, "has_more"], "boolean", item)
      end
      item = fetch_present(value, "object", :object)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "object")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "object"], "string", item)
      end
      item = fetch_present(value, "url", :url)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "url")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "url"], "string", item)
      else
        if item.length > 5000
          issues << bound_issue([*path, "url"], "max_length", 5000, item)
        end
        if PATTERN_3 && !PATTERN_3.match?(item)
          issues << pattern_issue([*path, "url"], "^/v1/payment_intents", item)
        end
      end
    end

    # Checks an object of schema `setup_intents.list.response` in a response.
    def self.check_setup_intents_list_response_response(value, path, issues)
      unless value.is_a?(::Hash)
        issues << type_issue(path, "object", value)
        return
      end
      item = fetch_present(value, "data", :data)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "data")
      elsif !item.is_a?(::Array)
        issues << type_issue([*path, "data"], "array", item)
      else
        item.each_with_index do |element2, index1|
          check_setup_intent_response(element2, [*path, "data", index1], issues)
        end
      end
      item = fetch_present(value, "has_more", :has_more)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "has_more")
      elsif item != true && item != false
        issues << type_issue([*path, "has_more"], "boolean", item)
      end
      item = fetch_present(value, "object", :object)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "object")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "object"], "string", item)
      end
      item = fetch_present(value, "url", :url)
      if item.equal?(Validation::MISSING)
        issues << missing_issue(path, "url")
      elsif !item.is_a?(::String)
        issues << type_issue([*path, "url"], "string", item)
      else
        if item.length > 5000
          issues << bound_issue([*path, "url"], "max_length", 5000, item)
        end
        if PATTERN_4 && !PATTERN_4.match?(item)
          issues << pattern_issue([*path, "url"], "^/v1/setup_intents", item)
        end
      end
    end
  end
end
