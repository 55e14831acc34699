package com.example.stripe.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validators compiled from the spec: {@code Validators.<operation>(params)} answers the issues
 * of the params ({@link Validation.Issue}); the client checks each request with them before
 * sending it ({@code setValidateRequests(false)} turns this off). {@code
 * Validators.<operation>Response(body)} checks what an operation answered (a client built with
 * {@code setStrict(true)} does, throwing {@code ResponseValidationException}).
 */
public final class Validators {
  private static final Set<String> CUSTOMER_SESSIONS_CREATE_KEYS = Validation.keys(
      "components", "customer", "customer_account", "expand");
  private static final Set<String> PAYMENT_METHOD_ALLOW_REDISPLAY_FILTERS = Validation.keys(
      "always", "limited", "unspecified");
  private static final Set<String> PAYMENT_METHOD_REMOVE = Validation.keys("disabled", "enabled");
  private static final BigDecimal MINIMUM = new BigDecimal("1");
  private static final BigDecimal MAXIMUM = new BigDecimal("10");
  private static final Set<String> PAYMENT_METHOD_SAVE_USAGE = Validation.keys(
      "off_session", "on_session");
  private static final Set<String> CUSTOMERS_LIST_KEYS = Validation.keys(
      "created", "email", "ending_before", "expand", "limit", "starting_after", "test_clock");
  private static final List<String> CUSTOMERS_LIST_CREATED_EXPECTED = List.of(
      "an object", "an integer");
  private static final Set<String> CUSTOMERS_CREATE_KEYS = Validation.keys(
      "address", "balance", "description", "email", "expand", "invoice_settings", "metadata",
      "name", "payment_method", "phone", "preferred_locales", "shipping", "tax_exempt",
      "test_clock");
  private static final List<String> CUSTOMERS_CREATE_ADDRESS_EXPECTED = List.of(
      "an object", "\"\" (to unset)");
  private static final Set<String> EMPTY_STRING = Validation.keys("");
  private static final List<String> PARAMS_INVOICE_SETTINGS_CUSTOM_FIELDS_EXPECTED = List.of(
      "an array", "\"\" (to unset)");
  private static final Set<String> AMOUNT_TAX_DISPLAY = Validation.keys(
      "", "exclude_tax", "include_inclusive_tax");
  private static final Set<String> TAX_EXEMPT = Validation.keys("", "exempt", "none", "reverse");
  private static final Set<String> CUSTOMERS_SEARCH_KEYS = Validation.keys(
      "expand", "limit", "page", "query");
  private static final Set<String> CUSTOMERS_RETRIEVE_KEYS = Validation.keys("expand");
  private static final Set<String> CUSTOMERS_UPDATE_KEYS = Validation.keys(
      "address", "balance", "default_source", "description", "email", "expand", "invoice_settings",
      "metadata", "name", "phone", "preferred_locales", "shipping", "tax_exempt");
  private static final Set<String> CUSTOMERS_DELETE_KEYS = Validation.keys();
  private static final Set<String> CUSTOMERS_PAYMENT_METHODS_LIST_KEYS = Validation.keys(
      "ending_before", "expand", "limit", "starting_after", "type");
  private static final Set<String> TYPE = Validation.keys(
      "acss_debit", "bancontact", "card", "cashapp", "ideal", "klarna", "link", "paypal",
      "sepa_debit", "us_bank_account");
  private static final Set<String> EVENTS_LIST_KEYS = Validation.keys(
      "created", "delivery_success", "ending_before", "expand", "limit", "starting_after", "type",
      "types");
  private static final Set<String> PAYMENT_INTENTS_LIST_KEYS = Validation.keys(
      "created", "customer", "ending_before", "expand", "limit", "starting_after");
  private static final Set<String> PAYMENT_INTENTS_CREATE_KEYS = Validation.keys(
      "amount", "automatic_payment_methods", "capture_method", "confirm", "confirmation_method",
      "currency", "customer", "description", "error_on_requires_action", "expand", "metadata",
      "off_session", "payment_method", "payment_method_types", "receipt_email", "return_url",
      "setup_future_usage", "shipping", "statement_descriptor", "statement_descriptor_suffix",
      "use_stripe_sdk");
  private static final Set<String> ALLOW_REDIRECTS = Validation.keys("always", "never");
  private static final Set<String> CAPTURE_METHOD = Validation.keys(
      "automatic", "automatic_async", "manual");
  private static final Set<String> CONFIRMATION_METHOD = Validation.keys("automatic", "manual");
  private static final List<String> PAYMENT_INTENTS_CREATE_OFF_SESSION_EXPECTED = List.of(
      "a boolean", "one of 'one_off', 'recurring'");
  private static final Set<String> OFF_SESSION = Validation.keys("one_off", "recurring");
  private static final Set<String> PAYMENT_INTENTS_RETRIEVE_KEYS = Validation.keys(
      "client_secret", "expand");
  private static final Set<String> PAYMENT_INTENTS_UPDATE_KEYS = Validation.keys(
      "amount", "capture_method", "currency", "customer", "description", "expand", "metadata",
      "payment_method", "payment_method_types", "receipt_email", "setup_future_usage", "shipping",
      "statement_descriptor", "statement_descriptor_suffix");
  private static final List<String> PAYMENT_INTENTS_UPDATE_RECEIPT_EMAIL_EXPECTED = List.of(
      "a string", "\"\" (to unset)");
  private static final Set<String> SETUP_FUTURE_USAGE = Validation.keys(
      "", "off_session", "on_session");
  private static final Set<String> PAYMENT_INTENTS_CANCEL_KEYS = Validation.keys(
      "cancellation_reason", "expand");
  private static final Set<String> CANCELLATION_REASON = Validation.keys(
      "abandoned", "duplicate", "fraudulent", "requested_by_customer");
  private static final Set<String> PAYMENT_INTENTS_CONFIRM_KEYS = Validation.keys(
      "capture_method", "client_secret", "error_on_requires_action", "expand", "off_session",
      "payment_method", "payment_method_types", "receipt_email", "return_url", "setup_future_usage",
      "shipping", "use_stripe_sdk");
  private static final Set<String> PAYMENT_METHODS_ATTACH_KEYS = Validation.keys(
      "customer", "expand");
  private static final Set<String> SETUP_INTENTS_LIST_KEYS = Validation.keys(
      "attach_to_self", "created", "customer", "ending_before", "expand", "limit", "payment_method",
      "starting_after");
  private static final Set<String> SETUP_INTENTS_CREATE_KEYS = Validation.keys(
      "attach_to_self", "automatic_payment_methods", "confirm", "customer", "description", "expand",
      "flow_directions", "metadata", "on_behalf_of", "payment_method", "payment_method_types",
      "return_url", "usage", "use_stripe_sdk");
  private static final Set<String> FLOW_DIRECTIONS = Validation.keys("inbound", "outbound");
  private static final Set<String> SETUP_INTENTS_CONFIRM_KEYS = Validation.keys(
      "client_secret", "expand", "payment_method", "return_url", "use_stripe_sdk");
  private static final List<String> CUSTOMER_SESSION_CUSTOMER_EXPECTED = List.of(
      "a string", "an object");
  private static final Pattern PATTERN = Validation.pattern("^/v1/customers");
  private static final List<String> CUSTOMERS_RETRIEVE_RESPONSE_EXPECTED = List.of("an object");
  private static final Set<String> OBJECT_VALUES = Validation.keys(
      "customer", "customer_session", "payment_intent", "payment_method", "setup_intent");
  private static final Pattern PATTERN2 = Validation.pattern("^/v1/events");
  private static final Pattern PATTERN3 = Validation.pattern("^/v1/payment_intents");
  private static final Pattern PATTERN4 = Validation.pattern("^/v1/setup_intents");

  private Validators() {}

