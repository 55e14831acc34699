package com.example.stripe.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Request validators, compiled from the spec: {@code Validators.<operation>(params)} answers
 * the issues of the params ({@link Validation.Issue}); the client checks each request with
 * them before sending it ({@code setValidateRequests(false)} turns this off).
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
}