  /** The params of {@code PostCustomerSessions}: every issue found (none: valid). */
  public static List<Validation.Issue> customerSessionsCreate(Map<?, ?> params) {
    List<Validation.Issue> issues = new ArrayList<>();
    List<Object> path = List.of();
    Validation.unknownKeys(params, path, CUSTOMER_SESSIONS_CREATE_KEYS, issues);
    Object item = params.get("components");
    if (item == null) {
      issues.add(Validation.missingIssue(path, "components"));
    } else {
      checkCustomerSessionsCreateParamsComponents(item, Validation.at(path, "components"), issues);
    }
    item = params.get("customer");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "customer"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "customer"), "max_length", "5000", item, false));
      }
    }
    item = params.get("customer_account");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "customer_account"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "customer_account"), "max_length", "5000", item, false));
      }
    }
    item = params.get("expand");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "expand"), "array", item));
      } else {
        List<?> items1 = Validation.list(item);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          if (!Validation.isString(element3)) {
            issues.add(
                Validation.typeIssue(Validation.at(path, "expand", index2), "string", element3));
          } else if (Validation.length(element3) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "expand", index2), "max_length", "5000", element3, false));
          }
        }
      }
    }
    return issues;
  }

  /** The params of {@code GetCustomers}: every issue found (none: valid). */
  public static List<Validation.Issue> customersList(Map<?, ?> params) {
    List<Validation.Issue> issues = new ArrayList<>();
    List<Object> path = List.of();
    Validation.unknownKeys(params, path, CUSTOMERS_LIST_KEYS, issues);
    Object item = params.get("created");
    if (item != null) {
      anyOfCustomersListCreated(item, Validation.at(path, "created"), issues);
    }
    item = params.get("email");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "email"), "string", item));
      } else if (Validation.length(item) > 512) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "email"), "max_length", "512", item, false));
      }
    }
    item = params.get("ending_before");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "ending_before"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "ending_before"), "max_length", "5000", item, false));
      }
    }
    item = params.get("expand");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "expand"), "array", item));
      } else {
        List<?> items1 = Validation.list(item);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          if (!Validation.isString(element3)) {
            issues.add(
                Validation.typeIssue(Validation.at(path, "expand", index2), "string", element3));
          } else if (Validation.length(element3) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "expand", index2), "max_length", "5000", element3, false));
          }
        }
      }
    }
    item = params.get("limit");
    if (item != null && !Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "limit"), "integer", item));
    }
    item = params.get("starting_after");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "starting_after"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "starting_after"), "max_length", "5000", item, false));
      }
    }
    item = params.get("test_clock");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "test_clock"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "test_clock"), "max_length", "5000", item, false));
      }
    }
    return issues;
  }

  /** The params of {@code PostCustomers}: every issue found (none: valid). */
  public static List<Validation.Issue> customersCreate(Map<?, ?> params) {
    List<Validation.Issue> issues = new ArrayList<>();
    List<Object> path = List.of();
    Validation.unknownKeys(params, path, CUSTOMERS_CREATE_KEYS, issues);
    Object item = params.get("address");
    if (item != null) {
      anyOfCustomersCreateAddress(item, Validation.at(path, "address"), issues);
    }
    item = params.get("balance");
    if (item != null && !Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "balance"), "integer", item));
    }
    item = params.get("description");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "description"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "description"), "max_length", "5000", item, false));
      }
    }
    item = params.get("email");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "email"), "string", item));
      } else if (Validation.length(item) > 512) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "email"), "max_length", "512", item, false));
      }
    }
    item = params.get("expand");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "expand"), "array", item));
      } else {
        List<?> items1 = Validation.list(item);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          if (!Validation.isString(element3)) {
            issues.add(
                Validation.typeIssue(Validation.at(path, "expand", index2), "string", element3));
          } else if (Validation.length(element3) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "expand", index2), "max_length", "5000", element3, false));
          }
        }
      }
    }
    item = params.get("invoice_settings");
    if (item != null) {
      checkCustomersCreateParamsInvoiceSettings(
          item, Validation.at(path, "invoice_settings"), issues);
    }
    item = params.get("metadata");
    if (item != null) {
      anyOfCustomersCreateMetadata(item, Validation.at(path, "metadata"), issues);
    }
    item = params.get("name");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "name"), "string", item));
      } else if (Validation.length(item) > 256) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "name"), "max_length", "256", item, false));
      }
    }
    item = params.get("payment_method");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "payment_method"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "payment_method"), "max_length", "5000", item, false));
      }
    }
    item = params.get("phone");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "phone"), "string", item));
      } else if (Validation.length(item) > 20) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "phone"), "max_length", "20", item, false));
      }
    }
    item = params.get("preferred_locales");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "preferred_locales"), "array", item));
      } else {
        List<?> items4 = Validation.list(item);
        for (int index5 = 0; index5 < items4.size(); index5++) {
          Object element6 = items4.get(index5);
          if (!Validation.isString(element6)) {
            issues.add(
                Validation.typeIssue(
                    Validation.at(path, "preferred_locales", index5), "string", element6));
          } else if (Validation.length(element6) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "preferred_locales", index5), "max_length", "5000", element6, false));
          }
        }
      }
    }
    item = params.get("shipping");
    if (item != null) {
      anyOfCustomersCreateShipping(item, Validation.at(path, "shipping"), issues);
    }
    item = params.get("tax_exempt");
    if (item != null && !Validation.isOneOf(item, TAX_EXEMPT)) {
      issues.add(Validation.enumIssue(Validation.at(path, "tax_exempt"), TAX_EXEMPT, item));
    }
    item = params.get("test_clock");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "test_clock"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "test_clock"), "max_length", "5000", item, false));
      }
    }
    return issues;
  }

  /** The params of {@code GetCustomersSearch}: every issue found (none: valid). */
  public static List<Validation.Issue> customersSearch(Map<?, ?> params) {
    List<Validation.Issue> issues = new ArrayList<>();
    List<Object> path = List.of();
    Validation.unknownKeys(params, path, CUSTOMERS_SEARCH_KEYS, issues);
    Object item = params.get("expand");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "expand"), "array", item));
      } else {
        List<?> items1 = Validation.list(item);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          if (!Validation.isString(element3)) {
            issues.add(
                Validation.typeIssue(Validation.at(path, "expand", index2), "string", element3));
          } else if (Validation.length(element3) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "expand", index2), "max_length", "5000", element3, false));
          }
        }
      }
    }
    item = params.get("limit");
    if (item != null && !Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "limit"), "integer", item));
    }
    item = params.get("page");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "page"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "page"), "max_length", "5000", item, false));
      }
    }
    item = params.get("query");
    if (item == null) {
      issues.add(Validation.missingIssue(path, "query"));
    } else if (!Validation.isString(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "query"), "string", item));
    } else if (Validation.length(item) > 5000) {
      issues.add(
          Validation.boundIssue(Validation.at(path, "query"), "max_length", "5000", item, false));
    }
    return issues;
  }

  /** The params of {@code GetCustomersCustomer}: every issue found (none: valid). */
  public static List<Validation.Issue> customersRetrieve(Map<?, ?> params) {
    List<Validation.Issue> issues = new ArrayList<>();
    List<Object> path = List.of();
    Validation.unknownKeys(params, path, CUSTOMERS_RETRIEVE_KEYS, issues);
    Object item = params.get("expand");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "expand"), "array", item));
      } else {
        List<?> items1 = Validation.list(item);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          if (!Validation.isString(element3)) {
            issues.add(
                Validation.typeIssue(Validation.at(path, "expand", index2), "string", element3));
          } else if (Validation.length(element3) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "expand", index2), "max_length", "5000", element3, false));
          }
        }
      }
    }
    return issues;
  }

  /** The params of {@code PostCustomersCustomer}: every issue found (none: valid). */
  public static List<Validation.Issue> customersUpdate(Map<?, ?> params) {
    List<Validation.Issue> issues = new ArrayList<>();
    List<Object> path = List.of();
    Validation.unknownKeys(params, path, CUSTOMERS_UPDATE_KEYS, issues);
    Object item = params.get("address");
    if (item != null) {
      anyOfCustomersUpdateAddress(item, Validation.at(path, "address"), issues);
    }
    item = params.get("balance");
    if (item != null && !Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "balance"), "integer", item));
    }
    item = params.get("default_source");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "default_source"), "string", item));
      } else if (Validation.length(item) > 500) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "default_source"), "max_length", "500", item, false));
      }
    }
    item = params.get("description");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "description"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "description"), "max_length", "5000", item, false));
      }
    }
    item = params.get("email");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "email"), "string", item));
      } else if (Validation.length(item) > 512) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "email"), "max_length", "512", item, false));
      }
    }
    item = params.get("expand");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "expand"), "array", item));
      } else {
        List<?> items1 = Validation.list(item);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          if (!Validation.isString(element3)) {
            issues.add(
                Validation.typeIssue(Validation.at(path, "expand", index2), "string", element3));
          } else if (Validation.length(element3) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "expand", index2), "max_length", "5000", element3, false));
          }
        }
      }
    }
    item = params.get("invoice_settings");
    if (item != null) {
      checkCustomersUpdateParamsInvoiceSettings(
          item, Validation.at(path, "invoice_settings"), issues);
    }
    item = params.get("metadata");
    if (item != null) {
      anyOfCustomersCreateMetadata(item, Validation.at(path, "metadata"), issues);
    }
    item = params.get("name");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "name"), "string", item));
      } else if (Validation.length(item) > 256) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "name"), "max_length", "256", item, false));
      }
    }
    item = params.get("phone");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "phone"), "string", item));
      } else if (Validation.length(item) > 20) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "phone"), "max_length", "20", item, false));
      }
    }
    item = params.get("preferred_locales");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "preferred_locales"), "array", item));
      } else {
        List<?> items4 = Validation.list(item);
        for (int index5 = 0; index5 < items4.size(); index5++) {
          Object element6 = items4.get(index5);
          if (!Validation.isString(element6)) {
            issues.add(
                Validation.typeIssue(
                    Validation.at(path, "preferred_locales", index5), "string", element6));
          } else if (Validation.length(element6) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "preferred_locales", index5), "max_length", "5000", element6, false));
          }
        }
      }
    }
    item = params.get("shipping");
    if (item != null) {
      anyOfCustomersUpdateShipping(item, Validation.at(path, "shipping"), issues);
    }
    item = params.get("tax_exempt");
    if (item != null && !Validation.isOneOf(item, TAX_EXEMPT)) {
      issues.add(Validation.enumIssue(Validation.at(path, "tax_exempt"), TAX_EXEMPT, item));
    }
    return issues;
  }

  /** The params of {@code DeleteCustomersCustomer}: every issue found (none: valid). */
  public static List<Validation.Issue> customersDelete(Map<?, ?> params) {
    List<Validation.Issue> issues = new ArrayList<>();
    List<Object> path = List.of();
    Validation.unknownKeys(params, path, CUSTOMERS_DELETE_KEYS, issues);
    return issues;
  }

  /** The params of {@code GetCustomersCustomerPaymentMethods}: every issue found (none: valid). */
  public static List<Validation.Issue> customersPaymentMethodsList(Map<?, ?> params) {
    List<Validation.Issue> issues = new ArrayList<>();
    List<Object> path = List.of();
    Validation.unknownKeys(params, path, CUSTOMERS_PAYMENT_METHODS_LIST_KEYS, issues);
    Object item = params.get("ending_before");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "ending_before"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "ending_before"), "max_length", "5000", item, false));
      }
    }
    item = params.get("expand");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "expand"), "array", item));
      } else {
        List<?> items1 = Validation.list(item);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          if (!Validation.isString(element3)) {
            issues.add(
                Validation.typeIssue(Validation.at(path, "expand", index2), "string", element3));
          } else if (Validation.length(element3) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "expand", index2), "max_length", "5000", element3, false));
          }
        }
      }
    }
    item = params.get("limit");
    if (item != null && !Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "limit"), "integer", item));
    }
    item = params.get("starting_after");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "starting_after"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "starting_after"), "max_length", "5000", item, false));
      }
    }
    item = params.get("type");
    if (item != null && !Validation.isOneOf(item, TYPE)) {
      issues.add(Validation.enumIssue(Validation.at(path, "type"), TYPE, item));
    }
    return issues;
  }

  /** The params of {@code GetEvents}: every issue found (none: valid). */
  public static List<Validation.Issue> eventsList(Map<?, ?> params) {
    List<Validation.Issue> issues = new ArrayList<>();
    List<Object> path = List.of();
    Validation.unknownKeys(params, path, EVENTS_LIST_KEYS, issues);
    Object item = params.get("created");
    if (item != null) {
      anyOfEventsListCreated(item, Validation.at(path, "created"), issues);
    }
    item = params.get("delivery_success");
    if (item != null && !(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "delivery_success"), "boolean", item));
    }
    item = params.get("ending_before");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "ending_before"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "ending_before"), "max_length", "5000", item, false));
      }
    }
    item = params.get("expand");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "expand"), "array", item));
      } else {
        List<?> items1 = Validation.list(item);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          if (!Validation.isString(element3)) {
            issues.add(
                Validation.typeIssue(Validation.at(path, "expand", index2), "string", element3));
          } else if (Validation.length(element3) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "expand", index2), "max_length", "5000", element3, false));
          }
        }
      }
    }
    item = params.get("limit");
    if (item != null && !Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "limit"), "integer", item));
    }
    item = params.get("starting_after");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "starting_after"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "starting_after"), "max_length", "5000", item, false));
      }
    }
    item = params.get("type");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "type"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "type"), "max_length", "5000", item, false));
      }
    }
    item = params.get("types");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "types"), "array", item));
      } else {
        List<?> items4 = Validation.list(item);
        for (int index5 = 0; index5 < items4.size(); index5++) {
          Object element6 = items4.get(index5);
          if (!Validation.isString(element6)) {
            issues.add(
                Validation.typeIssue(Validation.at(path, "types", index5), "string", element6));
          } else if (Validation.length(element6) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "types", index5), "max_length", "5000", element6, false));
          }
        }
      }
    }
    return issues;
  }

  /** The params of {@code GetEventsId}: every issue found (none: valid). */
  public static List<Validation.Issue> eventsRetrieve(Map<?, ?> params) {
    List<Validation.Issue> issues = new ArrayList<>();
    List<Object> path = List.of();
    Validation.unknownKeys(params, path, CUSTOMERS_RETRIEVE_KEYS, issues);
    Object item = params.get("expand");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "expand"), "array", item));
      } else {
        List<?> items1 = Validation.list(item);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          if (!Validation.isString(element3)) {
            issues.add(
                Validation.typeIssue(Validation.at(path, "expand", index2), "string", element3));
          } else if (Validation.length(element3) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "expand", index2), "max_length", "5000", element3, false));
          }
        }
      }
    }
    return issues;
  }

  /** The params of {@code GetPaymentIntents}: every issue found (none: valid). */
  public static List<Validation.Issue> paymentIntentsList(Map<?, ?> params) {
    List<Validation.Issue> issues = new ArrayList<>();
    List<Object> path = List.of();
    Validation.unknownKeys(params, path, PAYMENT_INTENTS_LIST_KEYS, issues);
    Object item = params.get("created");
    if (item != null) {
      anyOfPaymentIntentsListCreated(item, Validation.at(path, "created"), issues);
    }
    item = params.get("customer");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "customer"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "customer"), "max_length", "5000", item, false));
      }
    }
    item = params.get("ending_before");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "ending_before"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "ending_before"), "max_length", "5000", item, false));
      }
    }
    item = params.get("expand");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "expand"), "array", item));
      } else {
        List<?> items1 = Validation.list(item);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          if (!Validation.isString(element3)) {
            issues.add(
                Validation.typeIssue(Validation.at(path, "expand", index2), "string", element3));
          } else if (Validation.length(element3) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "expand", index2), "max_length", "5000", element3, false));
          }
        }
      }
    }
    item = params.get("limit");
    if (item != null && !Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "limit"), "integer", item));
    }
    item = params.get("starting_after");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "starting_after"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "starting_after"), "max_length", "5000", item, false));
      }
    }
    return issues;
  }

  /** The params of {@code PostPaymentIntents}: every issue found (none: valid). */
  public static List<Validation.Issue> paymentIntentsCreate(Map<?, ?> params) {
    List<Validation.Issue> issues = new ArrayList<>();
    List<Object> path = List.of();
    Validation.unknownKeys(params, path, PAYMENT_INTENTS_CREATE_KEYS, issues);
    Object item = params.get("amount");
    if (item == null) {
      issues.add(Validation.missingIssue(path, "amount"));
    } else if (!Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "amount"), "integer", item));
    }
    item = params.get("automatic_payment_methods");
    if (item != null) {
      checkPaymentIntentsCreateParamsAutomaticPaymentMethods(
          item, Validation.at(path, "automatic_payment_methods"), issues);
    }
    item = params.get("capture_method");
    if (item != null && !Validation.isOneOf(item, CAPTURE_METHOD)) {
      issues.add(Validation.enumIssue(Validation.at(path, "capture_method"), CAPTURE_METHOD, item));
    }
    item = params.get("confirm");
    if (item != null && !(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "confirm"), "boolean", item));
    }
    item = params.get("confirmation_method");
    if (item != null && !Validation.isOneOf(item, CONFIRMATION_METHOD)) {
      issues.add(
          Validation.enumIssue(
              Validation.at(path, "confirmation_method"), CONFIRMATION_METHOD, item));
    }
    item = params.get("currency");
    if (item == null) {
      issues.add(Validation.missingIssue(path, "currency"));
    } else if (!Validation.isString(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "currency"), "string", item));
    }
    item = params.get("customer");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "customer"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "customer"), "max_length", "5000", item, false));
      }
    }
    item = params.get("description");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "description"), "string", item));
      } else if (Validation.length(item) > 1000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "description"), "max_length", "1000", item, false));
      }
    }
    item = params.get("error_on_requires_action");
    if (item != null && !(item instanceof Boolean)) {
      issues.add(
          Validation.typeIssue(Validation.at(path, "error_on_requires_action"), "boolean", item));
    }
    item = params.get("expand");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "expand"), "array", item));
      } else {
        List<?> items1 = Validation.list(item);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          if (!Validation.isString(element3)) {
            issues.add(
                Validation.typeIssue(Validation.at(path, "expand", index2), "string", element3));
          } else if (Validation.length(element3) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "expand", index2), "max_length", "5000", element3, false));
          }
        }
      }
    }
    item = params.get("metadata");
    if (item != null) {
      if (Validation.object(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "metadata"), "object", item));
      } else {
        for (Map.Entry<?, ?> entry4 : Validation.object(item).entrySet()) {
          Object value5 = entry4.getValue();
          if (value5 != null && !Validation.isString(value5)) {
            issues.add(
                Validation.typeIssue(
                    Validation.at(path, "metadata", String.valueOf(entry4.getKey())), "string", value5));
          }
        }
      }
    }
    item = params.get("off_session");
    if (item != null) {
      anyOfPaymentIntentsCreateOffSession(item, Validation.at(path, "off_session"), issues);
    }
    item = params.get("payment_method");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "payment_method"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "payment_method"), "max_length", "5000", item, false));
      }
    }
    item = params.get("payment_method_types");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(
            Validation.typeIssue(Validation.at(path, "payment_method_types"), "array", item));
      } else {
        List<?> items6 = Validation.list(item);
        for (int index7 = 0; index7 < items6.size(); index7++) {
          Object element8 = items6.get(index7);
          if (!Validation.isString(element8)) {
            issues.add(
                Validation.typeIssue(
                    Validation.at(path, "payment_method_types", index7), "string", element8));
          } else if (Validation.length(element8) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "payment_method_types", index7), "max_length", "5000", element8, false));
          }
        }
      }
    }
    item = params.get("receipt_email");
    if (item != null && !Validation.isString(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "receipt_email"), "string", item));
    }
    item = params.get("return_url");
    if (item != null && !Validation.isString(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "return_url"), "string", item));
    }
    item = params.get("setup_future_usage");
    if (item != null && !Validation.isOneOf(item, PAYMENT_METHOD_SAVE_USAGE)) {
      issues.add(
          Validation.enumIssue(
              Validation.at(path, "setup_future_usage"), PAYMENT_METHOD_SAVE_USAGE, item));
    }
    item = params.get("shipping");
    if (item != null) {
      checkPaymentIntentsCreateParamsShipping(item, Validation.at(path, "shipping"), issues);
    }
    item = params.get("statement_descriptor");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(
            Validation.typeIssue(Validation.at(path, "statement_descriptor"), "string", item));
      } else if (Validation.length(item) > 22) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "statement_descriptor"), "max_length", "22", item, false));
      }
    }
    item = params.get("statement_descriptor_suffix");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(
            Validation.typeIssue(
                Validation.at(path, "statement_descriptor_suffix"), "string", item));
      } else if (Validation.length(item) > 22) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "statement_descriptor_suffix"), "max_length", "22", item, false));
      }
    }
    item = params.get("use_stripe_sdk");
    if (item != null && !(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "use_stripe_sdk"), "boolean", item));
    }
    return issues;
  }

  /** The params of {@code GetPaymentIntentsIntent}: every issue found (none: valid). */
  public static List<Validation.Issue> paymentIntentsRetrieve(Map<?, ?> params) {
    List<Validation.Issue> issues = new ArrayList<>();
    List<Object> path = List.of();
    Validation.unknownKeys(params, path, PAYMENT_INTENTS_RETRIEVE_KEYS, issues);
    Object item = params.get("client_secret");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "client_secret"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "client_secret"), "max_length", "5000", item, false));
      }
    }
    item = params.get("expand");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "expand"), "array", item));
      } else {
        List<?> items1 = Validation.list(item);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          if (!Validation.isString(element3)) {
            issues.add(
                Validation.typeIssue(Validation.at(path, "expand", index2), "string", element3));
          } else if (Validation.length(element3) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "expand", index2), "max_length", "5000", element3, false));
          }
        }
      }
    }
    return issues;
  }

  /** The params of {@code PostPaymentIntentsIntent}: every issue found (none: valid). */
  public static List<Validation.Issue> paymentIntentsUpdate(Map<?, ?> params) {
    List<Validation.Issue> issues = new ArrayList<>();
    List<Object> path = List.of();
    Validation.unknownKeys(params, path, PAYMENT_INTENTS_UPDATE_KEYS, issues);
    Object item = params.get("amount");
    if (item != null && !Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "amount"), "integer", item));
    }
    item = params.get("capture_method");
    if (item != null && !Validation.isOneOf(item, CAPTURE_METHOD)) {
      issues.add(Validation.enumIssue(Validation.at(path, "capture_method"), CAPTURE_METHOD, item));
    }
    item = params.get("currency");
    if (item != null && !Validation.isString(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "currency"), "string", item));
    }
    item = params.get("customer");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "customer"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "customer"), "max_length", "5000", item, false));
      }
    }
    item = params.get("description");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "description"), "string", item));
      } else if (Validation.length(item) > 1000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "description"), "max_length", "1000", item, false));
      }
    }
    item = params.get("expand");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "expand"), "array", item));
      } else {
        List<?> items1 = Validation.list(item);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          if (!Validation.isString(element3)) {
            issues.add(
                Validation.typeIssue(Validation.at(path, "expand", index2), "string", element3));
          } else if (Validation.length(element3) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "expand", index2), "max_length", "5000", element3, false));
          }
        }
      }
    }
    item = params.get("metadata");
    if (item != null) {
      anyOfCustomersCreateMetadata(item, Validation.at(path, "metadata"), issues);
    }
    item = params.get("payment_method");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "payment_method"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "payment_method"), "max_length", "5000", item, false));
      }
    }
    item = params.get("payment_method_types");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(
            Validation.typeIssue(Validation.at(path, "payment_method_types"), "array", item));
      } else {
        List<?> items4 = Validation.list(item);
        for (int index5 = 0; index5 < items4.size(); index5++) {
          Object element6 = items4.get(index5);
          if (!Validation.isString(element6)) {
            issues.add(
                Validation.typeIssue(
                    Validation.at(path, "payment_method_types", index5), "string", element6));
          } else if (Validation.length(element6) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "payment_method_types", index5), "max_length", "5000", element6, false));
          }
        }
      }
    }
    item = params.get("receipt_email");
    if (item != null) {
      anyOfPaymentIntentsUpdateReceiptEmail(item, Validation.at(path, "receipt_email"), issues);
    }
    item = params.get("setup_future_usage");
    if (item != null && !Validation.isOneOf(item, SETUP_FUTURE_USAGE)) {
      issues.add(
          Validation.enumIssue(
              Validation.at(path, "setup_future_usage"), SETUP_FUTURE_USAGE, item));
    }
    item = params.get("shipping");
    if (item != null) {
      anyOfPaymentIntentsUpdateShipping(item, Validation.at(path, "shipping"), issues);
    }
    item = params.get("statement_descriptor");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(
            Validation.typeIssue(Validation.at(path, "statement_descriptor"), "string", item));
      } else if (Validation.length(item) > 22) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "statement_descriptor"), "max_length", "22", item, false));
      }
    }
    item = params.get("statement_descriptor_suffix");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(
            Validation.typeIssue(
                Validation.at(path, "statement_descriptor_suffix"), "string", item));
      } else if (Validation.length(item) > 22) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "statement_descriptor_suffix"), "max_length", "22", item, false));
      }
    }
    return issues;
  }

  /** The params of {@code PostPaymentIntentsIntentCancel}: every issue found (none: valid). */
  public static List<Validation.Issue> paymentIntentsCancel(Map<?, ?> params) {
    List<Validation.Issue> issues = new ArrayList<>();
    List<Object> path = List.of();
    Validation.unknownKeys(params, path, PAYMENT_INTENTS_CANCEL_KEYS, issues);
    Object item = params.get("cancellation_reason");
    if (item != null && !Validation.isOneOf(item, CANCELLATION_REASON)) {
      issues.add(
          Validation.enumIssue(
              Validation.at(path, "cancellation_reason"), CANCELLATION_REASON, item));
    }
    item = params.get("expand");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "expand"), "array", item));
      } else {
        List<?> items1 = Validation.list(item);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          if (!Validation.isString(element3)) {
            issues.add(
                Validation.typeIssue(Validation.at(path, "expand", index2), "string", element3));
          } else if (Validation.length(element3) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "expand", index2), "max_length", "5000", element3, false));
          }
        }
      }
    }
    return issues;
  }

  /** The params of {@code PostPaymentIntentsIntentConfirm}: every issue found (none: valid). */
  public static List<Validation.Issue> paymentIntentsConfirm(Map<?, ?> params) {
    List<Validation.Issue> issues = new ArrayList<>();
    List<Object> path = List.of();
    Validation.unknownKeys(params, path, PAYMENT_INTENTS_CONFIRM_KEYS, issues);
    Object item = params.get("capture_method");
    if (item != null && !Validation.isOneOf(item, CAPTURE_METHOD)) {
      issues.add(Validation.enumIssue(Validation.at(path, "capture_method"), CAPTURE_METHOD, item));
    }
    item = params.get("client_secret");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "client_secret"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "client_secret"), "max_length", "5000", item, false));
      }
    }
    item = params.get("error_on_requires_action");
    if (item != null && !(item instanceof Boolean)) {
      issues.add(
          Validation.typeIssue(Validation.at(path, "error_on_requires_action"), "boolean", item));
    }
    item = params.get("expand");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "expand"), "array", item));
      } else {
        List<?> items1 = Validation.list(item);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          if (!Validation.isString(element3)) {
            issues.add(
                Validation.typeIssue(Validation.at(path, "expand", index2), "string", element3));
          } else if (Validation.length(element3) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "expand", index2), "max_length", "5000", element3, false));
          }
        }
      }
    }
    item = params.get("off_session");
    if (item != null) {
      anyOfPaymentIntentsConfirmOffSession(item, Validation.at(path, "off_session"), issues);
    }
    item = params.get("payment_method");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "payment_method"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "payment_method"), "max_length", "5000", item, false));
      }
    }
    item = params.get("payment_method_types");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(
            Validation.typeIssue(Validation.at(path, "payment_method_types"), "array", item));
      } else {
        List<?> items4 = Validation.list(item);
        for (int index5 = 0; index5 < items4.size(); index5++) {
          Object element6 = items4.get(index5);
          if (!Validation.isString(element6)) {
            issues.add(
                Validation.typeIssue(
                    Validation.at(path, "payment_method_types", index5), "string", element6));
          } else if (Validation.length(element6) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "payment_method_types", index5), "max_length", "5000", element6, false));
          }
        }
      }
    }
    item = params.get("receipt_email");
    if (item != null) {
      anyOfPaymentIntentsUpdateReceiptEmail(item, Validation.at(path, "receipt_email"), issues);
    }
    item = params.get("return_url");
    if (item != null && !Validation.isString(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "return_url"), "string", item));
    }
    item = params.get("setup_future_usage");
    if (item != null && !Validation.isOneOf(item, SETUP_FUTURE_USAGE)) {
      issues.add(
          Validation.enumIssue(
              Validation.at(path, "setup_future_usage"), SETUP_FUTURE_USAGE, item));
    }
    item = params.get("shipping");
    if (item != null) {
      anyOfPaymentIntentsConfirmShipping(item, Validation.at(path, "shipping"), issues);
    }
    item = params.get("use_stripe_sdk");
    if (item != null && !(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "use_stripe_sdk"), "boolean", item));
    }
    return issues;
  }

  /** The params of {@code GetPaymentMethodsPaymentMethod}: every issue found (none: valid). */
  public static List<Validation.Issue> paymentMethodsRetrieve(Map<?, ?> params) {
    List<Validation.Issue> issues = new ArrayList<>();
    List<Object> path = List.of();
    Validation.unknownKeys(params, path, CUSTOMERS_RETRIEVE_KEYS, issues);
    Object item = params.get("expand");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "expand"), "array", item));
      } else {
        List<?> items1 = Validation.list(item);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          if (!Validation.isString(element3)) {
            issues.add(
                Validation.typeIssue(Validation.at(path, "expand", index2), "string", element3));
          } else if (Validation.length(element3) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "expand", index2), "max_length", "5000", element3, false));
          }
        }
      }
    }
    return issues;
  }

  /**
   * The params of {@code PostPaymentMethodsPaymentMethodAttach}: every issue found (none: valid).
   */
  public static List<Validation.Issue> paymentMethodsAttach(Map<?, ?> params) {
    List<Validation.Issue> issues = new ArrayList<>();
    List<Object> path = List.of();
    Validation.unknownKeys(params, path, PAYMENT_METHODS_ATTACH_KEYS, issues);
    Object item = params.get("customer");
    if (item == null) {
      issues.add(Validation.missingIssue(path, "customer"));
    } else if (!Validation.isString(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "customer"), "string", item));
    } else if (Validation.length(item) > 5000) {
      issues.add(
          Validation.boundIssue(
              Validation.at(path, "customer"), "max_length", "5000", item, false));
    }
    item = params.get("expand");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "expand"), "array", item));
      } else {
        List<?> items1 = Validation.list(item);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          if (!Validation.isString(element3)) {
            issues.add(
                Validation.typeIssue(Validation.at(path, "expand", index2), "string", element3));
          } else if (Validation.length(element3) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "expand", index2), "max_length", "5000", element3, false));
          }
        }
      }
    }
    return issues;
  }

  /**
   * The params of {@code PostPaymentMethodsPaymentMethodDetach}: every issue found (none: valid).
   */
  public static List<Validation.Issue> paymentMethodsDetach(Map<?, ?> params) {
    List<Validation.Issue> issues = new ArrayList<>();
    List<Object> path = List.of();
    Validation.unknownKeys(params, path, CUSTOMERS_RETRIEVE_KEYS, issues);
    Object item = params.get("expand");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "expand"), "array", item));
      } else {
        List<?> items1 = Validation.list(item);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          if (!Validation.isString(element3)) {
            issues.add(
                Validation.typeIssue(Validation.at(path, "expand", index2), "string", element3));
          } else if (Validation.length(element3) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "expand", index2), "max_length", "5000", element3, false));
          }
        }
      }
    }
    return issues;
  }

  /** The params of {@code GetSetupIntents}: every issue found (none: valid). */
  public static List<Validation.Issue> setupIntentsList(Map<?, ?> params) {
    List<Validation.Issue> issues = new ArrayList<>();
    List<Object> path = List.of();
    Validation.unknownKeys(params, path, SETUP_INTENTS_LIST_KEYS, issues);
    Object item = params.get("attach_to_self");
    if (item != null && !(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "attach_to_self"), "boolean", item));
    }
    item = params.get("created");
    if (item != null) {
      anyOfSetupIntentsListCreated(item, Validation.at(path, "created"), issues);
    }
    item = params.get("customer");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "customer"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "customer"), "max_length", "5000", item, false));
      }
    }
    item = params.get("ending_before");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "ending_before"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "ending_before"), "max_length", "5000", item, false));
      }
    }
    item = params.get("expand");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "expand"), "array", item));
      } else {
        List<?> items1 = Validation.list(item);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          if (!Validation.isString(element3)) {
            issues.add(
                Validation.typeIssue(Validation.at(path, "expand", index2), "string", element3));
          } else if (Validation.length(element3) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "expand", index2), "max_length", "5000", element3, false));
          }
        }
      }
    }
    item = params.get("limit");
    if (item != null && !Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "limit"), "integer", item));
    }
    item = params.get("payment_method");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "payment_method"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "payment_method"), "max_length", "5000", item, false));
      }
    }
    item = params.get("starting_after");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "starting_after"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "starting_after"), "max_length", "5000", item, false));
      }
    }
    return issues;
  }

  /** The params of {@code PostSetupIntents}: every issue found (none: valid). */
  public static List<Validation.Issue> setupIntentsCreate(Map<?, ?> params) {
    List<Validation.Issue> issues = new ArrayList<>();
    List<Object> path = List.of();
    Validation.unknownKeys(params, path, SETUP_INTENTS_CREATE_KEYS, issues);
    Object item = params.get("attach_to_self");
    if (item != null && !(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "attach_to_self"), "boolean", item));
    }
    item = params.get("automatic_payment_methods");
    if (item != null) {
      checkSetupIntentsCreateParamsAutomaticPaymentMethods(
          item, Validation.at(path, "automatic_payment_methods"), issues);
    }
    item = params.get("confirm");
    if (item != null && !(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "confirm"), "boolean", item));
    }
    item = params.get("customer");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "customer"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "customer"), "max_length", "5000", item, false));
      }
    }
    item = params.get("description");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "description"), "string", item));
      } else if (Validation.length(item) > 1000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "description"), "max_length", "1000", item, false));
      }
    }
    item = params.get("expand");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "expand"), "array", item));
      } else {
        List<?> items1 = Validation.list(item);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          if (!Validation.isString(element3)) {
            issues.add(
                Validation.typeIssue(Validation.at(path, "expand", index2), "string", element3));
          } else if (Validation.length(element3) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "expand", index2), "max_length", "5000", element3, false));
          }
        }
      }
    }
    item = params.get("flow_directions");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "flow_directions"), "array", item));
      } else {
        List<?> items4 = Validation.list(item);
        for (int index5 = 0; index5 < items4.size(); index5++) {
          Object element6 = items4.get(index5);
          if (!Validation.isOneOf(element6, FLOW_DIRECTIONS)) {
            issues.add(
                Validation.enumIssue(
                    Validation.at(path, "flow_directions", index5), FLOW_DIRECTIONS, element6));
          }
        }
      }
    }
    item = params.get("metadata");
    if (item != null) {
      if (Validation.object(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "metadata"), "object", item));
      } else {
        for (Map.Entry<?, ?> entry7 : Validation.object(item).entrySet()) {
          Object value8 = entry7.getValue();
          if (value8 != null && !Validation.isString(value8)) {
            issues.add(
                Validation.typeIssue(
                    Validation.at(path, "metadata", String.valueOf(entry7.getKey())), "string", value8));
          }
        }
      }
    }
    item = params.get("on_behalf_of");
    if (item != null && !Validation.isString(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "on_behalf_of"), "string", item));
    }
    item = params.get("payment_method");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "payment_method"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "payment_method"), "max_length", "5000", item, false));
      }
    }
    item = params.get("payment_method_types");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(
            Validation.typeIssue(Validation.at(path, "payment_method_types"), "array", item));
      } else {
        List<?> items9 = Validation.list(item);
        for (int index10 = 0; index10 < items9.size(); index10++) {
          Object element11 = items9.get(index10);
          if (!Validation.isString(element11)) {
            issues.add(
                Validation.typeIssue(
                    Validation.at(path, "payment_method_types", index10), "string", element11));
          } else if (Validation.length(element11) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "payment_method_types", index10), "max_length", "5000", element11, false));
          }
        }
      }
    }
    item = params.get("return_url");
    if (item != null && !Validation.isString(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "return_url"), "string", item));
    }
    item = params.get("usage");
    if (item != null && !Validation.isOneOf(item, PAYMENT_METHOD_SAVE_USAGE)) {
      issues.add(
          Validation.enumIssue(Validation.at(path, "usage"), PAYMENT_METHOD_SAVE_USAGE, item));
    }
    item = params.get("use_stripe_sdk");
    if (item != null && !(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "use_stripe_sdk"), "boolean", item));
    }
    return issues;
  }

  /** The params of {@code GetSetupIntentsIntent}: every issue found (none: valid). */
  public static List<Validation.Issue> setupIntentsRetrieve(Map<?, ?> params) {
    List<Validation.Issue> issues = new ArrayList<>();
    List<Object> path = List.of();
    Validation.unknownKeys(params, path, PAYMENT_INTENTS_RETRIEVE_KEYS, issues);
    Object item = params.get("client_secret");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "client_secret"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "client_secret"), "max_length", "5000", item, false));
      }
    }
    item = params.get("expand");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "expand"), "array", item));
      } else {
        List<?> items1 = Validation.list(item);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          if (!Validation.isString(element3)) {
            issues.add(
                Validation.typeIssue(Validation.at(path, "expand", index2), "string", element3));
          } else if (Validation.length(element3) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "expand", index2), "max_length", "5000", element3, false));
          }
        }
      }
    }
    return issues;
  }

  /** The params of {@code PostSetupIntentsIntentConfirm}: every issue found (none: valid). */
  public static List<Validation.Issue> setupIntentsConfirm(Map<?, ?> params) {
    List<Validation.Issue> issues = new ArrayList<>();
    List<Object> path = List.of();
    Validation.unknownKeys(params, path, SETUP_INTENTS_CONFIRM_KEYS, issues);
    Object item = params.get("client_secret");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "client_secret"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "client_secret"), "max_length", "5000", item, false));
      }
    }
    item = params.get("expand");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "expand"), "array", item));
      } else {
        List<?> items1 = Validation.list(item);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          if (!Validation.isString(element3)) {
            issues.add(
                Validation.typeIssue(Validation.at(path, "expand", index2), "string", element3));
          } else if (Validation.length(element3) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "expand", index2), "max_length", "5000", element3, false));
          }
        }
      }
    }
    item = params.get("payment_method");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "payment_method"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "payment_method"), "max_length", "5000", item, false));
      }
    }
    item = params.get("return_url");
    if (item != null && !Validation.isString(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "return_url"), "string", item));
    }
    item = params.get("use_stripe_sdk");
    if (item != null && !(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "use_stripe_sdk"), "boolean", item));
    }
    return issues;
  }

  /**
   * What {@code PostCustomerSessions} answers (its parsed JSON): every issue found (none: valid).
   */
  public static List<Validation.Issue> customerSessionsCreateResponse(Object body) {
    List<Validation.Issue> issues = new ArrayList<>();
    Object value = Validation.plain(body);
    List<Object> path = List.of();
    checkCustomerSessionResponse(value, path, issues);
    return issues;
  }

  /** What {@code GetCustomers} answers (its parsed JSON): every issue found (none: valid). */
  public static List<Validation.Issue> customersListResponse(Object body) {
    List<Validation.Issue> issues = new ArrayList<>();
    Object value = Validation.plain(body);
    List<Object> path = List.of();
    checkCustomersListResponseResponse(value, path, issues);
    return issues;
  }

  /** What {@code PostCustomers} answers (its parsed JSON): every issue found (none: valid). */
  public static List<Validation.Issue> customersCreateResponse(Object body) {
    List<Validation.Issue> issues = new ArrayList<>();
    Object value = Validation.plain(body);
    List<Object> path = List.of();
    checkCustomerResponse(value, path, issues);
    return issues;
  }

  /** What {@code GetCustomersSearch} answers (its parsed JSON): every issue found (none: valid). */
  public static List<Validation.Issue> customersSearchResponse(Object body) {
    List<Validation.Issue> issues = new ArrayList<>();
    Object value = Validation.plain(body);
    List<Object> path = List.of();
    checkCustomersSearchResponseResponse(value, path, issues);
    return issues;
  }

  /**
   * What {@code GetCustomersCustomer} answers (its parsed JSON): every issue found (none: valid).
   */
  public static List<Validation.Issue> customersRetrieveResponse(Object body) {
    List<Validation.Issue> issues = new ArrayList<>();
    Object value = Validation.plain(body);
    List<Object> path = List.of();
    anyOfCustomersRetrieveResponseResponse(value, path, issues);
    return issues;
  }

  /**
   * What {@code PostCustomersCustomer} answers (its parsed JSON): every issue found (none: valid).
   */
  public static List<Validation.Issue> customersUpdateResponse(Object body) {
    List<Validation.Issue> issues = new ArrayList<>();
    Object value = Validation.plain(body);
    List<Object> path = List.of();
    checkCustomerResponse(value, path, issues);
    return issues;
  }

  /**
   * What {@code DeleteCustomersCustomer} answers (its parsed JSON): every issue found (none: valid).
   */
  public static List<Validation.Issue> customersDeleteResponse(Object body) {
    List<Validation.Issue> issues = new ArrayList<>();
    Object value = Validation.plain(body);
    List<Object> path = List.of();
    checkDeletedCustomerResponse(value, path, issues);
    return issues;
  }

  /**
   * What {@code GetCustomersCustomerPaymentMethods} answers (its parsed JSON): every issue found (none: valid).
   */
  public static List<Validation.Issue> customersPaymentMethodsListResponse(Object body) {
    List<Validation.Issue> issues = new ArrayList<>();
    Object value = Validation.plain(body);
    List<Object> path = List.of();
    checkCustomersPaymentMethodsListResponseResponse(value, path, issues);
    return issues;
  }

  /** What {@code GetEvents} answers (its parsed JSON): every issue found (none: valid). */
  public static List<Validation.Issue> eventsListResponse(Object body) {
    List<Validation.Issue> issues = new ArrayList<>();
    Object value = Validation.plain(body);
    List<Object> path = List.of();
    checkEventsListResponseResponse(value, path, issues);
    return issues;
  }

  /** What {@code GetEventsId} answers (its parsed JSON): every issue found (none: valid). */
  public static List<Validation.Issue> eventsRetrieveResponse(Object body) {
    List<Validation.Issue> issues = new ArrayList<>();
    Object value = Validation.plain(body);
    List<Object> path = List.of();
    checkEventResponse(value, path, issues);
    return issues;
  }

  /** What {@code GetPaymentIntents} answers (its parsed JSON): every issue found (none: valid). */
  public static List<Validation.Issue> paymentIntentsListResponse(Object body) {
    List<Validation.Issue> issues = new ArrayList<>();
    Object value = Validation.plain(body);
    List<Object> path = List.of();
    checkPaymentIntentsListResponseResponse(value, path, issues);
    return issues;
  }

  /** What {@code PostPaymentIntents} answers (its parsed JSON): every issue found (none: valid). */
  public static List<Validation.Issue> paymentIntentsCreateResponse(Object body) {
    List<Validation.Issue> issues = new ArrayList<>();
    Object value = Validation.plain(body);
    List<Object> path = List.of();
    checkPaymentIntentResponse(value, path, issues);
    return issues;
  }

  /**
   * What {@code GetPaymentIntentsIntent} answers (its parsed JSON): every issue found (none: valid).
   */
  public static List<Validation.Issue> paymentIntentsRetrieveResponse(Object body) {
    List<Validation.Issue> issues = new ArrayList<>();
    Object value = Validation.plain(body);
    List<Object> path = List.of();
    checkPaymentIntentResponse(value, path, issues);
    return issues;
  }

  /**
   * What {@code PostPaymentIntentsIntent} answers (its parsed JSON): every issue found (none: valid).
   */
  public static List<Validation.Issue> paymentIntentsUpdateResponse(Object body) {
    List<Validation.Issue> issues = new ArrayList<>();
    Object value = Validation.plain(body);
    List<Object> path = List.of();
    checkPaymentIntentResponse(value, path, issues);
    return issues;
  }

  /**
   * What {@code PostPaymentIntentsIntentCancel} answers (its parsed JSON): every issue found (none: valid).
   */
  public static List<Validation.Issue> paymentIntentsCancelResponse(Object body) {
    List<Validation.Issue> issues = new ArrayList<>();
    Object value = Validation.plain(body);
    List<Object> path = List.of();
    checkPaymentIntentResponse(value, path, issues);
    return issues;
  }

  /**
   * What {@code PostPaymentIntentsIntentConfirm} answers (its parsed JSON): every issue found (none: valid).
   */
  public static List<Validation.Issue> paymentIntentsConfirmResponse(Object body) {
    List<Validation.Issue> issues = new ArrayList<>();
    Object value = Validation.plain(body);
    List<Object> path = List.of();
    checkPaymentIntentResponse(value, path, issues);
    return issues;
  }

  /**
   * What {@code GetPaymentMethodsPaymentMethod} answers (its parsed JSON): every issue found (none: valid).
   */
  public static List<Validation.Issue> paymentMethodsRetrieveResponse(Object body) {
    List<Validation.Issue> issues = new ArrayList<>();
    Object value = Validation.plain(body);
    List<Object> path = List.of();
    checkPaymentMethodResponse(value, path, issues);
    return issues;
  }

  /**
   * What {@code PostPaymentMethodsPaymentMethodAttach} answers (its parsed JSON): every issue found (none: valid).
   */
  public static List<Validation.Issue> paymentMethodsAttachResponse(Object body) {
    List<Validation.Issue> issues = new ArrayList<>();
    Object value = Validation.plain(body);
    List<Object> path = List.of();
    checkPaymentMethodResponse(value, path, issues);
    return issues;
  }

  /**
   * What {@code PostPaymentMethodsPaymentMethodDetach} answers (its parsed JSON): every issue found (none: valid).
   */
  public static List<Validation.Issue> paymentMethodsDetachResponse(Object body) {
    List<Validation.Issue> issues = new ArrayList<>();
    Object value = Validation.plain(body);
    List<Object> path = List.of();
    checkPaymentMethodResponse(value, path, issues);
    return issues;
  }

  /** What {@code GetSetupIntents} answers (its parsed JSON): every issue found (none: valid). */
  public static List<Validation.Issue> setupIntentsListResponse(Object body) {
    List<Validation.Issue> issues = new ArrayList<>();
    Object value = Validation.plain(body);
    List<Object> path = List.of();
    checkSetupIntentsListResponseResponse(value, path, issues);
    return issues;
  }

  /** What {@code PostSetupIntents} answers (its parsed JSON): every issue found (none: valid). */
  public static List<Validation.Issue> setupIntentsCreateResponse(Object body) {
    List<Validation.Issue> issues = new ArrayList<>();
    Object value = Validation.plain(body);
    List<Object> path = List.of();
    checkSetupIntentResponse(value, path, issues);
    return issues;
  }

  /**
   * What {@code GetSetupIntentsIntent} answers (its parsed JSON): every issue found (none: valid).
   */
  public static List<Validation.Issue> setupIntentsRetrieveResponse(Object body) {
    List<Validation.Issue> issues = new ArrayList<>();
    Object value = Validation.plain(body);
    List<Object> path = List.of();
    checkSetupIntentResponse(value, path, issues);
    return issues;
  }

  /**
   * What {@code PostSetupIntentsIntentConfirm} answers (its parsed JSON): every issue found (none: valid).
   */
  public static List<Validation.Issue> setupIntentsConfirmResponse(Object body) {
    List<Validation.Issue> issues = new ArrayList<>();
    Object value = Validation.plain(body);
    List<Object> path = List.of();
    checkSetupIntentResponse(value, path, issues);
    return issues;
  }

  /**
   * Checks an object of schema {@code customer_sessions.create.params.components.active_entitlements} in request params.
   */
  static void checkCustomerSessionsCreateParamsComponentsActiveEntitlements(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("enabled");
    if (item == null) {
      issues.add(Validation.missingIssue(path, "enabled"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "enabled"), "boolean", item));
    }
  }

  /**
   * Checks an object of schema {@code customer_sessions.create.params.components.buy_button} in request params.
   */
  static void checkCustomerSessionsCreateParamsComponentsBuyButton(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("enabled");
    if (item == null) {
      issues.add(Validation.missingIssue(path, "enabled"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "enabled"), "boolean", item));
    }
  }

  /**
   * Checks an object of schema {@code customer_sessions.create.params.components.customer_portal} in request params.
   */
  static void checkCustomerSessionsCreateParamsComponentsCustomerPortal(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("enabled");
    if (item == null) {
      issues.add(Validation.missingIssue(path, "enabled"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "enabled"), "boolean", item));
    }
  }

  /**
   * Checks an object of schema {@code customer_sessions.create.params.components.customer_sheet.features} in request params.
   */
  static void checkCustomerSessionsCreateParamsComponentsCustomerSheetFeatures(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("payment_method_allow_redisplay_filters");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(
            Validation.typeIssue(
                Validation.at(path, "payment_method_allow_redisplay_filters"), "array", item));
      } else {
        List<?> items1 = Validation.list(item);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          if (!Validation.isOneOf(element3, PAYMENT_METHOD_ALLOW_REDISPLAY_FILTERS)) {
            issues.add(
                Validation.enumIssue(
                    Validation.at(path, "payment_method_allow_redisplay_filters", index2), PAYMENT_METHOD_ALLOW_REDISPLAY_FILTERS, element3));
          }
        }
      }
    }
    item = object.get("payment_method_remove");
    if (item != null && !Validation.isOneOf(item, PAYMENT_METHOD_REMOVE)) {
      issues.add(
          Validation.enumIssue(
              Validation.at(path, "payment_method_remove"), PAYMENT_METHOD_REMOVE, item));
    }
  }

  /**
   * Checks an object of schema {@code customer_sessions.create.params.components.customer_sheet} in request params.
   */
  static void checkCustomerSessionsCreateParamsComponentsCustomerSheet(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("enabled");
    if (item == null) {
      issues.add(Validation.missingIssue(path, "enabled"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "enabled"), "boolean", item));
    }
    item = object.get("features");
    if (item != null) {
      checkCustomerSessionsCreateParamsComponentsCustomerSheetFeatures(
          item, Validation.at(path, "features"), issues);
    }
  }

  /**
   * Checks an object of schema {@code customer_sessions.create.params.components.mobile_payment_element.features} in request params.
   */
  static void checkCustomerSessionsCreateParamsComponentsMobilePaymentElementFeatures(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("payment_method_allow_redisplay_filters");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(
            Validation.typeIssue(
                Validation.at(path, "payment_method_allow_redisplay_filters"), "array", item));
      } else {
        List<?> items1 = Validation.list(item);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          if (!Validation.isOneOf(element3, PAYMENT_METHOD_ALLOW_REDISPLAY_FILTERS)) {
            issues.add(
                Validation.enumIssue(
                    Validation.at(path, "payment_method_allow_redisplay_filters", index2), PAYMENT_METHOD_ALLOW_REDISPLAY_FILTERS, element3));
          }
        }
      }
    }
    item = object.get("payment_method_redisplay");
    if (item != null && !Validation.isOneOf(item, PAYMENT_METHOD_REMOVE)) {
      issues.add(
          Validation.enumIssue(
              Validation.at(path, "payment_method_redisplay"), PAYMENT_METHOD_REMOVE, item));
    }
    item = object.get("payment_method_remove");
    if (item != null && !Validation.isOneOf(item, PAYMENT_METHOD_REMOVE)) {
      issues.add(
          Validation.enumIssue(
              Validation.at(path, "payment_method_remove"), PAYMENT_METHOD_REMOVE, item));
    }
    item = object.get("payment_method_save");
    if (item != null && !Validation.isOneOf(item, PAYMENT_METHOD_REMOVE)) {
      issues.add(
          Validation.enumIssue(
              Validation.at(path, "payment_method_save"), PAYMENT_METHOD_REMOVE, item));
    }
    item = object.get("payment_method_save_allow_redisplay_override");
    if (item != null && !Validation.isOneOf(item, PAYMENT_METHOD_ALLOW_REDISPLAY_FILTERS)) {
      issues.add(
          Validation.enumIssue(
              Validation.at(path, "payment_method_save_allow_redisplay_override"), PAYMENT_METHOD_ALLOW_REDISPLAY_FILTERS, item));
    }
  }

  /**
   * Checks an object of schema {@code customer_sessions.create.params.components.mobile_payment_element} in request params.
   */
  static void checkCustomerSessionsCreateParamsComponentsMobilePaymentElement(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("enabled");
    if (item == null) {
      issues.add(Validation.missingIssue(path, "enabled"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "enabled"), "boolean", item));
    }
    item = object.get("features");
    if (item != null) {
      checkCustomerSessionsCreateParamsComponentsMobilePaymentElementFeatures(
          item, Validation.at(path, "features"), issues);
    }
  }

  /**
   * Checks an object of schema {@code customer_sessions.create.params.components.payment_element.features} in request params.
   */
  static void checkCustomerSessionsCreateParamsComponentsPaymentElementFeatures(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("payment_method_allow_redisplay_filters");
    if (item != null) {
      if (Validation.list(item) == null) {
        issues.add(
            Validation.typeIssue(
                Validation.at(path, "payment_method_allow_redisplay_filters"), "array", item));
      } else {
        List<?> items1 = Validation.list(item);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          if (!Validation.isOneOf(element3, PAYMENT_METHOD_ALLOW_REDISPLAY_FILTERS)) {
            issues.add(
                Validation.enumIssue(
                    Validation.at(path, "payment_method_allow_redisplay_filters", index2), PAYMENT_METHOD_ALLOW_REDISPLAY_FILTERS, element3));
          }
        }
      }
    }
    item = object.get("payment_method_redisplay");
    if (item != null && !Validation.isOneOf(item, PAYMENT_METHOD_REMOVE)) {
      issues.add(
          Validation.enumIssue(
              Validation.at(path, "payment_method_redisplay"), PAYMENT_METHOD_REMOVE, item));
    }
    item = object.get("payment_method_redisplay_limit");
    if (item != null) {
      if (!Validation.isInteger(item)) {
        issues.add(
            Validation.typeIssue(
                Validation.at(path, "payment_method_redisplay_limit"), "integer", item));
      } else if (Validation.compare(item, MINIMUM) < 0) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "payment_method_redisplay_limit"), "minimum", "1", item, false));
      } else if (Validation.compare(item, MAXIMUM) > 0) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "payment_method_redisplay_limit"), "maximum", "10", item, false));
      }
    }
    item = object.get("payment_method_remove");
    if (item != null && !Validation.isOneOf(item, PAYMENT_METHOD_REMOVE)) {
      issues.add(
          Validation.enumIssue(
              Validation.at(path, "payment_method_remove"), PAYMENT_METHOD_REMOVE, item));
    }
    item = object.get("payment_method_save");
    if (item != null && !Validation.isOneOf(item, PAYMENT_METHOD_REMOVE)) {
      issues.add(
          Validation.enumIssue(
              Validation.at(path, "payment_method_save"), PAYMENT_METHOD_REMOVE, item));
    }
    item = object.get("payment_method_save_usage");
    if (item != null && !Validation.isOneOf(item, PAYMENT_METHOD_SAVE_USAGE)) {
      issues.add(
          Validation.enumIssue(
              Validation.at(path, "payment_method_save_usage"), PAYMENT_METHOD_SAVE_USAGE, item));
    }
  }

  /**
   * Checks an object of schema {@code customer_sessions.create.params.components.payment_element} in request params.
   */
  static void checkCustomerSessionsCreateParamsComponentsPaymentElement(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("enabled");
    if (item == null) {
      issues.add(Validation.missingIssue(path, "enabled"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "enabled"), "boolean", item));
    }
    item = object.get("features");
    if (item != null) {
      checkCustomerSessionsCreateParamsComponentsPaymentElementFeatures(
          item, Validation.at(path, "features"), issues);
    }
  }

  /**
   * Checks an object of schema {@code customer_sessions.create.params.components.pricing_table} in request params.
   */
  static void checkCustomerSessionsCreateParamsComponentsPricingTable(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("enabled");
    if (item == null) {
      issues.add(Validation.missingIssue(path, "enabled"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "enabled"), "boolean", item));
    }
  }

  /**
   * Checks an object of schema {@code customer_sessions.create.params.components} in request params.
   */
  static void checkCustomerSessionsCreateParamsComponents(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("active_entitlements");
    if (item != null) {
      checkCustomerSessionsCreateParamsComponentsActiveEntitlements(
          item, Validation.at(path, "active_entitlements"), issues);
    }
    item = object.get("buy_button");
    if (item != null) {
      checkCustomerSessionsCreateParamsComponentsBuyButton(
          item, Validation.at(path, "buy_button"), issues);
    }
    item = object.get("customer_portal");
    if (item != null) {
      checkCustomerSessionsCreateParamsComponentsCustomerPortal(
          item, Validation.at(path, "customer_portal"), issues);
    }
    item = object.get("customer_sheet");
    if (item != null) {
      checkCustomerSessionsCreateParamsComponentsCustomerSheet(
          item, Validation.at(path, "customer_sheet"), issues);
    }
    item = object.get("mobile_payment_element");
    if (item != null) {
      checkCustomerSessionsCreateParamsComponentsMobilePaymentElement(
          item, Validation.at(path, "mobile_payment_element"), issues);
    }
    item = object.get("payment_element");
    if (item != null) {
      checkCustomerSessionsCreateParamsComponentsPaymentElement(
          item, Validation.at(path, "payment_element"), issues);
    }
    item = object.get("pricing_table");
    if (item != null) {
      checkCustomerSessionsCreateParamsComponentsPricingTable(
          item, Validation.at(path, "pricing_table"), issues);
    }
  }

  /** Checks an object of schema {@code customers.list.params.created} in request params. */
  static void checkCustomersListParamsCreated(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("gt");
    if (item != null && !Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "gt"), "integer", item));
    }
    item = object.get("gte");
    if (item != null && !Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "gte"), "integer", item));
    }
    item = object.get("lt");
    if (item != null && !Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "lt"), "integer", item));
    }
    item = object.get("lte");
    if (item != null && !Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "lte"), "integer", item));
    }
  }

  /** Any of: an object or an integer. */
  static void anyOfCustomersListCreated(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    List<List<Validation.Issue>> branches = new ArrayList<>();
    if (Validation.object(value) != null) {
      List<Validation.Issue> branch1 = new ArrayList<>();
      checkCustomersListParamsCreated(value, path, branch1);
      if (branch1.isEmpty()) {
        return;
      }
      branches.add(branch1);
    }
    if (Validation.isInteger(value)) {
      List<Validation.Issue> branch2 = new ArrayList<>();
      if (!Validation.isInteger(value)) {
        branch2.add(Validation.typeIssue(path, "integer", value));
      }
      if (branch2.isEmpty()) {
        return;
      }
      branches.add(branch2);
    }
    issues.addAll(Validation.bestBranch(path, value, branches, CUSTOMERS_LIST_CREATED_EXPECTED));
  }

  /** Checks an object of schema {@code customers.create.params.address} in request params. */
  static void checkCustomersCreateParamsAddress(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("city");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "city"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "city"), "max_length", "5000", item, false));
      }
    }
    item = object.get("country");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "country"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "country"), "max_length", "5000", item, false));
      }
    }
    item = object.get("line1");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "line1"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "line1"), "max_length", "5000", item, false));
      }
    }
    item = object.get("line2");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "line2"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "line2"), "max_length", "5000", item, false));
      }
    }
    item = object.get("postal_code");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "postal_code"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "postal_code"), "max_length", "5000", item, false));
      }
    }
    item = object.get("state");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "state"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "state"), "max_length", "5000", item, false));
      }
    }
  }

  /** Any of: an object or "" (to unset). */
  static void anyOfCustomersCreateAddress(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    List<List<Validation.Issue>> branches = new ArrayList<>();
    if (Validation.object(value) != null) {
      List<Validation.Issue> branch1 = new ArrayList<>();
      checkCustomersCreateParamsAddress(value, path, branch1);
      if (branch1.isEmpty()) {
        return;
      }
      branches.add(branch1);
    }
    if (Validation.isString(value)) {
      List<Validation.Issue> branch2 = new ArrayList<>();
      if (!Validation.isOneOf(value, EMPTY_STRING)) {
        branch2.add(Validation.enumIssue(path, EMPTY_STRING, value));
      }
      if (branch2.isEmpty()) {
        return;
      }
      branches.add(branch2);
    }
    issues.addAll(Validation.bestBranch(path, value, branches, CUSTOMERS_CREATE_ADDRESS_EXPECTED));
  }

  /**
   * Checks an object of schema {@code customers.create.params.invoice_settings.custom_fields} in request params.
   */
  static void checkCustomersCreateParamsInvoiceSettingsCustomFields(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("name");
    if (item == null) {
      issues.add(Validation.missingIssue(path, "name"));
    } else if (!Validation.isString(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "name"), "string", item));
    } else if (Validation.length(item) > 30) {
      issues.add(
          Validation.boundIssue(Validation.at(path, "name"), "max_length", "30", item, false));
    }
    item = object.get("value");
    if (item == null) {
      issues.add(Validation.missingIssue(path, "value"));
    } else if (!Validation.isString(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "value"), "string", item));
    } else if (Validation.length(item) > 30) {
      issues.add(
          Validation.boundIssue(Validation.at(path, "value"), "max_length", "30", item, false));
    }
  }

  /** Any of: an array or "" (to unset). */
  static void anyOfParamsInvoiceSettingsCustomFields(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    List<List<Validation.Issue>> branches = new ArrayList<>();
    if (Validation.list(value) != null) {
      List<Validation.Issue> branch1 = new ArrayList<>();
      if (Validation.list(value) == null) {
        branch1.add(Validation.typeIssue(path, "array", value));
      } else {
        List<?> items1 = Validation.list(value);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          checkCustomersCreateParamsInvoiceSettingsCustomFields(
              element3, Validation.at(path, index2), branch1);
        }
      }
      if (branch1.isEmpty()) {
        return;
      }
      branches.add(branch1);
    }
    if (Validation.isString(value)) {
      List<Validation.Issue> branch2 = new ArrayList<>();
      if (!Validation.isOneOf(value, EMPTY_STRING)) {
        branch2.add(Validation.enumIssue(path, EMPTY_STRING, value));
      }
      if (branch2.isEmpty()) {
        return;
      }
      branches.add(branch2);
    }
    issues.addAll(
        Validation.bestBranch(
            path, value, branches, PARAMS_INVOICE_SETTINGS_CUSTOM_FIELDS_EXPECTED));
  }

  /**
   * Checks an object of schema {@code customers.create.params.invoice_settings.rendering_options} in request params.
   */
  static void checkCustomersCreateParamsInvoiceSettingsRenderingOptions(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("amount_tax_display");
    if (item != null && !Validation.isOneOf(item, AMOUNT_TAX_DISPLAY)) {
      issues.add(
          Validation.enumIssue(
              Validation.at(path, "amount_tax_display"), AMOUNT_TAX_DISPLAY, item));
    }
  }

  /** Any of: an object or "" (to unset). */
  static void anyOfParamsInvoiceSettingsRenderingOptions(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    List<List<Validation.Issue>> branches = new ArrayList<>();
    if (Validation.object(value) != null) {
      List<Validation.Issue> branch1 = new ArrayList<>();
      checkCustomersCreateParamsInvoiceSettingsRenderingOptions(value, path, branch1);
      if (branch1.isEmpty()) {
        return;
      }
      branches.add(branch1);
    }
    if (Validation.isString(value)) {
      List<Validation.Issue> branch2 = new ArrayList<>();
      if (!Validation.isOneOf(value, EMPTY_STRING)) {
        branch2.add(Validation.enumIssue(path, EMPTY_STRING, value));
      }
      if (branch2.isEmpty()) {
        return;
      }
      branches.add(branch2);
    }
    issues.addAll(Validation.bestBranch(path, value, branches, CUSTOMERS_CREATE_ADDRESS_EXPECTED));
  }

  /**
   * Checks an object of schema {@code customers.create.params.invoice_settings} in request params.
   */
  static void checkCustomersCreateParamsInvoiceSettings(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("custom_fields");
    if (item != null) {
      anyOfParamsInvoiceSettingsCustomFields(item, Validation.at(path, "custom_fields"), issues);
    }
    item = object.get("default_payment_method");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(
            Validation.typeIssue(Validation.at(path, "default_payment_method"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "default_payment_method"), "max_length", "5000", item, false));
      }
    }
    item = object.get("footer");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "footer"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "footer"), "max_length", "5000", item, false));
      }
    }
    item = object.get("rendering_options");
    if (item != null) {
      anyOfParamsInvoiceSettingsRenderingOptions(
          item, Validation.at(path, "rendering_options"), issues);
    }
  }

  /** Any of: an object or "" (to unset). */
  static void anyOfCustomersCreateMetadata(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    List<List<Validation.Issue>> branches = new ArrayList<>();
    if (Validation.object(value) != null) {
      List<Validation.Issue> branch1 = new ArrayList<>();
      if (Validation.object(value) == null) {
        branch1.add(Validation.typeIssue(path, "object", value));
      } else {
        for (Map.Entry<?, ?> entry1 : Validation.object(value).entrySet()) {
          Object value2 = entry1.getValue();
          if (value2 != null && !Validation.isString(value2)) {
            branch1.add(
                Validation.typeIssue(
                    Validation.at(path, String.valueOf(entry1.getKey())), "string", value2));
          }
        }
      }
      if (branch1.isEmpty()) {
        return;
      }
      branches.add(branch1);
    }
    if (Validation.isString(value)) {
      List<Validation.Issue> branch2 = new ArrayList<>();
      if (!Validation.isOneOf(value, EMPTY_STRING)) {
        branch2.add(Validation.enumIssue(path, EMPTY_STRING, value));
      }
      if (branch2.isEmpty()) {
        return;
      }
      branches.add(branch2);
    }
    issues.addAll(Validation.bestBranch(path, value, branches, CUSTOMERS_CREATE_ADDRESS_EXPECTED));
  }

  /**
   * Checks an object of schema {@code customers.create.params.shipping.address} in request params.
   */
  static void checkCustomersCreateParamsShippingAddress(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("city");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "city"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "city"), "max_length", "5000", item, false));
      }
    }
    item = object.get("country");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "country"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "country"), "max_length", "5000", item, false));
      }
    }
    item = object.get("line1");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "line1"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "line1"), "max_length", "5000", item, false));
      }
    }
    item = object.get("line2");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "line2"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "line2"), "max_length", "5000", item, false));
      }
    }
    item = object.get("postal_code");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "postal_code"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "postal_code"), "max_length", "5000", item, false));
      }
    }
    item = object.get("state");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "state"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "state"), "max_length", "5000", item, false));
      }
    }
  }

  /** Checks an object of schema {@code customers.create.params.shipping} in request params. */
  static void checkCustomersCreateParamsShipping(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("address");
    if (item == null) {
      issues.add(Validation.missingIssue(path, "address"));
    } else {
      checkCustomersCreateParamsShippingAddress(item, Validation.at(path, "address"), issues);
    }
    item = object.get("name");
    if (item == null) {
      issues.add(Validation.missingIssue(path, "name"));
    } else if (!Validation.isString(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "name"), "string", item));
    } else if (Validation.length(item) > 5000) {
      issues.add(
          Validation.boundIssue(Validation.at(path, "name"), "max_length", "5000", item, false));
    }
    item = object.get("phone");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "phone"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "phone"), "max_length", "5000", item, false));
      }
    }
  }

  /** Any of: an object or "" (to unset). */
  static void anyOfCustomersCreateShipping(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    List<List<Validation.Issue>> branches = new ArrayList<>();
    if (Validation.object(value) != null) {
      List<Validation.Issue> branch1 = new ArrayList<>();
      checkCustomersCreateParamsShipping(value, path, branch1);
      if (branch1.isEmpty()) {
        return;
      }
      branches.add(branch1);
    }
    if (Validation.isString(value)) {
      List<Validation.Issue> branch2 = new ArrayList<>();
      if (!Validation.isOneOf(value, EMPTY_STRING)) {
        branch2.add(Validation.enumIssue(path, EMPTY_STRING, value));
      }
      if (branch2.isEmpty()) {
        return;
      }
      branches.add(branch2);
    }
    issues.addAll(Validation.bestBranch(path, value, branches, CUSTOMERS_CREATE_ADDRESS_EXPECTED));
  }

  /** Checks an object of schema {@code customers.update.params.address} in request params. */
  static void checkCustomersUpdateParamsAddress(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("city");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "city"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "city"), "max_length", "5000", item, false));
      }
    }
    item = object.get("country");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "country"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "country"), "max_length", "5000", item, false));
      }
    }
    item = object.get("line1");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "line1"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "line1"), "max_length", "5000", item, false));
      }
    }
    item = object.get("line2");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "line2"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "line2"), "max_length", "5000", item, false));
      }
    }
    item = object.get("postal_code");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "postal_code"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "postal_code"), "max_length", "5000", item, false));
      }
    }
    item = object.get("state");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "state"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "state"), "max_length", "5000", item, false));
      }
    }
  }

  /** Any of: an object or "" (to unset). */
  static void anyOfCustomersUpdateAddress(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    List<List<Validation.Issue>> branches = new ArrayList<>();
    if (Validation.object(value) != null) {
      List<Validation.Issue> branch1 = new ArrayList<>();
      checkCustomersUpdateParamsAddress(value, path, branch1);
      if (branch1.isEmpty()) {
        return;
      }
      branches.add(branch1);
    }
    if (Validation.isString(value)) {
      List<Validation.Issue> branch2 = new ArrayList<>();
      if (!Validation.isOneOf(value, EMPTY_STRING)) {
        branch2.add(Validation.enumIssue(path, EMPTY_STRING, value));
      }
      if (branch2.isEmpty()) {
        return;
      }
      branches.add(branch2);
    }
    issues.addAll(Validation.bestBranch(path, value, branches, CUSTOMERS_CREATE_ADDRESS_EXPECTED));
  }

  /**
   * Checks an object of schema {@code customers.update.params.invoice_settings.custom_fields} in request params.
   */
  static void checkCustomersUpdateParamsInvoiceSettingsCustomFields(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("name");
    if (item == null) {
      issues.add(Validation.missingIssue(path, "name"));
    } else if (!Validation.isString(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "name"), "string", item));
    } else if (Validation.length(item) > 30) {
      issues.add(
          Validation.boundIssue(Validation.at(path, "name"), "max_length", "30", item, false));
    }
    item = object.get("value");
    if (item == null) {
      issues.add(Validation.missingIssue(path, "value"));
    } else if (!Validation.isString(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "value"), "string", item));
    } else if (Validation.length(item) > 30) {
      issues.add(
          Validation.boundIssue(Validation.at(path, "value"), "max_length", "30", item, false));
    }
  }

  /** Any of: an array or "" (to unset). */
  static void anyOfParamsInvoiceSettingsCustomFields2(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    List<List<Validation.Issue>> branches = new ArrayList<>();
    if (Validation.list(value) != null) {
      List<Validation.Issue> branch1 = new ArrayList<>();
      if (Validation.list(value) == null) {
        branch1.add(Validation.typeIssue(path, "array", value));
      } else {
        List<?> items1 = Validation.list(value);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          checkCustomersUpdateParamsInvoiceSettingsCustomFields(
              element3, Validation.at(path, index2), branch1);
        }
      }
      if (branch1.isEmpty()) {
        return;
      }
      branches.add(branch1);
    }
    if (Validation.isString(value)) {
      List<Validation.Issue> branch2 = new ArrayList<>();
      if (!Validation.isOneOf(value, EMPTY_STRING)) {
        branch2.add(Validation.enumIssue(path, EMPTY_STRING, value));
      }
      if (branch2.isEmpty()) {
        return;
      }
      branches.add(branch2);
    }
    issues.addAll(
        Validation.bestBranch(
            path, value, branches, PARAMS_INVOICE_SETTINGS_CUSTOM_FIELDS_EXPECTED));
  }

  /**
   * Checks an object of schema {@code customers.update.params.invoice_settings.rendering_options} in request params.
   */
  static void checkCustomersUpdateParamsInvoiceSettingsRenderingOptions(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("amount_tax_display");
    if (item != null && !Validation.isOneOf(item, AMOUNT_TAX_DISPLAY)) {
      issues.add(
          Validation.enumIssue(
              Validation.at(path, "amount_tax_display"), AMOUNT_TAX_DISPLAY, item));
    }
  }

  /** Any of: an object or "" (to unset). */
  static void anyOfParamsInvoiceSettingsRenderingOptions2(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    List<List<Validation.Issue>> branches = new ArrayList<>();
    if (Validation.object(value) != null) {
      List<Validation.Issue> branch1 = new ArrayList<>();
      checkCustomersUpdateParamsInvoiceSettingsRenderingOptions(value, path, branch1);
      if (branch1.isEmpty()) {
        return;
      }
      branches.add(branch1);
    }
    if (Validation.isString(value)) {
      List<Validation.Issue> branch2 = new ArrayList<>();
      if (!Validation.isOneOf(value, EMPTY_STRING)) {
        branch2.add(Validation.enumIssue(path, EMPTY_STRING, value));
      }
      if (branch2.isEmpty()) {
        return;
      }
      branches.add(branch2);
    }
    issues.addAll(Validation.bestBranch(path, value, branches, CUSTOMERS_CREATE_ADDRESS_EXPECTED));
  }

  /**
   * Checks an object of schema {@code customers.update.params.invoice_settings} in request params.
   */
  static void checkCustomersUpdateParamsInvoiceSettings(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("custom_fields");
    if (item != null) {
      anyOfParamsInvoiceSettingsCustomFields2(item, Validation.at(path, "custom_fields"), issues);
    }
    item = object.get("default_payment_method");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(
            Validation.typeIssue(Validation.at(path, "default_payment_method"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "default_payment_method"), "max_length", "5000", item, false));
      }
    }
    item = object.get("footer");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "footer"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "footer"), "max_length", "5000", item, false));
      }
    }
    item = object.get("rendering_options");
    if (item != null) {
      anyOfParamsInvoiceSettingsRenderingOptions2(
          item, Validation.at(path, "rendering_options"), issues);
    }
  }

  /**
   * Checks an object of schema {@code customers.update.params.shipping.address} in request params.
   */
  static void checkCustomersUpdateParamsShippingAddress(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("city");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "city"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "city"), "max_length", "5000", item, false));
      }
    }
    item = object.get("country");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "country"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "country"), "max_length", "5000", item, false));
      }
    }
    item = object.get("line1");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "line1"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "line1"), "max_length", "5000", item, false));
      }
    }
    item = object.get("line2");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "line2"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "line2"), "max_length", "5000", item, false));
      }
    }
    item = object.get("postal_code");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "postal_code"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "postal_code"), "max_length", "5000", item, false));
      }
    }
    item = object.get("state");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "state"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "state"), "max_length", "5000", item, false));
      }
    }
  }

  /** Checks an object of schema {@code customers.update.params.shipping} in request params. */
  static void checkCustomersUpdateParamsShipping(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("address");
    if (item == null) {
      issues.add(Validation.missingIssue(path, "address"));
    } else {
      checkCustomersUpdateParamsShippingAddress(item, Validation.at(path, "address"), issues);
    }
    item = object.get("name");
    if (item == null) {
      issues.add(Validation.missingIssue(path, "name"));
    } else if (!Validation.isString(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "name"), "string", item));
    } else if (Validation.length(item) > 5000) {
      issues.add(
          Validation.boundIssue(Validation.at(path, "name"), "max_length", "5000", item, false));
    }
    item = object.get("phone");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "phone"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "phone"), "max_length", "5000", item, false));
      }
    }
  }

  /** Any of: an object or "" (to unset). */
  static void anyOfCustomersUpdateShipping(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    List<List<Validation.Issue>> branches = new ArrayList<>();
    if (Validation.object(value) != null) {
      List<Validation.Issue> branch1 = new ArrayList<>();
      checkCustomersUpdateParamsShipping(value, path, branch1);
      if (branch1.isEmpty()) {
        return;
      }
      branches.add(branch1);
    }
    if (Validation.isString(value)) {
      List<Validation.Issue> branch2 = new ArrayList<>();
      if (!Validation.isOneOf(value, EMPTY_STRING)) {
        branch2.add(Validation.enumIssue(path, EMPTY_STRING, value));
      }
      if (branch2.isEmpty()) {
        return;
      }
      branches.add(branch2);
    }
    issues.addAll(Validation.bestBranch(path, value, branches, CUSTOMERS_CREATE_ADDRESS_EXPECTED));
  }

  /** Checks an object of schema {@code events.list.params.created} in request params. */
  static void checkEventsListParamsCreated(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("gt");
    if (item != null && !Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "gt"), "integer", item));
    }
    item = object.get("gte");
    if (item != null && !Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "gte"), "integer", item));
    }
    item = object.get("lt");
    if (item != null && !Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "lt"), "integer", item));
    }
    item = object.get("lte");
    if (item != null && !Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "lte"), "integer", item));
    }
  }

  /** Any of: an object or an integer. */
  static void anyOfEventsListCreated(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    List<List<Validation.Issue>> branches = new ArrayList<>();
    if (Validation.object(value) != null) {
      List<Validation.Issue> branch1 = new ArrayList<>();
      checkEventsListParamsCreated(value, path, branch1);
      if (branch1.isEmpty()) {
        return;
      }
      branches.add(branch1);
    }
    if (Validation.isInteger(value)) {
      List<Validation.Issue> branch2 = new ArrayList<>();
      if (!Validation.isInteger(value)) {
        branch2.add(Validation.typeIssue(path, "integer", value));
      }
      if (branch2.isEmpty()) {
        return;
      }
      branches.add(branch2);
    }
    issues.addAll(Validation.bestBranch(path, value, branches, CUSTOMERS_LIST_CREATED_EXPECTED));
  }

  /** Checks an object of schema {@code payment_intents.list.params.created} in request params. */
  static void checkPaymentIntentsListParamsCreated(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("gt");
    if (item != null && !Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "gt"), "integer", item));
    }
    item = object.get("gte");
    if (item != null && !Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "gte"), "integer", item));
    }
    item = object.get("lt");
    if (item != null && !Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "lt"), "integer", item));
    }
    item = object.get("lte");
    if (item != null && !Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "lte"), "integer", item));
    }
  }

  /** Any of: an object or an integer. */
  static void anyOfPaymentIntentsListCreated(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    List<List<Validation.Issue>> branches = new ArrayList<>();
    if (Validation.object(value) != null) {
      List<Validation.Issue> branch1 = new ArrayList<>();
      checkPaymentIntentsListParamsCreated(value, path, branch1);
      if (branch1.isEmpty()) {
        return;
      }
      branches.add(branch1);
    }
    if (Validation.isInteger(value)) {
      List<Validation.Issue> branch2 = new ArrayList<>();
      if (!Validation.isInteger(value)) {
        branch2.add(Validation.typeIssue(path, "integer", value));
      }
      if (branch2.isEmpty()) {
        return;
      }
      branches.add(branch2);
    }
    issues.addAll(Validation.bestBranch(path, value, branches, CUSTOMERS_LIST_CREATED_EXPECTED));
  }

  /**
   * Checks an object of schema {@code payment_intents.create.params.automatic_payment_methods} in request params.
   */
  static void checkPaymentIntentsCreateParamsAutomaticPaymentMethods(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("allow_redirects");
    if (item != null && !Validation.isOneOf(item, ALLOW_REDIRECTS)) {
      issues.add(
          Validation.enumIssue(Validation.at(path, "allow_redirects"), ALLOW_REDIRECTS, item));
    }
    item = object.get("enabled");
    if (item == null) {
      issues.add(Validation.missingIssue(path, "enabled"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "enabled"), "boolean", item));
    }
  }

  /** Any of: a boolean or one of 'one_off', 'recurring'. */
  static void anyOfPaymentIntentsCreateOffSession(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    List<List<Validation.Issue>> branches = new ArrayList<>();
    if (value instanceof Boolean) {
      List<Validation.Issue> branch1 = new ArrayList<>();
      if (!(value instanceof Boolean)) {
        branch1.add(Validation.typeIssue(path, "boolean", value));
      }
      if (branch1.isEmpty()) {
        return;
      }
      branches.add(branch1);
    }
    if (Validation.isString(value)) {
      List<Validation.Issue> branch2 = new ArrayList<>();
      if (!Validation.isOneOf(value, OFF_SESSION)) {
        branch2.add(Validation.enumIssue(path, OFF_SESSION, value));
      }
      if (branch2.isEmpty()) {
        return;
      }
      branches.add(branch2);
    }
    issues.addAll(
        Validation.bestBranch(path, value, branches, PAYMENT_INTENTS_CREATE_OFF_SESSION_EXPECTED));
  }

  /**
   * Checks an object of schema {@code payment_intents.create.params.shipping.address} in request params.
   */
  static void checkPaymentIntentsCreateParamsShippingAddress(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("city");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "city"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "city"), "max_length", "5000", item, false));
      }
    }
    item = object.get("country");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "country"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "country"), "max_length", "5000", item, false));
      }
    }
    item = object.get("line1");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "line1"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "line1"), "max_length", "5000", item, false));
      }
    }
    item = object.get("line2");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "line2"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "line2"), "max_length", "5000", item, false));
      }
    }
    item = object.get("postal_code");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "postal_code"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "postal_code"), "max_length", "5000", item, false));
      }
    }
    item = object.get("state");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "state"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "state"), "max_length", "5000", item, false));
      }
    }
  }

  /**
   * Checks an object of schema {@code payment_intents.create.params.shipping} in request params.
   */
  static void checkPaymentIntentsCreateParamsShipping(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("address");
    if (item == null) {
      issues.add(Validation.missingIssue(path, "address"));
    } else {
      checkPaymentIntentsCreateParamsShippingAddress(item, Validation.at(path, "address"), issues);
    }
    item = object.get("carrier");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "carrier"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "carrier"), "max_length", "5000", item, false));
      }
    }
    item = object.get("name");
    if (item == null) {
      issues.add(Validation.missingIssue(path, "name"));
    } else if (!Validation.isString(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "name"), "string", item));
    } else if (Validation.length(item) > 5000) {
      issues.add(
          Validation.boundIssue(Validation.at(path, "name"), "max_length", "5000", item, false));
    }
    item = object.get("phone");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "phone"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "phone"), "max_length", "5000", item, false));
      }
    }
    item = object.get("tracking_number");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "tracking_number"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "tracking_number"), "max_length", "5000", item, false));
      }
    }
  }

  /** Any of: a string or "" (to unset). */
  static void anyOfPaymentIntentsUpdateReceiptEmail(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    List<List<Validation.Issue>> branches = new ArrayList<>();
    if (Validation.isString(value)) {
      List<Validation.Issue> branch1 = new ArrayList<>();
      if (!Validation.isString(value)) {
        branch1.add(Validation.typeIssue(path, "string", value));
      }
      if (branch1.isEmpty()) {
        return;
      }
      branches.add(branch1);
    }
    if (Validation.isString(value)) {
      List<Validation.Issue> branch2 = new ArrayList<>();
      if (!Validation.isOneOf(value, EMPTY_STRING)) {
        branch2.add(Validation.enumIssue(path, EMPTY_STRING, value));
      }
      if (branch2.isEmpty()) {
        return;
      }
      branches.add(branch2);
    }
    issues.addAll(
        Validation.bestBranch(
            path, value, branches, PAYMENT_INTENTS_UPDATE_RECEIPT_EMAIL_EXPECTED));
  }

  /**
   * Checks an object of schema {@code payment_intents.update.params.shipping.address} in request params.
   */
  static void checkPaymentIntentsUpdateParamsShippingAddress(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("city");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "city"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "city"), "max_length", "5000", item, false));
      }
    }
    item = object.get("country");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "country"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "country"), "max_length", "5000", item, false));
      }
    }
    item = object.get("line1");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "line1"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "line1"), "max_length", "5000", item, false));
      }
    }
    item = object.get("line2");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "line2"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "line2"), "max_length", "5000", item, false));
      }
    }
    item = object.get("postal_code");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "postal_code"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "postal_code"), "max_length", "5000", item, false));
      }
    }
    item = object.get("state");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "state"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "state"), "max_length", "5000", item, false));
      }
    }
  }

  /**
   * Checks an object of schema {@code payment_intents.update.params.shipping} in request params.
   */
  static void checkPaymentIntentsUpdateParamsShipping(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("address");
    if (item == null) {
      issues.add(Validation.missingIssue(path, "address"));
    } else {
      checkPaymentIntentsUpdateParamsShippingAddress(item, Validation.at(path, "address"), issues);
    }
    item = object.get("carrier");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "carrier"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "carrier"), "max_length", "5000", item, false));
      }
    }
    item = object.get("name");
    if (item == null) {
      issues.add(Validation.missingIssue(path, "name"));
    } else if (!Validation.isString(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "name"), "string", item));
    } else if (Validation.length(item) > 5000) {
      issues.add(
          Validation.boundIssue(Validation.at(path, "name"), "max_length", "5000", item, false));
    }
    item = object.get("phone");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "phone"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "phone"), "max_length", "5000", item, false));
      }
    }
    item = object.get("tracking_number");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "tracking_number"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "tracking_number"), "max_length", "5000", item, false));
      }
    }
  }

  /** Any of: an object or "" (to unset). */
  static void anyOfPaymentIntentsUpdateShipping(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    List<List<Validation.Issue>> branches = new ArrayList<>();
    if (Validation.object(value) != null) {
      List<Validation.Issue> branch1 = new ArrayList<>();
      checkPaymentIntentsUpdateParamsShipping(value, path, branch1);
      if (branch1.isEmpty()) {
        return;
      }
      branches.add(branch1);
    }
    if (Validation.isString(value)) {
      List<Validation.Issue> branch2 = new ArrayList<>();
      if (!Validation.isOneOf(value, EMPTY_STRING)) {
        branch2.add(Validation.enumIssue(path, EMPTY_STRING, value));
      }
      if (branch2.isEmpty()) {
        return;
      }
      branches.add(branch2);
    }
    issues.addAll(Validation.bestBranch(path, value, branches, CUSTOMERS_CREATE_ADDRESS_EXPECTED));
  }

  /** Any of: a boolean or one of 'one_off', 'recurring'. */
  static void anyOfPaymentIntentsConfirmOffSession(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    List<List<Validation.Issue>> branches = new ArrayList<>();
    if (value instanceof Boolean) {
      List<Validation.Issue> branch1 = new ArrayList<>();
      if (!(value instanceof Boolean)) {
        branch1.add(Validation.typeIssue(path, "boolean", value));
      }
      if (branch1.isEmpty()) {
        return;
      }
      branches.add(branch1);
    }
    if (Validation.isString(value)) {
      List<Validation.Issue> branch2 = new ArrayList<>();
      if (!Validation.isOneOf(value, OFF_SESSION)) {
        branch2.add(Validation.enumIssue(path, OFF_SESSION, value));
      }
      if (branch2.isEmpty()) {
        return;
      }
      branches.add(branch2);
    }
    issues.addAll(
        Validation.bestBranch(path, value, branches, PAYMENT_INTENTS_CREATE_OFF_SESSION_EXPECTED));
  }

  /**
   * Checks an object of schema {@code payment_intents.confirm.params.shipping.address} in request params.
   */
  static void checkPaymentIntentsConfirmParamsShippingAddress(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("city");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "city"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "city"), "max_length", "5000", item, false));
      }
    }
    item = object.get("country");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "country"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "country"), "max_length", "5000", item, false));
      }
    }
    item = object.get("line1");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "line1"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "line1"), "max_length", "5000", item, false));
      }
    }
    item = object.get("line2");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "line2"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "line2"), "max_length", "5000", item, false));
      }
    }
    item = object.get("postal_code");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "postal_code"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "postal_code"), "max_length", "5000", item, false));
      }
    }
    item = object.get("state");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "state"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "state"), "max_length", "5000", item, false));
      }
    }
  }

  /**
   * Checks an object of schema {@code payment_intents.confirm.params.shipping} in request params.
   */
  static void checkPaymentIntentsConfirmParamsShipping(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("address");
    if (item == null) {
      issues.add(Validation.missingIssue(path, "address"));
    } else {
      checkPaymentIntentsConfirmParamsShippingAddress(item, Validation.at(path, "address"), issues);
    }
    item = object.get("carrier");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "carrier"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "carrier"), "max_length", "5000", item, false));
      }
    }
    item = object.get("name");
    if (item == null) {
      issues.add(Validation.missingIssue(path, "name"));
    } else if (!Validation.isString(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "name"), "string", item));
    } else if (Validation.length(item) > 5000) {
      issues.add(
          Validation.boundIssue(Validation.at(path, "name"), "max_length", "5000", item, false));
    }
    item = object.get("phone");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "phone"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "phone"), "max_length", "5000", item, false));
      }
    }
    item = object.get("tracking_number");
    if (item != null) {
      if (!Validation.isString(item)) {
        issues.add(Validation.typeIssue(Validation.at(path, "tracking_number"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "tracking_number"), "max_length", "5000", item, false));
      }
    }
  }

  /** Any of: an object or "" (to unset). */
  static void anyOfPaymentIntentsConfirmShipping(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    List<List<Validation.Issue>> branches = new ArrayList<>();
    if (Validation.object(value) != null) {
      List<Validation.Issue> branch1 = new ArrayList<>();
      checkPaymentIntentsConfirmParamsShipping(value, path, branch1);
      if (branch1.isEmpty()) {
        return;
      }
      branches.add(branch1);
    }
    if (Validation.isString(value)) {
      List<Validation.Issue> branch2 = new ArrayList<>();
      if (!Validation.isOneOf(value, EMPTY_STRING)) {
        branch2.add(Validation.enumIssue(path, EMPTY_STRING, value));
      }
      if (branch2.isEmpty()) {
        return;
      }
      branches.add(branch2);
    }
    issues.addAll(Validation.bestBranch(path, value, branches, CUSTOMERS_CREATE_ADDRESS_EXPECTED));
  }

  /** Checks an object of schema {@code setup_intents.list.params.created} in request params. */
  static void checkSetupIntentsListParamsCreated(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("gt");
    if (item != null && !Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "gt"), "integer", item));
    }
    item = object.get("gte");
    if (item != null && !Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "gte"), "integer", item));
    }
    item = object.get("lt");
    if (item != null && !Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "lt"), "integer", item));
    }
    item = object.get("lte");
    if (item != null && !Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "lte"), "integer", item));
    }
  }

  /** Any of: an object or an integer. */
  static void anyOfSetupIntentsListCreated(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    List<List<Validation.Issue>> branches = new ArrayList<>();
    if (Validation.object(value) != null) {
      List<Validation.Issue> branch1 = new ArrayList<>();
      checkSetupIntentsListParamsCreated(value, path, branch1);
      if (branch1.isEmpty()) {
        return;
      }
      branches.add(branch1);
    }
    if (Validation.isInteger(value)) {
      List<Validation.Issue> branch2 = new ArrayList<>();
      if (!Validation.isInteger(value)) {
        branch2.add(Validation.typeIssue(path, "integer", value));
      }
      if (branch2.isEmpty()) {
        return;
      }
      branches.add(branch2);
    }
    issues.addAll(Validation.bestBranch(path, value, branches, CUSTOMERS_LIST_CREATED_EXPECTED));
  }

  /**
   * Checks an object of schema {@code setup_intents.create.params.automatic_payment_methods} in request params.
   */
  static void checkSetupIntentsCreateParamsAutomaticPaymentMethods(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("allow_redirects");
    if (item != null && !Validation.isOneOf(item, ALLOW_REDIRECTS)) {
      issues.add(
          Validation.enumIssue(Validation.at(path, "allow_redirects"), ALLOW_REDIRECTS, item));
    }
    item = object.get("enabled");
    if (item == null) {
      issues.add(Validation.missingIssue(path, "enabled"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "enabled"), "boolean", item));
    }
  }

  /**
   * Checks an object of schema {@code customer_session_resource_components_resource_active_entitlements} in a response.
   */
  static void checkCustomerSessionResourceComponentsResourceActiveEntitlementsResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("enabled");
    if (!object.containsKey("enabled")) {
      issues.add(Validation.missingIssue(path, "enabled"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "enabled"), "boolean", item));
    }
  }

  /**
   * Checks an object of schema {@code customer_session_resource_components_resource_buy_button} in a response.
   */
  static void checkCustomerSessionResourceComponentsResourceBuyButtonResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("enabled");
    if (!object.containsKey("enabled")) {
      issues.add(Validation.missingIssue(path, "enabled"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "enabled"), "boolean", item));
    }
  }

  /**
   * Checks an object of schema {@code customer_session_resource_components_resource_customer_portal} in a response.
   */
  static void checkCustomerSessionResourceComponentsResourceCustomerPortalResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("enabled");
    if (!object.containsKey("enabled")) {
      issues.add(Validation.missingIssue(path, "enabled"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "enabled"), "boolean", item));
    }
  }

  /**
   * Checks an object of schema {@code customer_session_resource_components_resource_customer_sheet_resource_features} in a response.
   */
  static void checkCustomerSessionResourceComponentsResourceCustomerSheetResourceFeat10ff8d72(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("payment_method_allow_redisplay_filters");
    if (object.containsKey("payment_method_allow_redisplay_filters") && item != null) {
      if (Validation.list(item) == null) {
        issues.add(
            Validation.typeIssue(
                Validation.at(path, "payment_method_allow_redisplay_filters"), "array", item));
      } else {
        List<?> items1 = Validation.list(item);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          if (!(element3 instanceof String)) {
            issues.add(
                Validation.typeIssue(
                    Validation.at(path, "payment_method_allow_redisplay_filters", index2), "string", element3));
          }
        }
      }
    }
    item = object.get("payment_method_remove");
    if (object.containsKey("payment_method_remove") && (item != null && !(item instanceof String))) {
      issues.add(
          Validation.typeIssue(Validation.at(path, "payment_method_remove"), "string", item));
    }
  }

  /**
   * Checks an object of schema {@code customer_session_resource_components_resource_customer_sheet} in a response.
   */
  static void checkCustomerSessionResourceComponentsResourceCustomerSheetResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("enabled");
    if (!object.containsKey("enabled")) {
      issues.add(Validation.missingIssue(path, "enabled"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "enabled"), "boolean", item));
    }
    item = object.get("features");
    if (object.containsKey("features") && item != null) {
      checkCustomerSessionResourceComponentsResourceCustomerSheetResourceFeat10ff8d72(
          item, Validation.at(path, "features"), issues);
    }
  }

  /**
   * Checks an object of schema {@code customer_session_resource_components_resource_mobile_payment_element_resource_features} in a response.
   */
  static void checkCustomerSessionResourceComponentsResourceMobilePaymentElementResouf85c549d(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("payment_method_allow_redisplay_filters");
    if (object.containsKey("payment_method_allow_redisplay_filters") && item != null) {
      if (Validation.list(item) == null) {
        issues.add(
            Validation.typeIssue(
                Validation.at(path, "payment_method_allow_redisplay_filters"), "array", item));
      } else {
        List<?> items1 = Validation.list(item);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          if (!(element3 instanceof String)) {
            issues.add(
                Validation.typeIssue(
                    Validation.at(path, "payment_method_allow_redisplay_filters", index2), "string", element3));
          }
        }
      }
    }
    item = object.get("payment_method_redisplay");
    if (object.containsKey("payment_method_redisplay") && (item != null && !(item instanceof String))) {
      issues.add(
          Validation.typeIssue(Validation.at(path, "payment_method_redisplay"), "string", item));
    }
    item = object.get("payment_method_remove");
    if (object.containsKey("payment_method_remove") && (item != null && !(item instanceof String))) {
      issues.add(
          Validation.typeIssue(Validation.at(path, "payment_method_remove"), "string", item));
    }
    item = object.get("payment_method_save");
    if (object.containsKey("payment_method_save") && (item != null && !(item instanceof String))) {
      issues.add(Validation.typeIssue(Validation.at(path, "payment_method_save"), "string", item));
    }
    item = object.get("payment_method_save_allow_redisplay_override");
    if (object.containsKey("payment_method_save_allow_redisplay_override") && (item != null && !(item instanceof String))) {
      issues.add(
          Validation.typeIssue(
              Validation.at(path, "payment_method_save_allow_redisplay_override"), "string", item));
    }
  }

  /**
   * Checks an object of schema {@code customer_session_resource_components_resource_mobile_payment_element} in a response.
   */
  static void checkCustomerSessionResourceComponentsResourceMobilePaymentElementResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("enabled");
    if (!object.containsKey("enabled")) {
      issues.add(Validation.missingIssue(path, "enabled"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "enabled"), "boolean", item));
    }
    item = object.get("features");
    if (object.containsKey("features") && item != null) {
      checkCustomerSessionResourceComponentsResourceMobilePaymentElementResouf85c549d(
          item, Validation.at(path, "features"), issues);
    }
  }

  /**
   * Checks an object of schema {@code customer_session_resource_components_resource_payment_element_resource_features} in a response.
   */
  static void checkCustomerSessionResourceComponentsResourcePaymentElementResourceFeaee22895a(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("payment_method_allow_redisplay_filters");
    if (!object.containsKey("payment_method_allow_redisplay_filters")) {
      issues.add(Validation.missingIssue(path, "payment_method_allow_redisplay_filters"));
    } else if (Validation.list(item) == null) {
      issues.add(
          Validation.typeIssue(
              Validation.at(path, "payment_method_allow_redisplay_filters"), "array", item));
    } else {
      List<?> items1 = Validation.list(item);
      for (int index2 = 0; index2 < items1.size(); index2++) {
        Object element3 = items1.get(index2);
        if (!(element3 instanceof String)) {
          issues.add(
              Validation.typeIssue(
                  Validation.at(path, "payment_method_allow_redisplay_filters", index2), "string", element3));
        }
      }
    }
    item = object.get("payment_method_redisplay");
    if (!object.containsKey("payment_method_redisplay")) {
      issues.add(Validation.missingIssue(path, "payment_method_redisplay"));
    } else if (!(item instanceof String)) {
      issues.add(
          Validation.typeIssue(Validation.at(path, "payment_method_redisplay"), "string", item));
    }
    item = object.get("payment_method_redisplay_limit");
    if (object.containsKey("payment_method_redisplay_limit") && (item != null && !Validation.isInteger(item))) {
      issues.add(
          Validation.typeIssue(
              Validation.at(path, "payment_method_redisplay_limit"), "integer", item));
    }
    item = object.get("payment_method_remove");
    if (!object.containsKey("payment_method_remove")) {
      issues.add(Validation.missingIssue(path, "payment_method_remove"));
    } else if (!(item instanceof String)) {
      issues.add(
          Validation.typeIssue(Validation.at(path, "payment_method_remove"), "string", item));
    }
    item = object.get("payment_method_save");
    if (!object.containsKey("payment_method_save")) {
      issues.add(Validation.missingIssue(path, "payment_method_save"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "payment_method_save"), "string", item));
    }
    item = object.get("payment_method_save_usage");
    if (object.containsKey("payment_method_save_usage") && (item != null && !(item instanceof String))) {
      issues.add(
          Validation.typeIssue(Validation.at(path, "payment_method_save_usage"), "string", item));
    }
  }

  /**
   * Checks an object of schema {@code customer_session_resource_components_resource_payment_element} in a response.
   */
  static void checkCustomerSessionResourceComponentsResourcePaymentElementResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("enabled");
    if (!object.containsKey("enabled")) {
      issues.add(Validation.missingIssue(path, "enabled"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "enabled"), "boolean", item));
    }
    item = object.get("features");
    if (object.containsKey("features") && item != null) {
      checkCustomerSessionResourceComponentsResourcePaymentElementResourceFeaee22895a(
          item, Validation.at(path, "features"), issues);
    }
  }

  /**
   * Checks an object of schema {@code customer_session_resource_components_resource_pricing_table} in a response.
   */
  static void checkCustomerSessionResourceComponentsResourcePricingTableResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("enabled");
    if (!object.containsKey("enabled")) {
      issues.add(Validation.missingIssue(path, "enabled"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "enabled"), "boolean", item));
    }
  }

  /** Checks an object of schema {@code customer_session_resource_components} in a response. */
  static void checkCustomerSessionResourceComponentsResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("active_entitlements");
    if (object.containsKey("active_entitlements")) {
      checkCustomerSessionResourceComponentsResourceActiveEntitlementsResponse(
          item, Validation.at(path, "active_entitlements"), issues);
    }
    item = object.get("buy_button");
    if (!object.containsKey("buy_button")) {
      issues.add(Validation.missingIssue(path, "buy_button"));
    } else {
      checkCustomerSessionResourceComponentsResourceBuyButtonResponse(
          item, Validation.at(path, "buy_button"), issues);
    }
    item = object.get("customer_portal");
    if (object.containsKey("customer_portal")) {
      checkCustomerSessionResourceComponentsResourceCustomerPortalResponse(
          item, Validation.at(path, "customer_portal"), issues);
    }
    item = object.get("customer_sheet");
    if (!object.containsKey("customer_sheet")) {
      issues.add(Validation.missingIssue(path, "customer_sheet"));
    } else {
      checkCustomerSessionResourceComponentsResourceCustomerSheetResponse(
          item, Validation.at(path, "customer_sheet"), issues);
    }
    item = object.get("mobile_payment_element");
    if (!object.containsKey("mobile_payment_element")) {
      issues.add(Validation.missingIssue(path, "mobile_payment_element"));
    } else {
      checkCustomerSessionResourceComponentsResourceMobilePaymentElementResponse(
          item, Validation.at(path, "mobile_payment_element"), issues);
    }
    item = object.get("payment_element");
    if (!object.containsKey("payment_element")) {
      issues.add(Validation.missingIssue(path, "payment_element"));
    } else {
      checkCustomerSessionResourceComponentsResourcePaymentElementResponse(
          item, Validation.at(path, "payment_element"), issues);
    }
    item = object.get("pricing_table");
    if (!object.containsKey("pricing_table")) {
      issues.add(Validation.missingIssue(path, "pricing_table"));
    } else {
      checkCustomerSessionResourceComponentsResourcePricingTableResponse(
          item, Validation.at(path, "pricing_table"), issues);
    }
  }

  /** Checks an object of schema {@code address} in a response. */
  static void checkAddressResponse(Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("city");
    if (object.containsKey("city") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "city"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "city"), "max_length", "5000", item, false));
      }
    }
    item = object.get("country");
    if (object.containsKey("country") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "country"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "country"), "max_length", "5000", item, false));
      }
    }
    item = object.get("line1");
    if (object.containsKey("line1") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "line1"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "line1"), "max_length", "5000", item, false));
      }
    }
    item = object.get("line2");
    if (object.containsKey("line2") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "line2"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "line2"), "max_length", "5000", item, false));
      }
    }
    item = object.get("postal_code");
    if (object.containsKey("postal_code") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "postal_code"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "postal_code"), "max_length", "5000", item, false));
      }
    }
    item = object.get("state");
    if (object.containsKey("state") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "state"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "state"), "max_length", "5000", item, false));
      }
    }
  }

  /** Checks an object of schema {@code invoice_setting_custom_field} in a response. */
  static void checkInvoiceSettingCustomFieldResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("name");
    if (!object.containsKey("name")) {
      issues.add(Validation.missingIssue(path, "name"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "name"), "string", item));
    } else if (Validation.length(item) > 5000) {
      issues.add(
          Validation.boundIssue(Validation.at(path, "name"), "max_length", "5000", item, false));
    }
    item = object.get("value");
    if (!object.containsKey("value")) {
      issues.add(Validation.missingIssue(path, "value"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "value"), "string", item));
    } else if (Validation.length(item) > 5000) {
      issues.add(
          Validation.boundIssue(Validation.at(path, "value"), "max_length", "5000", item, false));
    }
  }

  /** Checks an object of schema {@code billing_details} in a response. */
  static void checkBillingDetailsResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("address");
    if (object.containsKey("address") && item != null) {
      checkAddressResponse(item, Validation.at(path, "address"), issues);
    }
    item = object.get("email");
    if (object.containsKey("email") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "email"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "email"), "max_length", "5000", item, false));
      }
    }
    item = object.get("name");
    if (object.containsKey("name") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "name"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "name"), "max_length", "5000", item, false));
      }
    }
    item = object.get("phone");
    if (object.containsKey("phone") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "phone"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "phone"), "max_length", "5000", item, false));
      }
    }
  }

  /** Checks an object of schema {@code payment_method_card_checks} in a response. */
  static void checkPaymentMethodCardChecksResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("address_line1_check");
    if (object.containsKey("address_line1_check") && item != null) {
      if (!(item instanceof String)) {
        issues.add(
            Validation.typeIssue(Validation.at(path, "address_line1_check"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "address_line1_check"), "max_length", "5000", item, false));
      }
    }
    item = object.get("address_postal_code_check");
    if (object.containsKey("address_postal_code_check") && item != null) {
      if (!(item instanceof String)) {
        issues.add(
            Validation.typeIssue(Validation.at(path, "address_postal_code_check"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "address_postal_code_check"), "max_length", "5000", item, false));
      }
    }
    item = object.get("cvc_check");
    if (object.containsKey("cvc_check") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "cvc_check"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "cvc_check"), "max_length", "5000", item, false));
      }
    }
  }

  /** Checks an object of schema {@code networks} in a response. */
  static void checkNetworksResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("available");
    if (!object.containsKey("available")) {
      issues.add(Validation.missingIssue(path, "available"));
    } else if (Validation.list(item) == null) {
      issues.add(Validation.typeIssue(Validation.at(path, "available"), "array", item));
    } else {
      List<?> items1 = Validation.list(item);
      for (int index2 = 0; index2 < items1.size(); index2++) {
        Object element3 = items1.get(index2);
        if (!(element3 instanceof String)) {
          issues.add(
              Validation.typeIssue(Validation.at(path, "available", index2), "string", element3));
        } else if (Validation.length(element3) > 5000) {
          issues.add(
              Validation.boundIssue(
                  Validation.at(path, "available", index2), "max_length", "5000", element3, false));
        }
      }
    }
    item = object.get("preferred");
    if (object.containsKey("preferred") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "preferred"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "preferred"), "max_length", "5000", item, false));
      }
    }
  }

  /** Checks an object of schema {@code three_d_secure_usage} in a response. */
  static void checkThreeDSecureUsageResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("supported");
    if (!object.containsKey("supported")) {
      issues.add(Validation.missingIssue(path, "supported"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "supported"), "boolean", item));
    }
  }

  /** Checks an object of schema {@code payment_method_card_wallet} in a response. */
  static void checkPaymentMethodCardWalletResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("dynamic_last4");
    if (object.containsKey("dynamic_last4") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "dynamic_last4"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "dynamic_last4"), "max_length", "5000", item, false));
      }
    }
    item = object.get("type");
    if (!object.containsKey("type")) {
      issues.add(Validation.missingIssue(path, "type"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "type"), "string", item));
    }
  }

  /** Checks an object of schema {@code payment_method_card} in a response. */
  static void checkPaymentMethodCardResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("brand");
    if (!object.containsKey("brand")) {
      issues.add(Validation.missingIssue(path, "brand"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "brand"), "string", item));
    } else if (Validation.length(item) > 5000) {
      issues.add(
          Validation.boundIssue(Validation.at(path, "brand"), "max_length", "5000", item, false));
    }
    item = object.get("checks");
    if (object.containsKey("checks") && item != null) {
      checkPaymentMethodCardChecksResponse(item, Validation.at(path, "checks"), issues);
    }
    item = object.get("country");
    if (object.containsKey("country") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "country"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "country"), "max_length", "5000", item, false));
      }
    }
    item = object.get("exp_month");
    if (!object.containsKey("exp_month")) {
      issues.add(Validation.missingIssue(path, "exp_month"));
    } else if (!Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "exp_month"), "integer", item));
    }
    item = object.get("exp_year");
    if (!object.containsKey("exp_year")) {
      issues.add(Validation.missingIssue(path, "exp_year"));
    } else if (!Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "exp_year"), "integer", item));
    }
    item = object.get("fingerprint");
    if (object.containsKey("fingerprint") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "fingerprint"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "fingerprint"), "max_length", "5000", item, false));
      }
    }
    item = object.get("funding");
    if (!object.containsKey("funding")) {
      issues.add(Validation.missingIssue(path, "funding"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "funding"), "string", item));
    } else if (Validation.length(item) > 5000) {
      issues.add(
          Validation.boundIssue(Validation.at(path, "funding"), "max_length", "5000", item, false));
    }
    item = object.get("last4");
    if (!object.containsKey("last4")) {
      issues.add(Validation.missingIssue(path, "last4"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "last4"), "string", item));
    } else if (Validation.length(item) > 5000) {
      issues.add(
          Validation.boundIssue(Validation.at(path, "last4"), "max_length", "5000", item, false));
    }
    item = object.get("networks");
    if (object.containsKey("networks") && item != null) {
      checkNetworksResponse(item, Validation.at(path, "networks"), issues);
    }
    item = object.get("three_d_secure_usage");
    if (object.containsKey("three_d_secure_usage") && item != null) {
      checkThreeDSecureUsageResponse(item, Validation.at(path, "three_d_secure_usage"), issues);
    }
    item = object.get("wallet");
    if (object.containsKey("wallet") && item != null) {
      checkPaymentMethodCardWalletResponse(item, Validation.at(path, "wallet"), issues);
    }
  }

  /** Any of: a string or an object. */
  static void anyOfPaymentMethodCustomerResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    List<List<Validation.Issue>> branches = new ArrayList<>();
    if (Validation.isString(value)) {
      List<Validation.Issue> branch1 = new ArrayList<>();
      if (!(value instanceof String)) {
        branch1.add(Validation.typeIssue(path, "string", value));
      } else if (Validation.length(value) > 5000) {
        branch1.add(Validation.boundIssue(path, "max_length", "5000", value, false));
      }
      if (branch1.isEmpty()) {
        return;
      }
      branches.add(branch1);
    }
    if (Validation.object(value) != null) {
      List<Validation.Issue> branch2 = new ArrayList<>();
      checkCustomerResponse(value, path, branch2);
      if (branch2.isEmpty()) {
        return;
      }
      branches.add(branch2);
    }
    issues.addAll(Validation.bestBranch(path, value, branches, CUSTOMER_SESSION_CUSTOMER_EXPECTED));
  }

  /** Checks an object of schema {@code payment_method} in a response. */
  static void checkPaymentMethodResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("allow_redisplay");
    if (object.containsKey("allow_redisplay") && !(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "allow_redisplay"), "string", item));
    }
    item = object.get("billing_details");
    if (!object.containsKey("billing_details")) {
      issues.add(Validation.missingIssue(path, "billing_details"));
    } else {
      checkBillingDetailsResponse(item, Validation.at(path, "billing_details"), issues);
    }
    item = object.get("card");
    if (object.containsKey("card")) {
      checkPaymentMethodCardResponse(item, Validation.at(path, "card"), issues);
    }
    item = object.get("created");
    if (!object.containsKey("created")) {
      issues.add(Validation.missingIssue(path, "created"));
    } else if (!Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "created"), "integer", item));
    }
    item = object.get("customer");
    if (object.containsKey("customer") && item != null) {
      anyOfPaymentMethodCustomerResponse(item, Validation.at(path, "customer"), issues);
    }
    item = object.get("id");
    if (!object.containsKey("id")) {
      issues.add(Validation.missingIssue(path, "id"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "id"), "string", item));
    } else if (Validation.length(item) > 5000) {
      issues.add(
          Validation.boundIssue(Validation.at(path, "id"), "max_length", "5000", item, false));
    }
    item = object.get("livemode");
    if (!object.containsKey("livemode")) {
      issues.add(Validation.missingIssue(path, "livemode"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "livemode"), "boolean", item));
    }
    item = object.get("metadata");
    if (object.containsKey("metadata") && item != null) {
      if (Validation.object(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "metadata"), "object", item));
      } else {
        for (Map.Entry<?, ?> entry1 : Validation.object(item).entrySet()) {
          Object value2 = entry1.getValue();
          if (!(value2 instanceof String)) {
            issues.add(
                Validation.typeIssue(
                    Validation.at(path, "metadata", String.valueOf(entry1.getKey())), "string", value2));
          } else if (Validation.length(value2) > 500) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "metadata", String.valueOf(entry1.getKey())), "max_length", "500", value2, false));
          }
        }
      }
    }
    item = object.get("object");
    if (!object.containsKey("object")) {
      issues.add(Validation.missingIssue(path, "object"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "object"), "string", item));
    }
    item = object.get("type");
    if (!object.containsKey("type")) {
      issues.add(Validation.missingIssue(path, "type"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "type"), "string", item));
    }
  }

  /** Any of: a string or an object. */
  static void anyOfInvoiceSettingCustomerSettingDefaultPaymentMethodResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    List<List<Validation.Issue>> branches = new ArrayList<>();
    if (Validation.isString(value)) {
      List<Validation.Issue> branch1 = new ArrayList<>();
      if (!(value instanceof String)) {
        branch1.add(Validation.typeIssue(path, "string", value));
      } else if (Validation.length(value) > 5000) {
        branch1.add(Validation.boundIssue(path, "max_length", "5000", value, false));
      }
      if (branch1.isEmpty()) {
        return;
      }
      branches.add(branch1);
    }
    if (Validation.object(value) != null) {
      List<Validation.Issue> branch2 = new ArrayList<>();
      checkPaymentMethodResponse(value, path, branch2);
      if (branch2.isEmpty()) {
        return;
      }
      branches.add(branch2);
    }
    issues.addAll(Validation.bestBranch(path, value, branches, CUSTOMER_SESSION_CUSTOMER_EXPECTED));
  }

  /** Checks an object of schema {@code invoice_setting_rendering_options} in a response. */
  static void checkInvoiceSettingRenderingOptionsResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("amount_tax_display");
    if (object.containsKey("amount_tax_display") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "amount_tax_display"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "amount_tax_display"), "max_length", "5000", item, false));
      }
    }
  }

  /** Checks an object of schema {@code invoice_setting_customer_setting} in a response. */
  static void checkInvoiceSettingCustomerSettingResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("custom_fields");
    if (object.containsKey("custom_fields") && item != null) {
      if (Validation.list(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "custom_fields"), "array", item));
      } else {
        List<?> items1 = Validation.list(item);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          checkInvoiceSettingCustomFieldResponse(
              element3, Validation.at(path, "custom_fields", index2), issues);
        }
      }
    }
    item = object.get("default_payment_method");
    if (object.containsKey("default_payment_method") && item != null) {
      anyOfInvoiceSettingCustomerSettingDefaultPaymentMethodResponse(
          item, Validation.at(path, "default_payment_method"), issues);
    }
    item = object.get("footer");
    if (object.containsKey("footer") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "footer"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "footer"), "max_length", "5000", item, false));
      }
    }
    item = object.get("rendering_options");
    if (object.containsKey("rendering_options") && item != null) {
      checkInvoiceSettingRenderingOptionsResponse(
          item, Validation.at(path, "rendering_options"), issues);
    }
  }

  /** Checks an object of schema {@code shipping} in a response. */
  static void checkShippingResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("address");
    if (object.containsKey("address")) {
      checkAddressResponse(item, Validation.at(path, "address"), issues);
    }
    item = object.get("carrier");
    if (object.containsKey("carrier") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "carrier"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "carrier"), "max_length", "5000", item, false));
      }
    }
    item = object.get("name");
    if (object.containsKey("name")) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "name"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "name"), "max_length", "5000", item, false));
      }
    }
    item = object.get("phone");
    if (object.containsKey("phone") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "phone"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "phone"), "max_length", "5000", item, false));
      }
    }
    item = object.get("tracking_number");
    if (object.containsKey("tracking_number") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "tracking_number"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "tracking_number"), "max_length", "5000", item, false));
      }
    }
  }

  /** Checks an object of schema {@code customer} in a response. */
  static void checkCustomerResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("address");
    if (object.containsKey("address") && item != null) {
      checkAddressResponse(item, Validation.at(path, "address"), issues);
    }
    item = object.get("balance");
    if (object.containsKey("balance") && !Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "balance"), "integer", item));
    }
    item = object.get("created");
    if (!object.containsKey("created")) {
      issues.add(Validation.missingIssue(path, "created"));
    } else if (!Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "created"), "integer", item));
    }
    item = object.get("currency");
    if (object.containsKey("currency") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "currency"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "currency"), "max_length", "5000", item, false));
      }
    }
    item = object.get("default_source");
    if (object.containsKey("default_source") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "default_source"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "default_source"), "max_length", "5000", item, false));
      }
    }
    item = object.get("delinquent");
    if (object.containsKey("delinquent") && (item != null && !(item instanceof Boolean))) {
      issues.add(Validation.typeIssue(Validation.at(path, "delinquent"), "boolean", item));
    }
    item = object.get("description");
    if (object.containsKey("description") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "description"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "description"), "max_length", "5000", item, false));
      }
    }
    item = object.get("email");
    if (object.containsKey("email") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "email"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "email"), "max_length", "5000", item, false));
      }
    }
    item = object.get("id");
    if (!object.containsKey("id")) {
      issues.add(Validation.missingIssue(path, "id"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "id"), "string", item));
    } else if (Validation.length(item) > 5000) {
      issues.add(
          Validation.boundIssue(Validation.at(path, "id"), "max_length", "5000", item, false));
    }
    item = object.get("invoice_prefix");
    if (object.containsKey("invoice_prefix") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "invoice_prefix"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "invoice_prefix"), "max_length", "5000", item, false));
      }
    }
    item = object.get("invoice_settings");
    if (object.containsKey("invoice_settings")) {
      checkInvoiceSettingCustomerSettingResponse(
          item, Validation.at(path, "invoice_settings"), issues);
    }
    item = object.get("livemode");
    if (!object.containsKey("livemode")) {
      issues.add(Validation.missingIssue(path, "livemode"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "livemode"), "boolean", item));
    }
    item = object.get("metadata");
    if (object.containsKey("metadata")) {
      if (Validation.object(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "metadata"), "object", item));
      } else {
        for (Map.Entry<?, ?> entry1 : Validation.object(item).entrySet()) {
          Object value2 = entry1.getValue();
          if (!(value2 instanceof String)) {
            issues.add(
                Validation.typeIssue(
                    Validation.at(path, "metadata", String.valueOf(entry1.getKey())), "string", value2));
          } else if (Validation.length(value2) > 500) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "metadata", String.valueOf(entry1.getKey())), "max_length", "500", value2, false));
          }
        }
      }
    }
    item = object.get("name");
    if (object.containsKey("name") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "name"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "name"), "max_length", "5000", item, false));
      }
    }
    item = object.get("next_invoice_sequence");
    if (object.containsKey("next_invoice_sequence") && !Validation.isInteger(item)) {
      issues.add(
          Validation.typeIssue(Validation.at(path, "next_invoice_sequence"), "integer", item));
    }
    item = object.get("object");
    if (!object.containsKey("object")) {
      issues.add(Validation.missingIssue(path, "object"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "object"), "string", item));
    }
    item = object.get("phone");
    if (object.containsKey("phone") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "phone"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "phone"), "max_length", "5000", item, false));
      }
    }
    item = object.get("preferred_locales");
    if (object.containsKey("preferred_locales") && item != null) {
      if (Validation.list(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "preferred_locales"), "array", item));
      } else {
        List<?> items3 = Validation.list(item);
        for (int index4 = 0; index4 < items3.size(); index4++) {
          Object element5 = items3.get(index4);
          if (!(element5 instanceof String)) {
            issues.add(
                Validation.typeIssue(
                    Validation.at(path, "preferred_locales", index4), "string", element5));
          } else if (Validation.length(element5) > 5000) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "preferred_locales", index4), "max_length", "5000", element5, false));
          }
        }
      }
    }
    item = object.get("shipping");
    if (object.containsKey("shipping") && item != null) {
      checkShippingResponse(item, Validation.at(path, "shipping"), issues);
    }
    item = object.get("tax_exempt");
    if (object.containsKey("tax_exempt") && (item != null && !(item instanceof String))) {
      issues.add(Validation.typeIssue(Validation.at(path, "tax_exempt"), "string", item));
    }
    item = object.get("test_clock");
    if (object.containsKey("test_clock") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "test_clock"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "test_clock"), "max_length", "5000", item, false));
      }
    }
  }

  /** Any of: a string or an object. */
  static void anyOfCustomerSessionCustomerResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    List<List<Validation.Issue>> branches = new ArrayList<>();
    if (Validation.isString(value)) {
      List<Validation.Issue> branch1 = new ArrayList<>();
      if (!(value instanceof String)) {
        branch1.add(Validation.typeIssue(path, "string", value));
      } else if (Validation.length(value) > 5000) {
        branch1.add(Validation.boundIssue(path, "max_length", "5000", value, false));
      }
      if (branch1.isEmpty()) {
        return;
      }
      branches.add(branch1);
    }
    if (Validation.object(value) != null) {
      List<Validation.Issue> branch2 = new ArrayList<>();
      checkCustomerResponse(value, path, branch2);
      if (branch2.isEmpty()) {
        return;
      }
      branches.add(branch2);
    }
    issues.addAll(Validation.bestBranch(path, value, branches, CUSTOMER_SESSION_CUSTOMER_EXPECTED));
  }

  /** Checks an object of schema {@code customer_session} in a response. */
  static void checkCustomerSessionResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("client_secret");
    if (!object.containsKey("client_secret")) {
      issues.add(Validation.missingIssue(path, "client_secret"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "client_secret"), "string", item));
    } else if (Validation.length(item) > 5000) {
      issues.add(
          Validation.boundIssue(
              Validation.at(path, "client_secret"), "max_length", "5000", item, false));
    }
    item = object.get("components");
    if (object.containsKey("components")) {
      checkCustomerSessionResourceComponentsResponse(
          item, Validation.at(path, "components"), issues);
    }
    item = object.get("created");
    if (!object.containsKey("created")) {
      issues.add(Validation.missingIssue(path, "created"));
    } else if (!Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "created"), "integer", item));
    }
    item = object.get("customer");
    if (!object.containsKey("customer")) {
      issues.add(Validation.missingIssue(path, "customer"));
    } else {
      anyOfCustomerSessionCustomerResponse(item, Validation.at(path, "customer"), issues);
    }
    item = object.get("customer_account");
    if (object.containsKey("customer_account") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "customer_account"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "customer_account"), "max_length", "5000", item, false));
      }
    }
    item = object.get("expires_at");
    if (!object.containsKey("expires_at")) {
      issues.add(Validation.missingIssue(path, "expires_at"));
    } else if (!Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "expires_at"), "integer", item));
    }
    item = object.get("livemode");
    if (!object.containsKey("livemode")) {
      issues.add(Validation.missingIssue(path, "livemode"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "livemode"), "boolean", item));
    }
    item = object.get("object");
    if (!object.containsKey("object")) {
      issues.add(Validation.missingIssue(path, "object"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "object"), "string", item));
    }
  }

  /** Checks an object of schema {@code customers.list.response} in a response. */
  static void checkCustomersListResponseResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("data");
    if (!object.containsKey("data")) {
      issues.add(Validation.missingIssue(path, "data"));
    } else if (Validation.list(item) == null) {
      issues.add(Validation.typeIssue(Validation.at(path, "data"), "array", item));
    } else {
      List<?> items1 = Validation.list(item);
      for (int index2 = 0; index2 < items1.size(); index2++) {
        Object element3 = items1.get(index2);
        checkCustomerResponse(element3, Validation.at(path, "data", index2), issues);
      }
    }
    item = object.get("has_more");
    if (!object.containsKey("has_more")) {
      issues.add(Validation.missingIssue(path, "has_more"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "has_more"), "boolean", item));
    }
    item = object.get("object");
    if (!object.containsKey("object")) {
      issues.add(Validation.missingIssue(path, "object"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "object"), "string", item));
    }
    item = object.get("url");
    if (!object.containsKey("url")) {
      issues.add(Validation.missingIssue(path, "url"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "url"), "string", item));
    } else {
      if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "url"), "max_length", "5000", item, false));
      }
      if (!Validation.matches(PATTERN, item)) {
        issues.add(Validation.patternIssue(Validation.at(path, "url"), "^/v1/customers", item));
      }
    }
  }

  /** Checks an object of schema {@code customers.search.response} in a response. */
  static void checkCustomersSearchResponseResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("data");
    if (!object.containsKey("data")) {
      issues.add(Validation.missingIssue(path, "data"));
    } else if (Validation.list(item) == null) {
      issues.add(Validation.typeIssue(Validation.at(path, "data"), "array", item));
    } else {
      List<?> items1 = Validation.list(item);
      for (int index2 = 0; index2 < items1.size(); index2++) {
        Object element3 = items1.get(index2);
        checkCustomerResponse(element3, Validation.at(path, "data", index2), issues);
      }
    }
    item = object.get("has_more");
    if (!object.containsKey("has_more")) {
      issues.add(Validation.missingIssue(path, "has_more"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "has_more"), "boolean", item));
    }
    item = object.get("next_page");
    if (object.containsKey("next_page") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "next_page"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "next_page"), "max_length", "5000", item, false));
      }
    }
    item = object.get("object");
    if (!object.containsKey("object")) {
      issues.add(Validation.missingIssue(path, "object"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "object"), "string", item));
    }
    item = object.get("total_count");
    if (object.containsKey("total_count") && !Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "total_count"), "integer", item));
    }
    item = object.get("url");
    if (!object.containsKey("url")) {
      issues.add(Validation.missingIssue(path, "url"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "url"), "string", item));
    } else if (Validation.length(item) > 5000) {
      issues.add(
          Validation.boundIssue(Validation.at(path, "url"), "max_length", "5000", item, false));
    }
  }

  /** Checks an object of schema {@code deleted_customer} in a response. */
  static void checkDeletedCustomerResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("deleted");
    if (!object.containsKey("deleted")) {
      issues.add(Validation.missingIssue(path, "deleted"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "deleted"), "boolean", item));
    }
    item = object.get("id");
    if (!object.containsKey("id")) {
      issues.add(Validation.missingIssue(path, "id"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "id"), "string", item));
    } else if (Validation.length(item) > 5000) {
      issues.add(
          Validation.boundIssue(Validation.at(path, "id"), "max_length", "5000", item, false));
    }
    item = object.get("object");
    if (!object.containsKey("object")) {
      issues.add(Validation.missingIssue(path, "object"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "object"), "string", item));
    }
  }

  /** Any of: an object. */
  static void anyOfCustomersRetrieveResponseResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    List<List<Validation.Issue>> branches = new ArrayList<>();
    if (Validation.object(value) != null) {
      List<Validation.Issue> branch1 = new ArrayList<>();
      checkCustomerResponse(value, path, branch1);
      if (branch1.isEmpty()) {
        return;
      }
      branches.add(branch1);
    }
    if (Validation.object(value) != null) {
      List<Validation.Issue> branch2 = new ArrayList<>();
      checkDeletedCustomerResponse(value, path, branch2);
      if (branch2.isEmpty()) {
        return;
      }
      branches.add(branch2);
    }
    issues.addAll(
        Validation.bestBranch(path, value, branches, CUSTOMERS_RETRIEVE_RESPONSE_EXPECTED));
  }

  /** Checks an object of schema {@code customers.payment_methods.list.response} in a response. */
  static void checkCustomersPaymentMethodsListResponseResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("data");
    if (!object.containsKey("data")) {
      issues.add(Validation.missingIssue(path, "data"));
    } else if (Validation.list(item) == null) {
      issues.add(Validation.typeIssue(Validation.at(path, "data"), "array", item));
    } else {
      List<?> items1 = Validation.list(item);
      for (int index2 = 0; index2 < items1.size(); index2++) {
        Object element3 = items1.get(index2);
        checkPaymentMethodResponse(element3, Validation.at(path, "data", index2), issues);
      }
    }
    item = object.get("has_more");
    if (!object.containsKey("has_more")) {
      issues.add(Validation.missingIssue(path, "has_more"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "has_more"), "boolean", item));
    }
    item = object.get("object");
    if (!object.containsKey("object")) {
      issues.add(Validation.missingIssue(path, "object"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "object"), "string", item));
    }
    item = object.get("url");
    if (!object.containsKey("url")) {
      issues.add(Validation.missingIssue(path, "url"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "url"), "string", item));
    } else if (Validation.length(item) > 5000) {
      issues.add(
          Validation.boundIssue(Validation.at(path, "url"), "max_length", "5000", item, false));
    }
  }

  /**
   * Checks an object of schema {@code payment_flows_automatic_payment_methods_payment_intent} in a response.
   */
  static void checkPaymentFlowsAutomaticPaymentMethodsPaymentIntentResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("allow_redirects");
    if (object.containsKey("allow_redirects") && !(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "allow_redirects"), "string", item));
    }
    item = object.get("enabled");
    if (!object.containsKey("enabled")) {
      issues.add(Validation.missingIssue(path, "enabled"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "enabled"), "boolean", item));
    }
  }

  /** Any of: a string or an object. */
  static void anyOfPaymentIntentCustomerResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    List<List<Validation.Issue>> branches = new ArrayList<>();
    if (Validation.isString(value)) {
      List<Validation.Issue> branch1 = new ArrayList<>();
      if (!(value instanceof String)) {
        branch1.add(Validation.typeIssue(path, "string", value));
      } else if (Validation.length(value) > 5000) {
        branch1.add(Validation.boundIssue(path, "max_length", "5000", value, false));
      }
      if (branch1.isEmpty()) {
        return;
      }
      branches.add(branch1);
    }
    if (Validation.object(value) != null) {
      List<Validation.Issue> branch2 = new ArrayList<>();
      checkCustomerResponse(value, path, branch2);
      if (branch2.isEmpty()) {
        return;
      }
      branches.add(branch2);
    }
    if (Validation.object(value) != null) {
      List<Validation.Issue> branch3 = new ArrayList<>();
      checkDeletedCustomerResponse(value, path, branch3);
      if (branch3.isEmpty()) {
        return;
      }
      branches.add(branch3);
    }
    issues.addAll(Validation.bestBranch(path, value, branches, CUSTOMER_SESSION_CUSTOMER_EXPECTED));
  }

  /**
   * Checks an object of schema {@code payment_flows_automatic_payment_methods_setup_intent} in a response.
   */
  static void checkPaymentFlowsAutomaticPaymentMethodsSetupIntentResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("allow_redirects");
    if (object.containsKey("allow_redirects") && !(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "allow_redirects"), "string", item));
    }
    item = object.get("enabled");
    if (object.containsKey("enabled") && (item != null && !(item instanceof Boolean))) {
      issues.add(Validation.typeIssue(Validation.at(path, "enabled"), "boolean", item));
    }
  }

  /** Checks an object of schema {@code setup_intent_next_action_redirect_to_url} in a response. */
  static void checkSetupIntentNextActionRedirectToUrlResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("return_url");
    if (object.containsKey("return_url") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "return_url"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "return_url"), "max_length", "5000", item, false));
      }
    }
    item = object.get("url");
    if (object.containsKey("url") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "url"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "url"), "max_length", "5000", item, false));
      }
    }
  }

  /** Checks an object of schema {@code setup_intent_next_action} in a response. */
  static void checkSetupIntentNextActionResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("redirect_to_url");
    if (object.containsKey("redirect_to_url")) {
      checkSetupIntentNextActionRedirectToUrlResponse(
          item, Validation.at(path, "redirect_to_url"), issues);
    }
    item = object.get("type");
    if (!object.containsKey("type")) {
      issues.add(Validation.missingIssue(path, "type"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "type"), "string", item));
    } else if (Validation.length(item) > 5000) {
      issues.add(
          Validation.boundIssue(Validation.at(path, "type"), "max_length", "5000", item, false));
    }
    item = object.get("use_stripe_sdk");
    if (object.containsKey("use_stripe_sdk") && Validation.object(item) == null) {
      issues.add(Validation.typeIssue(Validation.at(path, "use_stripe_sdk"), "object", item));
    }
  }

  /** Checks an object of schema {@code setup_intent} in a response. */
  static void checkSetupIntentResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("attach_to_self");
    if (object.containsKey("attach_to_self") && !(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "attach_to_self"), "boolean", item));
    }
    item = object.get("automatic_payment_methods");
    if (object.containsKey("automatic_payment_methods") && item != null) {
      checkPaymentFlowsAutomaticPaymentMethodsSetupIntentResponse(
          item, Validation.at(path, "automatic_payment_methods"), issues);
    }
    item = object.get("cancellation_reason");
    if (object.containsKey("cancellation_reason") && (item != null && !(item instanceof String))) {
      issues.add(Validation.typeIssue(Validation.at(path, "cancellation_reason"), "string", item));
    }
    item = object.get("client_secret");
    if (object.containsKey("client_secret") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "client_secret"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "client_secret"), "max_length", "5000", item, false));
      }
    }
    item = object.get("created");
    if (!object.containsKey("created")) {
      issues.add(Validation.missingIssue(path, "created"));
    } else if (!Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "created"), "integer", item));
    }
    item = object.get("customer");
    if (object.containsKey("customer") && item != null) {
      anyOfPaymentIntentCustomerResponse(item, Validation.at(path, "customer"), issues);
    }
    item = object.get("description");
    if (object.containsKey("description") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "description"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "description"), "max_length", "5000", item, false));
      }
    }
    item = object.get("flow_directions");
    if (object.containsKey("flow_directions") && item != null) {
      if (Validation.list(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "flow_directions"), "array", item));
      } else {
        List<?> items1 = Validation.list(item);
        for (int index2 = 0; index2 < items1.size(); index2++) {
          Object element3 = items1.get(index2);
          if (!(element3 instanceof String)) {
            issues.add(
                Validation.typeIssue(
                    Validation.at(path, "flow_directions", index2), "string", element3));
          }
        }
      }
    }
    item = object.get("id");
    if (!object.containsKey("id")) {
      issues.add(Validation.missingIssue(path, "id"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "id"), "string", item));
    } else if (Validation.length(item) > 5000) {
      issues.add(
          Validation.boundIssue(Validation.at(path, "id"), "max_length", "5000", item, false));
    }
    item = object.get("last_setup_error");
    if (object.containsKey("last_setup_error") && item != null) {
      checkApiErrorsResponse(item, Validation.at(path, "last_setup_error"), issues);
    }
    item = object.get("latest_attempt");
    if (object.containsKey("latest_attempt") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "latest_attempt"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "latest_attempt"), "max_length", "5000", item, false));
      }
    }
    item = object.get("livemode");
    if (!object.containsKey("livemode")) {
      issues.add(Validation.missingIssue(path, "livemode"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "livemode"), "boolean", item));
    }
    item = object.get("mandate");
    if (object.containsKey("mandate") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "mandate"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "mandate"), "max_length", "5000", item, false));
      }
    }
    item = object.get("metadata");
    if (object.containsKey("metadata") && item != null) {
      if (Validation.object(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "metadata"), "object", item));
      } else {
        for (Map.Entry<?, ?> entry4 : Validation.object(item).entrySet()) {
          Object value5 = entry4.getValue();
          if (!(value5 instanceof String)) {
            issues.add(
                Validation.typeIssue(
                    Validation.at(path, "metadata", String.valueOf(entry4.getKey())), "string", value5));
          } else if (Validation.length(value5) > 500) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "metadata", String.valueOf(entry4.getKey())), "max_length", "500", value5, false));
          }
        }
      }
    }
    item = object.get("next_action");
    if (object.containsKey("next_action") && item != null) {
      checkSetupIntentNextActionResponse(item, Validation.at(path, "next_action"), issues);
    }
    item = object.get("object");
    if (!object.containsKey("object")) {
      issues.add(Validation.missingIssue(path, "object"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "object"), "string", item));
    }
    item = object.get("payment_method");
    if (object.containsKey("payment_method") && item != null) {
      anyOfInvoiceSettingCustomerSettingDefaultPaymentMethodResponse(
          item, Validation.at(path, "payment_method"), issues);
    }
    item = object.get("payment_method_types");
    if (!object.containsKey("payment_method_types")) {
      issues.add(Validation.missingIssue(path, "payment_method_types"));
    } else if (Validation.list(item) == null) {
      issues.add(Validation.typeIssue(Validation.at(path, "payment_method_types"), "array", item));
    } else {
      List<?> items6 = Validation.list(item);
      for (int index7 = 0; index7 < items6.size(); index7++) {
        Object element8 = items6.get(index7);
        if (!(element8 instanceof String)) {
          issues.add(
              Validation.typeIssue(
                  Validation.at(path, "payment_method_types", index7), "string", element8));
        } else if (Validation.length(element8) > 5000) {
          issues.add(
              Validation.boundIssue(
                  Validation.at(path, "payment_method_types", index7), "max_length", "5000", element8, false));
        }
      }
    }
    item = object.get("status");
    if (!object.containsKey("status")) {
      issues.add(Validation.missingIssue(path, "status"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "status"), "string", item));
    }
    item = object.get("usage");
    if (!object.containsKey("usage")) {
      issues.add(Validation.missingIssue(path, "usage"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "usage"), "string", item));
    } else if (Validation.length(item) > 5000) {
      issues.add(
          Validation.boundIssue(Validation.at(path, "usage"), "max_length", "5000", item, false));
    }
  }

  /** Checks an object of schema {@code api_errors} in a response. */
  static void checkApiErrorsResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("charge");
    if (object.containsKey("charge")) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "charge"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "charge"), "max_length", "5000", item, false));
      }
    }
    item = object.get("code");
    if (object.containsKey("code")) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "code"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "code"), "max_length", "5000", item, false));
      }
    }
    item = object.get("decline_code");
    if (object.containsKey("decline_code")) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "decline_code"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "decline_code"), "max_length", "5000", item, false));
      }
    }
    item = object.get("doc_url");
    if (object.containsKey("doc_url")) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "doc_url"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "doc_url"), "max_length", "5000", item, false));
      }
    }
    item = object.get("message");
    if (object.containsKey("message")) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "message"), "string", item));
      } else if (Validation.length(item) > 40000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "message"), "max_length", "40000", item, false));
      }
    }
    item = object.get("param");
    if (object.containsKey("param")) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "param"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "param"), "max_length", "5000", item, false));
      }
    }
    item = object.get("payment_intent");
    if (object.containsKey("payment_intent")) {
      checkPaymentIntentResponse(item, Validation.at(path, "payment_intent"), issues);
    }
    item = object.get("payment_method");
    if (object.containsKey("payment_method")) {
      checkPaymentMethodResponse(item, Validation.at(path, "payment_method"), issues);
    }
    item = object.get("payment_method_type");
    if (object.containsKey("payment_method_type")) {
      if (!(item instanceof String)) {
        issues.add(
            Validation.typeIssue(Validation.at(path, "payment_method_type"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "payment_method_type"), "max_length", "5000", item, false));
      }
    }
    item = object.get("request_log_url");
    if (object.containsKey("request_log_url")) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "request_log_url"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "request_log_url"), "max_length", "5000", item, false));
      }
    }
    item = object.get("setup_intent");
    if (object.containsKey("setup_intent")) {
      checkSetupIntentResponse(item, Validation.at(path, "setup_intent"), issues);
    }
    item = object.get("type");
    if (!object.containsKey("type")) {
      issues.add(Validation.missingIssue(path, "type"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "type"), "string", item));
    }
  }

  /**
   * Checks an object of schema {@code payment_intent_next_action_redirect_to_url} in a response.
   */
  static void checkPaymentIntentNextActionRedirectToUrlResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("return_url");
    if (object.containsKey("return_url") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "return_url"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "return_url"), "max_length", "5000", item, false));
      }
    }
    item = object.get("url");
    if (object.containsKey("url") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "url"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "url"), "max_length", "5000", item, false));
      }
    }
  }

  /** Checks an object of schema {@code payment_intent_next_action} in a response. */
  static void checkPaymentIntentNextActionResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("redirect_to_url");
    if (object.containsKey("redirect_to_url")) {
      checkPaymentIntentNextActionRedirectToUrlResponse(
          item, Validation.at(path, "redirect_to_url"), issues);
    }
    item = object.get("type");
    if (!object.containsKey("type")) {
      issues.add(Validation.missingIssue(path, "type"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "type"), "string", item));
    } else if (Validation.length(item) > 5000) {
      issues.add(
          Validation.boundIssue(Validation.at(path, "type"), "max_length", "5000", item, false));
    }
    item = object.get("use_stripe_sdk");
    if (object.containsKey("use_stripe_sdk") && Validation.object(item) == null) {
      issues.add(Validation.typeIssue(Validation.at(path, "use_stripe_sdk"), "object", item));
    }
  }

  /** Checks an object of schema {@code payment_intent} in a response. */
  static void checkPaymentIntentResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("amount");
    if (!object.containsKey("amount")) {
      issues.add(Validation.missingIssue(path, "amount"));
    } else if (!Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "amount"), "integer", item));
    }
    item = object.get("amount_capturable");
    if (object.containsKey("amount_capturable") && !Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "amount_capturable"), "integer", item));
    }
    item = object.get("amount_received");
    if (object.containsKey("amount_received") && !Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "amount_received"), "integer", item));
    }
    item = object.get("automatic_payment_methods");
    if (object.containsKey("automatic_payment_methods") && item != null) {
      checkPaymentFlowsAutomaticPaymentMethodsPaymentIntentResponse(
          item, Validation.at(path, "automatic_payment_methods"), issues);
    }
    item = object.get("canceled_at");
    if (object.containsKey("canceled_at") && (item != null && !Validation.isInteger(item))) {
      issues.add(Validation.typeIssue(Validation.at(path, "canceled_at"), "integer", item));
    }
    item = object.get("cancellation_reason");
    if (object.containsKey("cancellation_reason") && (item != null && !(item instanceof String))) {
      issues.add(Validation.typeIssue(Validation.at(path, "cancellation_reason"), "string", item));
    }
    item = object.get("capture_method");
    if (!object.containsKey("capture_method")) {
      issues.add(Validation.missingIssue(path, "capture_method"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "capture_method"), "string", item));
    }
    item = object.get("client_secret");
    if (object.containsKey("client_secret") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "client_secret"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "client_secret"), "max_length", "5000", item, false));
      }
    }
    item = object.get("confirmation_method");
    if (!object.containsKey("confirmation_method")) {
      issues.add(Validation.missingIssue(path, "confirmation_method"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "confirmation_method"), "string", item));
    }
    item = object.get("created");
    if (!object.containsKey("created")) {
      issues.add(Validation.missingIssue(path, "created"));
    } else if (!Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "created"), "integer", item));
    }
    item = object.get("currency");
    if (!object.containsKey("currency")) {
      issues.add(Validation.missingIssue(path, "currency"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "currency"), "string", item));
    }
    item = object.get("customer");
    if (object.containsKey("customer") && item != null) {
      anyOfPaymentIntentCustomerResponse(item, Validation.at(path, "customer"), issues);
    }
    item = object.get("description");
    if (object.containsKey("description") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "description"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "description"), "max_length", "5000", item, false));
      }
    }
    item = object.get("id");
    if (!object.containsKey("id")) {
      issues.add(Validation.missingIssue(path, "id"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "id"), "string", item));
    } else if (Validation.length(item) > 5000) {
      issues.add(
          Validation.boundIssue(Validation.at(path, "id"), "max_length", "5000", item, false));
    }
    item = object.get("last_payment_error");
    if (object.containsKey("last_payment_error") && item != null) {
      checkApiErrorsResponse(item, Validation.at(path, "last_payment_error"), issues);
    }
    item = object.get("latest_charge");
    if (object.containsKey("latest_charge") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "latest_charge"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "latest_charge"), "max_length", "5000", item, false));
      }
    }
    item = object.get("livemode");
    if (!object.containsKey("livemode")) {
      issues.add(Validation.missingIssue(path, "livemode"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "livemode"), "boolean", item));
    }
    item = object.get("metadata");
    if (object.containsKey("metadata")) {
      if (Validation.object(item) == null) {
        issues.add(Validation.typeIssue(Validation.at(path, "metadata"), "object", item));
      } else {
        for (Map.Entry<?, ?> entry1 : Validation.object(item).entrySet()) {
          Object value2 = entry1.getValue();
          if (!(value2 instanceof String)) {
            issues.add(
                Validation.typeIssue(
                    Validation.at(path, "metadata", String.valueOf(entry1.getKey())), "string", value2));
          } else if (Validation.length(value2) > 500) {
            issues.add(
                Validation.boundIssue(
                    Validation.at(path, "metadata", String.valueOf(entry1.getKey())), "max_length", "500", value2, false));
          }
        }
      }
    }
    item = object.get("next_action");
    if (object.containsKey("next_action") && item != null) {
      checkPaymentIntentNextActionResponse(item, Validation.at(path, "next_action"), issues);
    }
    item = object.get("object");
    if (!object.containsKey("object")) {
      issues.add(Validation.missingIssue(path, "object"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "object"), "string", item));
    }
    item = object.get("payment_method");
    if (object.containsKey("payment_method") && item != null) {
      anyOfInvoiceSettingCustomerSettingDefaultPaymentMethodResponse(
          item, Validation.at(path, "payment_method"), issues);
    }
    item = object.get("payment_method_types");
    if (!object.containsKey("payment_method_types")) {
      issues.add(Validation.missingIssue(path, "payment_method_types"));
    } else if (Validation.list(item) == null) {
      issues.add(Validation.typeIssue(Validation.at(path, "payment_method_types"), "array", item));
    } else {
      List<?> items3 = Validation.list(item);
      for (int index4 = 0; index4 < items3.size(); index4++) {
        Object element5 = items3.get(index4);
        if (!(element5 instanceof String)) {
          issues.add(
              Validation.typeIssue(
                  Validation.at(path, "payment_method_types", index4), "string", element5));
        } else if (Validation.length(element5) > 5000) {
          issues.add(
              Validation.boundIssue(
                  Validation.at(path, "payment_method_types", index4), "max_length", "5000", element5, false));
        }
      }
    }
    item = object.get("receipt_email");
    if (object.containsKey("receipt_email") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "receipt_email"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "receipt_email"), "max_length", "5000", item, false));
      }
    }
    item = object.get("setup_future_usage");
    if (object.containsKey("setup_future_usage") && (item != null && !(item instanceof String))) {
      issues.add(Validation.typeIssue(Validation.at(path, "setup_future_usage"), "string", item));
    }
    item = object.get("shipping");
    if (object.containsKey("shipping") && item != null) {
      checkShippingResponse(item, Validation.at(path, "shipping"), issues);
    }
    item = object.get("statement_descriptor");
    if (object.containsKey("statement_descriptor") && item != null) {
      if (!(item instanceof String)) {
        issues.add(
            Validation.typeIssue(Validation.at(path, "statement_descriptor"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "statement_descriptor"), "max_length", "5000", item, false));
      }
    }
    item = object.get("statement_descriptor_suffix");
    if (object.containsKey("statement_descriptor_suffix") && item != null) {
      if (!(item instanceof String)) {
        issues.add(
            Validation.typeIssue(
                Validation.at(path, "statement_descriptor_suffix"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "statement_descriptor_suffix"), "max_length", "5000", item, false));
      }
    }
    item = object.get("status");
    if (!object.containsKey("status")) {
      issues.add(Validation.missingIssue(path, "status"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "status"), "string", item));
    }
  }

  static void anyOfNotificationEventDataObjectResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object kind = object.get("object");
    String text = Validation.text(kind);
    if ("customer".equals(text)) {
      checkCustomerResponse(value, path, issues);
    } else if ("customer_session".equals(text)) {
      checkCustomerSessionResponse(value, path, issues);
    } else if ("payment_intent".equals(text)) {
      checkPaymentIntentResponse(value, path, issues);
    } else if ("payment_method".equals(text)) {
      checkPaymentMethodResponse(value, path, issues);
    } else if ("setup_intent".equals(text)) {
      checkSetupIntentResponse(value, path, issues);
    } else if (kind == null) {
      issues.add(Validation.missingIssue(path, "object"));
    } else {
      issues.add(Validation.enumIssue(Validation.at(path, "object"), OBJECT_VALUES, kind));
    }
  }

  /** Checks an object of schema {@code notification_event_data} in a response. */
  static void checkNotificationEventDataResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("object");
    if (!object.containsKey("object")) {
      issues.add(Validation.missingIssue(path, "object"));
    } else {
      anyOfNotificationEventDataObjectResponse(item, Validation.at(path, "object"), issues);
    }
    item = object.get("previous_attributes");
    if (object.containsKey("previous_attributes") && Validation.object(item) == null) {
      issues.add(Validation.typeIssue(Validation.at(path, "previous_attributes"), "object", item));
    }
  }

  /** Checks an object of schema {@code notification_event_request} in a response. */
  static void checkNotificationEventRequestResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("id");
    if (object.containsKey("id") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "id"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "id"), "max_length", "5000", item, false));
      }
    }
    item = object.get("idempotency_key");
    if (object.containsKey("idempotency_key") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "idempotency_key"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "idempotency_key"), "max_length", "5000", item, false));
      }
    }
  }

  /** Checks an object of schema {@code event} in a response. */
  static void checkEventResponse(Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("account");
    if (object.containsKey("account")) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "account"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "account"), "max_length", "5000", item, false));
      }
    }
    item = object.get("api_version");
    if (object.containsKey("api_version") && item != null) {
      if (!(item instanceof String)) {
        issues.add(Validation.typeIssue(Validation.at(path, "api_version"), "string", item));
      } else if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(
                Validation.at(path, "api_version"), "max_length", "5000", item, false));
      }
    }
    item = object.get("created");
    if (!object.containsKey("created")) {
      issues.add(Validation.missingIssue(path, "created"));
    } else if (!Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "created"), "integer", item));
    }
    item = object.get("data");
    if (!object.containsKey("data")) {
      issues.add(Validation.missingIssue(path, "data"));
    } else {
      checkNotificationEventDataResponse(item, Validation.at(path, "data"), issues);
    }
    item = object.get("id");
    if (!object.containsKey("id")) {
      issues.add(Validation.missingIssue(path, "id"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "id"), "string", item));
    } else if (Validation.length(item) > 5000) {
      issues.add(
          Validation.boundIssue(Validation.at(path, "id"), "max_length", "5000", item, false));
    }
    item = object.get("livemode");
    if (!object.containsKey("livemode")) {
      issues.add(Validation.missingIssue(path, "livemode"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "livemode"), "boolean", item));
    }
    item = object.get("object");
    if (!object.containsKey("object")) {
      issues.add(Validation.missingIssue(path, "object"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "object"), "string", item));
    }
    item = object.get("pending_webhooks");
    if (!object.containsKey("pending_webhooks")) {
      issues.add(Validation.missingIssue(path, "pending_webhooks"));
    } else if (!Validation.isInteger(item)) {
      issues.add(Validation.typeIssue(Validation.at(path, "pending_webhooks"), "integer", item));
    }
    item = object.get("request");
    if (object.containsKey("request") && item != null) {
      checkNotificationEventRequestResponse(item, Validation.at(path, "request"), issues);
    }
    item = object.get("type");
    if (!object.containsKey("type")) {
      issues.add(Validation.missingIssue(path, "type"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "type"), "string", item));
    } else if (Validation.length(item) > 5000) {
      issues.add(
          Validation.boundIssue(Validation.at(path, "type"), "max_length", "5000", item, false));
    }
  }

  /** Checks an object of schema {@code events.list.response} in a response. */
  static void checkEventsListResponseResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("data");
    if (!object.containsKey("data")) {
      issues.add(Validation.missingIssue(path, "data"));
    } else if (Validation.list(item) == null) {
      issues.add(Validation.typeIssue(Validation.at(path, "data"), "array", item));
    } else {
      List<?> items1 = Validation.list(item);
      for (int index2 = 0; index2 < items1.size(); index2++) {
        Object element3 = items1.get(index2);
        checkEventResponse(element3, Validation.at(path, "data", index2), issues);
      }
    }
    item = object.get("has_more");
    if (!object.containsKey("has_more")) {
      issues.add(Validation.missingIssue(path, "has_more"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "has_more"), "boolean", item));
    }
    item = object.get("object");
    if (!object.containsKey("object")) {
      issues.add(Validation.missingIssue(path, "object"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "object"), "string", item));
    }
    item = object.get("url");
    if (!object.containsKey("url")) {
      issues.add(Validation.missingIssue(path, "url"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "url"), "string", item));
    } else {
      if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "url"), "max_length", "5000", item, false));
      }
      if (!Validation.matches(PATTERN2, item)) {
        issues.add(Validation.patternIssue(Validation.at(path, "url"), "^/v1/events", item));
      }
    }
  }

  /** Checks an object of schema {@code payment_intents.list.response} in a response. */
  static void checkPaymentIntentsListResponseResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("data");
    if (!object.containsKey("data")) {
      issues.add(Validation.missingIssue(path, "data"));
    } else if (Validation.list(item) == null) {
      issues.add(Validation.typeIssue(Validation.at(path, "data"), "array", item));
    } else {
      List<?> items1 = Validation.list(item);
      for (int index2 = 0; index2 < items1.size(); index2++) {
        Object element3 = items1.get(index2);
        checkPaymentIntentResponse(element3, Validation.at(path, "data", index2), issues);
      }
    }
    item = object.get("has_more");
    if (!object.containsKey("has_more")) {
      issues.add(Validation.missingIssue(path, "has_more"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "has_more"), "boolean", item));
    }
    item = object.get("object");
    if (!object.containsKey("object")) {
      issues.add(Validation.missingIssue(path, "object"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "object"), "string", item));
    }
    item = object.get("url");
    if (!object.containsKey("url")) {
      issues.add(Validation.missingIssue(path, "url"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "url"), "string", item));
    } else {
      if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "url"), "max_length", "5000", item, false));
      }
      if (!Validation.matches(PATTERN3, item)) {
        issues.add(
            Validation.patternIssue(Validation.at(path, "url"), "^/v1/payment_intents", item));
      }
    }
  }

  /** Checks an object of schema {@code setup_intents.list.response} in a response. */
  static void checkSetupIntentsListResponseResponse(
      Object value, List<Object> path, List<Validation.Issue> issues) {
    Map<?, ?> object = Validation.object(value);
    if (object == null) {
      issues.add(Validation.typeIssue(path, "object", value));
      return;
    }
    Object item = object.get("data");
    if (!object.containsKey("data")) {
      issues.add(Validation.missingIssue(path, "data"));
    } else if (Validation.list(item) == null) {
      issues.add(Validation.typeIssue(Validation.at(path, "data"), "array", item));
    } else {
      List<?> items1 = Validation.list(item);
      for (int index2 = 0; index2 < items1.size(); index2++) {
        Object element3 = items1.get(index2);
        checkSetupIntentResponse(element3, Validation.at(path, "data", index2), issues);
      }
    }
    item = object.get("has_more");
    if (!object.containsKey("has_more")) {
      issues.add(Validation.missingIssue(path, "has_more"));
    } else if (!(item instanceof Boolean)) {
      issues.add(Validation.typeIssue(Validation.at(path, "has_more"), "boolean", item));
    }
    item = object.get("object");
    if (!object.containsKey("object")) {
      issues.add(Validation.missingIssue(path, "object"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "object"), "string", item));
    }
    item = object.get("url");
    if (!object.containsKey("url")) {
      issues.add(Validation.missingIssue(path, "url"));
    } else if (!(item instanceof String)) {
      issues.add(Validation.typeIssue(Validation.at(path, "url"), "string", item));
    } else {
      if (Validation.length(item) > 5000) {
        issues.add(
            Validation.boundIssue(Validation.at(path, "url"), "max_length", "5000", item, false));
      }
      if (!Validation.matches(PATTERN4, item)) {
        issues.add(Validation.patternIssue(Validation.at(path, "url"), "^/v1/setup_intents", item));
      }
    }
  }
}
