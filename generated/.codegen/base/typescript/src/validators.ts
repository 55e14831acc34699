// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

// Validators compiled from the spec: `<operation>(params)` answers the issues of the params
// (ValidationIssue); the client checks each request with them before sending it
// (`validateRequests: false` turns this off). `<operation>Response(body)` checks what an
// operation answered (a client made with `strict: true` does, failing the call).
import {
  bestBranch,
  boundIssue,
  chars,
  enumIssue,
  isInteger,
  isRecord,
  missingIssue,
  own,
  pattern,
  patternIssue,
  typeIssue,
  unknownKeys,
  type IssuePath,
  type ValidationIssue,
} from "./runtime/index.js";

const CUSTOMER_SESSIONS_CREATE_KEYS = new Set<string>(["components", "customer", "customer_account", "expand"]);
const PAYMENT_METHOD_ALLOW_REDISPLAY_FILTERS = new Set<string>(["always", "limited", "unspecified"]);
const PAYMENT_METHOD_REMOVE = new Set<string>(["disabled", "enabled"]);
const PAYMENT_METHOD_SAVE_USAGE = new Set<string>(["off_session", "on_session"]);
const CUSTOMERS_LIST_KEYS = new Set<string>([
  "created",
  "email",
  "ending_before",
  "expand",
  "limit",
  "starting_after",
  "test_clock",
]);
const CUSTOMERS_LIST_CREATED_EXPECTED = ["an object", "an integer"] as readonly string[];
const CUSTOMERS_CREATE_KEYS = new Set<string>([
  "address",
  "balance",
  "description",
  "email",
  "expand",
  "invoice_settings",
  "metadata",
  "name",
  "payment_method",
  "phone",
  "preferred_locales",
  "shipping",
  "tax_exempt",
  "test_clock",
]);
const CUSTOMERS_CREATE_ADDRESS_EXPECTED = ["an object", "\"\" (to unset)"] as readonly string[];
const PARAMS_INVOICE_SETTINGS_CUSTOM_FIELDS_EXPECTED = ["an array", "\"\" (to unset)"] as readonly string[];
const AMOUNT_TAX_DISPLAY = new Set<string>(["", "exclude_tax", "include_inclusive_tax"]);
const TAX_EXEMPT = new Set<string>(["", "exempt", "none", "reverse"]);
const CUSTOMERS_SEARCH_KEYS = new Set<string>(["expand", "limit", "page", "query"]);
const CUSTOMERS_RETRIEVE_KEYS = new Set<string>(["expand"]);
const CUSTOMERS_UPDATE_KEYS = new Set<string>([
  "address",
  "balance",
  "default_source",
  "description",
  "email",
  "expand",
  "invoice_settings",
  "metadata",
  "name",
  "phone",
  "preferred_locales",
  "shipping",
  "tax_exempt",
]);
const CUSTOMERS_DELETE_KEYS = new Set<string>([]);
const CUSTOMERS_PAYMENT_METHODS_LIST_KEYS = new Set<string>([
  "ending_before",
  "expand",
  "limit",
  "starting_after",
  "type",
]);
const TYPE = new Set<string>([
  "acss_debit",
  "bancontact",
  "card",
  "cashapp",
  "ideal",
  "klarna",
  "link",
  "paypal",
  "sepa_debit",
  "us_bank_account",
]);
const EVENTS_LIST_KEYS = new Set<string>([
  "created",
  "delivery_success",
  "ending_before",
  "expand",
  "limit",
  "starting_after",
  "type",
  "types",
]);
const PAYMENT_INTENTS_LIST_KEYS = new Set<string>([
  "created",
  "customer",
  "ending_before",
  "expand",
  "limit",
  "starting_after",
]);
const PAYMENT_INTENTS_CREATE_KEYS = new Set<string>([
  "amount",
  "automatic_payment_methods",
  "capture_method",
  "confirm",
  "confirmation_method",
  "currency",
  "customer",
  "description",
  "error_on_requires_action",
  "expand",
  "metadata",
  "off_session",
  "payment_method",
  "payment_method_types",
  "receipt_email",
  "return_url",
  "setup_future_usage",
  "shipping",
  "statement_descriptor",
  "statement_descriptor_suffix",
  "use_stripe_sdk",
]);
const ALLOW_REDIRECTS = new Set<string>(["always", "never"]);
const CAPTURE_METHOD = new Set<string>(["automatic", "automatic_async", "manual"]);
const CONFIRMATION_METHOD = new Set<string>(["automatic", "manual"]);
const PAYMENT_INTENTS_CREATE_OFF_SESSION_EXPECTED = ["a boolean", "one of \"one_off\", \"recurring\""] as readonly string[];
const OFF_SESSION = new Set<string>(["one_off", "recurring"]);
const PAYMENT_INTENTS_RETRIEVE_KEYS = new Set<string>(["client_secret", "expand"]);
const PAYMENT_INTENTS_UPDATE_KEYS = new Set<string>([
  "amount",
  "capture_method",
  "currency",
  "customer",
  "description",
  "expand",
  "metadata",
  "payment_method",
  "payment_method_types",
  "receipt_email",
  "setup_future_usage",
  "shipping",
  "statement_descriptor",
  "statement_descriptor_suffix",
]);
const PAYMENT_INTENTS_UPDATE_RECEIPT_EMAIL_EXPECTED = ["a string", "\"\" (to unset)"] as readonly string[];
const SETUP_FUTURE_USAGE = new Set<string>(["", "off_session", "on_session"]);
const PAYMENT_INTENTS_CANCEL_KEYS = new Set<string>(["cancellation_reason", "expand"]);
const CANCELLATION_REASON = new Set<string>(["abandoned", "duplicate", "fraudulent", "requested_by_customer"]);
const PAYMENT_INTENTS_CONFIRM_KEYS = new Set<string>([
  "capture_method",
  "client_secret",
  "error_on_requires_action",
  "expand",
  "off_session",
  "payment_method",
  "payment_method_types",
  "receipt_email",
  "return_url",
  "setup_future_usage",
  "shipping",
  "use_stripe_sdk",
]);
const PAYMENT_METHODS_ATTACH_KEYS = new Set<string>(["customer", "expand"]);
const SETUP_INTENTS_LIST_KEYS = new Set<string>([
  "attach_to_self",
  "created",
  "customer",
  "ending_before",
  "expand",
  "limit",
  "payment_method",
  "starting_after",
]);
const SETUP_INTENTS_CREATE_KEYS = new Set<string>([
  "attach_to_self",
  "automatic_payment_methods",
  "confirm",
  "customer",
  "description",
  "expand",
  "flow_directions",
  "metadata",
  "on_behalf_of",
  "payment_method",
  "payment_method_types",
  "return_url",
  "usage",
  "use_stripe_sdk",
]);
const FLOW_DIRECTIONS = new Set<string>(["inbound", "outbound"]);
const SETUP_INTENTS_CONFIRM_KEYS = new Set<string>([
  "client_secret",
  "expand",
  "payment_method",
  "return_url",
  "use_stripe_sdk",
]);
const CUSTOMER_SESSION_CUSTOMER_EXPECTED = ["a string", "an object"] as readonly string[];
const PATTERN = pattern("^/v1/customers");
const CUSTOMERS_RETRIEVE_RESPONSE_EXPECTED = ["an object"] as readonly string[];
const OBJECT_VALUES = new Set<string>([
  "customer",
  "customer_session",
  "payment_intent",
  "payment_method",
  "setup_intent",
]);
const PATTERN_2 = pattern("^/v1/events");
const PATTERN_3 = pattern("^/v1/payment_intents");
const PATTERN_4 = pattern("^/v1/setup_intents");

/** The params of `PostCustomerSessions`: every issue found (none: valid). */
export function customerSessionsCreate(params: unknown): ValidationIssue[] {
  if (!isRecord(params)) return [typeIssue([], "object", params)];
  const issues: ValidationIssue[] = [];
  unknownKeys(params, [], CUSTOMER_SESSIONS_CREATE_KEYS, issues);
  const components = own(params, "components");
  if (components == null) {
    issues.push(missingIssue([], "components"));
  } else {
    checkCustomerSessionsCreateParamsComponents(components, ["components"], issues);
  }
  const customer = own(params, "customer");
  if (customer != null) {
    if (typeof customer !== "string") {
      issues.push(typeIssue(["customer"], "string", customer));
    } else if (chars(customer) > 5000) {
      issues.push(boundIssue(["customer"], "max_length", 5000, customer));
    }
  }
  const customerAccount = own(params, "customer_account");
  if (customerAccount != null) {
    if (typeof customerAccount !== "string") {
      issues.push(typeIssue(["customer_account"], "string", customerAccount));
    } else if (chars(customerAccount) > 5000) {
      issues.push(boundIssue(["customer_account"], "max_length", 5000, customerAccount));
    }
  }
  const expand = own(params, "expand");
  if (expand != null) {
    if (!Array.isArray(expand)) {
      issues.push(typeIssue(["expand"], "array", expand));
    } else {
      for (let index1 = 0; index1 < expand.length; index1++) {
        const element2: unknown = expand[index1];
        if (typeof element2 !== "string") {
          issues.push(typeIssue(["expand", index1], "string", element2));
        } else if (chars(element2) > 5000) {
          issues.push(boundIssue(["expand", index1], "max_length", 5000, element2));
        }
      }
    }
  }
  return issues;
}

/** The params of `GetCustomers`: every issue found (none: valid). */
export function customersList(params: unknown): ValidationIssue[] {
  if (!isRecord(params)) return [typeIssue([], "object", params)];
  const issues: ValidationIssue[] = [];
  unknownKeys(params, [], CUSTOMERS_LIST_KEYS, issues);
  const created = own(params, "created");
  if (created != null) {
    anyOfCustomersListCreated(created, ["created"], issues);
  }
  const email = own(params, "email");
  if (email != null) {
    if (typeof email !== "string") {
      issues.push(typeIssue(["email"], "string", email));
    } else if (chars(email) > 512) {
      issues.push(boundIssue(["email"], "max_length", 512, email));
    }
  }
  const endingBefore = own(params, "ending_before");
  if (endingBefore != null) {
    if (typeof endingBefore !== "string") {
      issues.push(typeIssue(["ending_before"], "string", endingBefore));
    } else if (chars(endingBefore) > 5000) {
      issues.push(boundIssue(["ending_before"], "max_length", 5000, endingBefore));
    }
  }
  const expand = own(params, "expand");
  if (expand != null) {
    if (!Array.isArray(expand)) {
      issues.push(typeIssue(["expand"], "array", expand));
    } else {
      for (let index1 = 0; index1 < expand.length; index1++) {
        const element2: unknown = expand[index1];
        if (typeof element2 !== "string") {
          issues.push(typeIssue(["expand", index1], "string", element2));
        } else if (chars(element2) > 5000) {
          issues.push(boundIssue(["expand", index1], "max_length", 5000, element2));
        }
      }
    }
  }
  const limit = own(params, "limit");
  if (limit != null && !isInteger(limit)) {
    issues.push(typeIssue(["limit"], "integer", limit));
  }
  const startingAfter = own(params, "starting_after");
  if (startingAfter != null) {
    if (typeof startingAfter !== "string") {
      issues.push(typeIssue(["starting_after"], "string", startingAfter));
    } else if (chars(startingAfter) > 5000) {
      issues.push(boundIssue(["starting_after"], "max_length", 5000, startingAfter));
    }
  }
  const testClock = own(params, "test_clock");
  if (testClock != null) {
    if (typeof testClock !== "string") {
      issues.push(typeIssue(["test_clock"], "string", testClock));
    } else if (chars(testClock) > 5000) {
      issues.push(boundIssue(["test_clock"], "max_length", 5000, testClock));
    }
  }
  return issues;
}

/** The params of `PostCustomers`: every issue found (none: valid). */
export function customersCreate(params: unknown): ValidationIssue[] {
  if (!isRecord(params)) return [typeIssue([], "object", params)];
  const issues: ValidationIssue[] = [];
  unknownKeys(params, [], CUSTOMERS_CREATE_KEYS, issues);
  const address = own(params, "address");
  if (address != null) {
    anyOfCustomersCreateAddress(address, ["address"], issues);
  }
  const balance = own(params, "balance");
  if (balance != null && !isInteger(balance)) {
    issues.push(typeIssue(["balance"], "integer", balance));
  }
  const description = own(params, "description");
  if (description != null) {
    if (typeof description !== "string") {
      issues.push(typeIssue(["description"], "string", description));
    } else if (chars(description) > 5000) {
      issues.push(boundIssue(["description"], "max_length", 5000, description));
    }
  }
  const email = own(params, "email");
  if (email != null) {
    if (typeof email !== "string") {
      issues.push(typeIssue(["email"], "string", email));
    } else if (chars(email) > 512) {
      issues.push(boundIssue(["email"], "max_length", 512, email));
    }
  }
  const expand = own(params, "expand");
  if (expand != null) {
    if (!Array.isArray(expand)) {
      issues.push(typeIssue(["expand"], "array", expand));
    } else {
      for (let index1 = 0; index1 < expand.length; index1++) {
        const element2: unknown = expand[index1];
        if (typeof element2 !== "string") {
          issues.push(typeIssue(["expand", index1], "string", element2));
        } else if (chars(element2) > 5000) {
          issues.push(boundIssue(["expand", index1], "max_length", 5000, element2));
        }
      }
    }
  }
  const invoiceSettings = own(params, "invoice_settings");
  if (invoiceSettings != null) {
    checkCustomersCreateParamsInvoiceSettings(invoiceSettings, ["invoice_settings"], issues);
  }
  const metadata = own(params, "metadata");
  if (metadata != null) {
    anyOfCustomersCreateMetadata(metadata, ["metadata"], issues);
  }
  const name = own(params, "name");
  if (name != null) {
    if (typeof name !== "string") {
      issues.push(typeIssue(["name"], "string", name));
    } else if (chars(name) > 256) {
      issues.push(boundIssue(["name"], "max_length", 256, name));
    }
  }
  const paymentMethod = own(params, "payment_method");
  if (paymentMethod != null) {
    if (typeof paymentMethod !== "string") {
      issues.push(typeIssue(["payment_method"], "string", paymentMethod));
    } else if (chars(paymentMethod) > 5000) {
      issues.push(boundIssue(["payment_method"], "max_length", 5000, paymentMethod));
    }
  }
  const phone = own(params, "phone");
  if (phone != null) {
    if (typeof phone !== "string") {
      issues.push(typeIssue(["phone"], "string", phone));
    } else if (chars(phone) > 20) {
      issues.push(boundIssue(["phone"], "max_length", 20, phone));
    }
  }
  const preferredLocales = own(params, "preferred_locales");
  if (preferredLocales != null) {
    if (!Array.isArray(preferredLocales)) {
      issues.push(typeIssue(["preferred_locales"], "array", preferredLocales));
    } else {
      for (let index3 = 0; index3 < preferredLocales.length; index3++) {
        const element4: unknown = preferredLocales[index3];
        if (typeof element4 !== "string") {
          issues.push(typeIssue(["preferred_locales", index3], "string", element4));
        } else if (chars(element4) > 5000) {
          issues.push(boundIssue(["preferred_locales", index3], "max_length", 5000, element4));
        }
      }
    }
  }
  const shipping = own(params, "shipping");
  if (shipping != null) {
    anyOfCustomersCreateShipping(shipping, ["shipping"], issues);
  }
  const taxExempt = own(params, "tax_exempt");
  if (taxExempt != null && (typeof taxExempt !== "string" || !TAX_EXEMPT.has(taxExempt))) {
    issues.push(enumIssue(["tax_exempt"], TAX_EXEMPT, taxExempt));
  }
  const testClock = own(params, "test_clock");
  if (testClock != null) {
    if (typeof testClock !== "string") {
      issues.push(typeIssue(["test_clock"], "string", testClock));
    } else if (chars(testClock) > 5000) {
      issues.push(boundIssue(["test_clock"], "max_length", 5000, testClock));
    }
  }
  return issues;
}

/** The params of `GetCustomersSearch`: every issue found (none: valid). */
export function customersSearch(params: unknown): ValidationIssue[] {
  if (!isRecord(params)) return [typeIssue([], "object", params)];
  const issues: ValidationIssue[] = [];
  unknownKeys(params, [], CUSTOMERS_SEARCH_KEYS, issues);
  const expand = own(params, "expand");
  if (expand != null) {
    if (!Array.isArray(expand)) {
      issues.push(typeIssue(["expand"], "array", expand));
    } else {
      for (let index1 = 0; index1 < expand.length; index1++) {
        const element2: unknown = expand[index1];
        if (typeof element2 !== "string") {
          issues.push(typeIssue(["expand", index1], "string", element2));
        } else if (chars(element2) > 5000) {
          issues.push(boundIssue(["expand", index1], "max_length", 5000, element2));
        }
      }
    }
  }
  const limit = own(params, "limit");
  if (limit != null && !isInteger(limit)) {
    issues.push(typeIssue(["limit"], "integer", limit));
  }
  const page = own(params, "page");
  if (page != null) {
    if (typeof page !== "string") {
      issues.push(typeIssue(["page"], "string", page));
    } else if (chars(page) > 5000) {
      issues.push(boundIssue(["page"], "max_length", 5000, page));
    }
  }
  const query = own(params, "query");
  if (query == null) {
    issues.push(missingIssue([], "query"));
  } else if (typeof query !== "string") {
    issues.push(typeIssue(["query"], "string", query));
  } else if (chars(query) > 5000) {
    issues.push(boundIssue(["query"], "max_length", 5000, query));
  }
  return issues;
}

/** The params of `GetCustomersCustomer`: every issue found (none: valid). */
export function customersRetrieve(params: unknown): ValidationIssue[] {
  if (!isRecord(params)) return [typeIssue([], "object", params)];
  const issues: ValidationIssue[] = [];
  unknownKeys(params, [], CUSTOMERS_RETRIEVE_KEYS, issues);
  const expand = own(params, "expand");
  if (expand != null) {
    if (!Array.isArray(expand)) {
      issues.push(typeIssue(["expand"], "array", expand));
    } else {
      for (let index1 = 0; index1 < expand.length; index1++) {
        const element2: unknown = expand[index1];
        if (typeof element2 !== "string") {
          issues.push(typeIssue(["expand", index1], "string", element2));
        } else if (chars(element2) > 5000) {
          issues.push(boundIssue(["expand", index1], "max_length", 5000, element2));
        }
      }
    }
  }
  return issues;
}

/** The params of `PostCustomersCustomer`: every issue found (none: valid). */
export function customersUpdate(params: unknown): ValidationIssue[] {
  if (!isRecord(params)) return [typeIssue([], "object", params)];
  const issues: ValidationIssue[] = [];
  unknownKeys(params, [], CUSTOMERS_UPDATE_KEYS, issues);
  const address = own(params, "address");
  if (address != null) {
    anyOfCustomersUpdateAddress(address, ["address"], issues);
  }
  const balance = own(params, "balance");
  if (balance != null && !isInteger(balance)) {
    issues.push(typeIssue(["balance"], "integer", balance));
  }
  const defaultSource = own(params, "default_source");
  if (defaultSource != null) {
    if (typeof defaultSource !== "string") {
      issues.push(typeIssue(["default_source"], "string", defaultSource));
    } else if (chars(defaultSource) > 500) {
      issues.push(boundIssue(["default_source"], "max_length", 500, defaultSource));
    }
  }
  const description = own(params, "description");
  if (description != null) {
    if (typeof description !== "string") {
      issues.push(typeIssue(["description"], "string", description));
    } else if (chars(description) > 5000) {
      issues.push(boundIssue(["description"], "max_length", 5000, description));
    }
  }
  const email = own(params, "email");
  if (email != null) {
    if (typeof email !== "string") {
      issues.push(typeIssue(["email"], "string", email));
    } else if (chars(email) > 512) {
      issues.push(boundIssue(["email"], "max_length", 512, email));
    }
  }
  const expand = own(params, "expand");
  if (expand != null) {
    if (!Array.isArray(expand)) {
      issues.push(typeIssue(["expand"], "array", expand));
    } else {
      for (let index1 = 0; index1 < expand.length; index1++) {
        const element2: unknown = expand[index1];
        if (typeof element2 !== "string") {
          issues.push(typeIssue(["expand", index1], "string", element2));
        } else if (chars(element2) > 5000) {
          issues.push(boundIssue(["expand", index1], "max_length", 5000, element2));
        }
      }
    }
  }
  const invoiceSettings = own(params, "invoice_settings");
  if (invoiceSettings != null) {
    checkCustomersUpdateParamsInvoiceSettings(invoiceSettings, ["invoice_settings"], issues);
  }
  const metadata = own(params, "metadata");
  if (metadata != null) {
    anyOfCustomersCreateMetadata(metadata, ["metadata"], issues);
  }
  const name = own(params, "name");
  if (name != null) {
    if (typeof name !== "string") {
      issues.push(typeIssue(["name"], "string", name));
    } else if (chars(name) > 256) {
      issues.push(boundIssue(["name"], "max_length", 256, name));
    }
  }
  const phone = own(params, "phone");
  if (phone != null) {
    if (typeof phone !== "string") {
      issues.push(typeIssue(["phone"], "string", phone));
    } else if (chars(phone) > 20) {
      issues.push(boundIssue(["phone"], "max_length", 20, phone));
    }
  }
  const preferredLocales = own(params, "preferred_locales");
  if (preferredLocales != null) {
    if (!Array.isArray(preferredLocales)) {
      issues.push(typeIssue(["preferred_locales"], "array", preferredLocales));
    } else {
      for (let index3 = 0; index3 < preferredLocales.length; index3++) {
        const element4: unknown = preferredLocales[index3];
        if (typeof element4 !== "string") {
          issues.push(typeIssue(["preferred_locales", index3], "string", element4));
        } else if (chars(element4) > 5000) {
          issues.push(boundIssue(["preferred_locales", index3], "max_length", 5000, element4));
        }
      }
    }
  }
  const shipping = own(params, "shipping");
  if (shipping != null) {
    anyOfCustomersUpdateShipping(shipping, ["shipping"], issues);
  }
  const taxExempt = own(params, "tax_exempt");
  if (taxExempt != null && (typeof taxExempt !== "string" || !TAX_EXEMPT.has(taxExempt))) {
    issues.push(enumIssue(["tax_exempt"], TAX_EXEMPT, taxExempt));
  }
  return issues;
}

/** The params of `DeleteCustomersCustomer`: every issue found (none: valid). */
export function customersDelete(params: unknown): ValidationIssue[] {
  if (!isRecord(params)) return [typeIssue([], "object", params)];
  const issues: ValidationIssue[] = [];
  unknownKeys(params, [], CUSTOMERS_DELETE_KEYS, issues);
  return issues;
}

/** The params of `GetCustomersCustomerPaymentMethods`: every issue found (none: valid). */
export function customersPaymentMethodsList(params: unknown): ValidationIssue[] {
  if (!isRecord(params)) return [typeIssue([], "object", params)];
  const issues: ValidationIssue[] = [];
  unknownKeys(params, [], CUSTOMERS_PAYMENT_METHODS_LIST_KEYS, issues);
  const endingBefore = own(params, "ending_before");
  if (endingBefore != null) {
    if (typeof endingBefore !== "string") {
      issues.push(typeIssue(["ending_before"], "string", endingBefore));
    } else if (chars(endingBefore) > 5000) {
      issues.push(boundIssue(["ending_before"], "max_length", 5000, endingBefore));
    }
  }
  const expand = own(params, "expand");
  if (expand != null) {
    if (!Array.isArray(expand)) {
      issues.push(typeIssue(["expand"], "array", expand));
    } else {
      for (let index1 = 0; index1 < expand.length; index1++) {
        const element2: unknown = expand[index1];
        if (typeof element2 !== "string") {
          issues.push(typeIssue(["expand", index1], "string", element2));
        } else if (chars(element2) > 5000) {
          issues.push(boundIssue(["expand", index1], "max_length", 5000, element2));
        }
      }
    }
  }
  const limit = own(params, "limit");
  if (limit != null && !isInteger(limit)) {
    issues.push(typeIssue(["limit"], "integer", limit));
  }
  const startingAfter = own(params, "starting_after");
  if (startingAfter != null) {
    if (typeof startingAfter !== "string") {
      issues.push(typeIssue(["starting_after"], "string", startingAfter));
    } else if (chars(startingAfter) > 5000) {
      issues.push(boundIssue(["starting_after"], "max_length", 5000, startingAfter));
    }
  }
  const type_ = own(params, "type");
  if (type_ != null && (typeof type_ !== "string" || !TYPE.has(type_))) {
    issues.push(enumIssue(["type"], TYPE, type_));
  }
  return issues;
}

/** The params of `GetEvents`: every issue found (none: valid). */
export function eventsList(params: unknown): ValidationIssue[] {
  if (!isRecord(params)) return [typeIssue([], "object", params)];
  const issues: ValidationIssue[] = [];
  unknownKeys(params, [], EVENTS_LIST_KEYS, issues);
  const created = own(params, "created");
  if (created != null) {
    anyOfEventsListCreated(created, ["created"], issues);
  }
  const deliverySuccess = own(params, "delivery_success");
  if (deliverySuccess != null && typeof deliverySuccess !== "boolean") {
    issues.push(typeIssue(["delivery_success"], "boolean", deliverySuccess));
  }
  const endingBefore = own(params, "ending_before");
  if (endingBefore != null) {
    if (typeof endingBefore !== "string") {
      issues.push(typeIssue(["ending_before"], "string", endingBefore));
    } else if (chars(endingBefore) > 5000) {
      issues.push(boundIssue(["ending_before"], "max_length", 5000, endingBefore));
    }
  }
  const expand = own(params, "expand");
  if (expand != null) {
    if (!Array.isArray(expand)) {
      issues.push(typeIssue(["expand"], "array", expand));
    } else {
      for (let index1 = 0; index1 < expand.length; index1++) {
        const element2: unknown = expand[index1];
        if (typeof element2 !== "string") {
          issues.push(typeIssue(["expand", index1], "string", element2));
        } else if (chars(element2) > 5000) {
          issues.push(boundIssue(["expand", index1], "max_length", 5000, element2));
        }
      }
    }
  }
  const limit = own(params, "limit");
  if (limit != null && !isInteger(limit)) {
    issues.push(typeIssue(["limit"], "integer", limit));
  }
  const startingAfter = own(params, "starting_after");
  if (startingAfter != null) {
    if (typeof startingAfter !== "string") {
      issues.push(typeIssue(["starting_after"], "string", startingAfter));
    } else if (chars(startingAfter) > 5000) {
      issues.push(boundIssue(["starting_after"], "max_length", 5000, startingAfter));
    }
  }
  const type_ = own(params, "type");
  if (type_ != null) {
    if (typeof type_ !== "string") {
      issues.push(typeIssue(["type"], "string", type_));
    } else if (chars(type_) > 5000) {
      issues.push(boundIssue(["type"], "max_length", 5000, type_));
    }
  }
  const types = own(params, "types");
  if (types != null) {
    if (!Array.isArray(types)) {
      issues.push(typeIssue(["types"], "array", types));
    } else {
      for (let index3 = 0; index3 < types.length; index3++) {
        const element4: unknown = types[index3];
        if (typeof element4 !== "string") {
          issues.push(typeIssue(["types", index3], "string", element4));
        } else if (chars(element4) > 5000) {
          issues.push(boundIssue(["types", index3], "max_length", 5000, element4));
        }
      }
    }
  }
  return issues;
}

/** The params of `GetEventsId`: every issue found (none: valid). */
export function eventsRetrieve(params: unknown): ValidationIssue[] {
  if (!isRecord(params)) return [typeIssue([], "object", params)];
  const issues: ValidationIssue[] = [];
  unknownKeys(params, [], CUSTOMERS_RETRIEVE_KEYS, issues);
  const expand = own(params, "expand");
  if (expand != null) {
    if (!Array.isArray(expand)) {
      issues.push(typeIssue(["expand"], "array", expand));
    } else {
      for (let index1 = 0; index1 < expand.length; index1++) {
        const element2: unknown = expand[index1];
        if (typeof element2 !== "string") {
          issues.push(typeIssue(["expand", index1], "string", element2));
        } else if (chars(element2) > 5000) {
          issues.push(boundIssue(["expand", index1], "max_length", 5000, element2));
        }
      }
    }
  }
  return issues;
}

/** The params of `GetPaymentIntents`: every issue found (none: valid). */
export function paymentIntentsList(params: unknown): ValidationIssue[] {
  if (!isRecord(params)) return [typeIssue([], "object", params)];
  const issues: ValidationIssue[] = [];
  unknownKeys(params, [], PAYMENT_INTENTS_LIST_KEYS, issues);
  const created = own(params, "created");
  if (created != null) {
    anyOfPaymentIntentsListCreated(created, ["created"], issues);
  }
  const customer = own(params, "customer");
  if (customer != null) {
    if (typeof customer !== "string") {
      issues.push(typeIssue(["customer"], "string", customer));
    } else if (chars(customer) > 5000) {
      issues.push(boundIssue(["customer"], "max_length", 5000, customer));
    }
  }
  const endingBefore = own(params, "ending_before");
  if (endingBefore != null) {
    if (typeof endingBefore !== "string") {
      issues.push(typeIssue(["ending_before"], "string", endingBefore));
    } else if (chars(endingBefore) > 5000) {
      issues.push(boundIssue(["ending_before"], "max_length", 5000, endingBefore));
    }
  }
  const expand = own(params, "expand");
  if (expand != null) {
    if (!Array.isArray(expand)) {
      issues.push(typeIssue(["expand"], "array", expand));
    } else {
      for (let index1 = 0; index1 < expand.length; index1++) {
        const element2: unknown = expand[index1];
        if (typeof element2 !== "string") {
          issues.push(typeIssue(["expand", index1], "string", element2));
        } else if (chars(element2) > 5000) {
          issues.push(boundIssue(["expand", index1], "max_length", 5000, element2));
        }
      }
    }
  }
  const limit = own(params, "limit");
  if (limit != null && !isInteger(limit)) {
    issues.push(typeIssue(["limit"], "integer", limit));
  }
  const startingAfter = own(params, "starting_after");
  if (startingAfter != null) {
    if (typeof startingAfter !== "string") {
      issues.push(typeIssue(["starting_after"], "string", startingAfter));
    } else if (chars(startingAfter) > 5000) {
      issues.push(boundIssue(["starting_after"], "max_length", 5000, startingAfter));
    }
  }
  return issues;
}

/** The params of `PostPaymentIntents`: every issue found (none: valid). */
export function paymentIntentsCreate(params: unknown): ValidationIssue[] {
  if (!isRecord(params)) return [typeIssue([], "object", params)];
  const issues: ValidationIssue[] = [];
  unknownKeys(params, [], PAYMENT_INTENTS_CREATE_KEYS, issues);
  const amount = own(params, "amount");
  if (amount == null) {
    issues.push(missingIssue([], "amount"));
  } else if (!isInteger(amount)) {
    issues.push(typeIssue(["amount"], "integer", amount));
  }
  const automaticPaymentMethods = own(params, "automatic_payment_methods");
  if (automaticPaymentMethods != null) {
    checkPaymentIntentsCreateParamsAutomaticPaymentMethods(automaticPaymentMethods, ["automatic_payment_methods"], issues);
  }
  const captureMethod = own(params, "capture_method");
  if (captureMethod != null && (typeof captureMethod !== "string" || !CAPTURE_METHOD.has(captureMethod))) {
    issues.push(enumIssue(["capture_method"], CAPTURE_METHOD, captureMethod));
  }
  const confirm = own(params, "confirm");
  if (confirm != null && typeof confirm !== "boolean") {
    issues.push(typeIssue(["confirm"], "boolean", confirm));
  }
  const confirmationMethod = own(params, "confirmation_method");
  if (confirmationMethod != null && (typeof confirmationMethod !== "string" || !CONFIRMATION_METHOD.has(confirmationMethod))) {
    issues.push(enumIssue(["confirmation_method"], CONFIRMATION_METHOD, confirmationMethod));
  }
  const currency = own(params, "currency");
  if (currency == null) {
    issues.push(missingIssue([], "currency"));
  } else if (typeof currency !== "string") {
    issues.push(typeIssue(["currency"], "string", currency));
  }
  const customer = own(params, "customer");
  if (customer != null) {
    if (typeof customer !== "string") {
      issues.push(typeIssue(["customer"], "string", customer));
    } else if (chars(customer) > 5000) {
      issues.push(boundIssue(["customer"], "max_length", 5000, customer));
    }
  }
  const description = own(params, "description");
  if (description != null) {
    if (typeof description !== "string") {
      issues.push(typeIssue(["description"], "string", description));
    } else if (chars(description) > 1000) {
      issues.push(boundIssue(["description"], "max_length", 1000, description));
    }
  }
  const errorOnRequiresAction = own(params, "error_on_requires_action");
  if (errorOnRequiresAction != null && typeof errorOnRequiresAction !== "boolean") {
    issues.push(typeIssue(["error_on_requires_action"], "boolean", errorOnRequiresAction));
  }
  const expand = own(params, "expand");
  if (expand != null) {
    if (!Array.isArray(expand)) {
      issues.push(typeIssue(["expand"], "array", expand));
    } else {
      for (let index1 = 0; index1 < expand.length; index1++) {
        const element2: unknown = expand[index1];
        if (typeof element2 !== "string") {
          issues.push(typeIssue(["expand", index1], "string", element2));
        } else if (chars(element2) > 5000) {
          issues.push(boundIssue(["expand", index1], "max_length", 5000, element2));
        }
      }
    }
  }
  const metadata = own(params, "metadata");
  if (metadata != null) {
    if (!isRecord(metadata)) {
      issues.push(typeIssue(["metadata"], "object", metadata));
    } else {
      for (const [key3, entry4] of Object.entries(metadata)) {
        if (entry4 != null && typeof entry4 !== "string") {
          issues.push(typeIssue(["metadata", key3], "string", entry4));
        }
      }
    }
  }
  const offSession = own(params, "off_session");
  if (offSession != null) {
    anyOfPaymentIntentsCreateOffSession(offSession, ["off_session"], issues);
  }
  const paymentMethod = own(params, "payment_method");
  if (paymentMethod != null) {
    if (typeof paymentMethod !== "string") {
      issues.push(typeIssue(["payment_method"], "string", paymentMethod));
    } else if (chars(paymentMethod) > 5000) {
      issues.push(boundIssue(["payment_method"], "max_length", 5000, paymentMethod));
    }
  }
  const paymentMethodTypes = own(params, "payment_method_types");
  if (paymentMethodTypes != null) {
    if (!Array.isArray(paymentMethodTypes)) {
      issues.push(typeIssue(["payment_method_types"], "array", paymentMethodTypes));
    } else {
      for (let index5 = 0; index5 < paymentMethodTypes.length; index5++) {
        const element6: unknown = paymentMethodTypes[index5];
        if (typeof element6 !== "string") {
          issues.push(typeIssue(["payment_method_types", index5], "string", element6));
        } else if (chars(element6) > 5000) {
          issues.push(boundIssue(["payment_method_types", index5], "max_length", 5000, element6));
        }
      }
    }
  }
  const receiptEmail = own(params, "receipt_email");
  if (receiptEmail != null && typeof receiptEmail !== "string") {
    issues.push(typeIssue(["receipt_email"], "string", receiptEmail));
  }
  const returnUrl = own(params, "return_url");
  if (returnUrl != null && typeof returnUrl !== "string") {
    issues.push(typeIssue(["return_url"], "string", returnUrl));
  }
  const setupFutureUsage = own(params, "setup_future_usage");
  if (setupFutureUsage != null && (typeof setupFutureUsage !== "string" || !PAYMENT_METHOD_SAVE_USAGE.has(setupFutureUsage))) {
    issues.push(enumIssue(["setup_future_usage"], PAYMENT_METHOD_SAVE_USAGE, setupFutureUsage));
  }
  const shipping = own(params, "shipping");
  if (shipping != null) {
    checkPaymentIntentsCreateParamsShipping(shipping, ["shipping"], issues);
  }
  const statementDescriptor = own(params, "statement_descriptor");
  if (statementDescriptor != null) {
    if (typeof statementDescriptor !== "string") {
      issues.push(typeIssue(["statement_descriptor"], "string", statementDescriptor));
    } else if (chars(statementDescriptor) > 22) {
      issues.push(boundIssue(["statement_descriptor"], "max_length", 22, statementDescriptor));
    }
  }
  const statementDescriptorSuffix = own(params, "statement_descriptor_suffix");
  if (statementDescriptorSuffix != null) {
    if (typeof statementDescriptorSuffix !== "string") {
      issues.push(typeIssue(["statement_descriptor_suffix"], "string", statementDescriptorSuffix));
    } else if (chars(statementDescriptorSuffix) > 22) {
      issues.push(boundIssue(["statement_descriptor_suffix"], "max_length", 22, statementDescriptorSuffix));
    }
  }
  const useStripeSdk = own(params, "use_stripe_sdk");
  if (useStripeSdk != null && typeof useStripeSdk !== "boolean") {
    issues.push(typeIssue(["use_stripe_sdk"], "boolean", useStripeSdk));
  }
  return issues;
}

/** The params of `GetPaymentIntentsIntent`: every issue found (none: valid). */
export function paymentIntentsRetrieve(params: unknown): ValidationIssue[] {
  if (!isRecord(params)) return [typeIssue([], "object", params)];
  const issues: ValidationIssue[] = [];
  unknownKeys(params, [], PAYMENT_INTENTS_RETRIEVE_KEYS, issues);
  const clientSecret = own(params, "client_secret");
  if (clientSecret != null) {
    if (typeof clientSecret !== "string") {
      issues.push(typeIssue(["client_secret"], "string", clientSecret));
    } else if (chars(clientSecret) > 5000) {
      issues.push(boundIssue(["client_secret"], "max_length", 5000, clientSecret));
    }
  }
  const expand = own(params, "expand");
  if (expand != null) {
    if (!Array.isArray(expand)) {
      issues.push(typeIssue(["expand"], "array", expand));
    } else {
      for (let index1 = 0; index1 < expand.length; index1++) {
        const element2: unknown = expand[index1];
        if (typeof element2 !== "string") {
          issues.push(typeIssue(["expand", index1], "string", element2));
        } else if (chars(element2) > 5000) {
          issues.push(boundIssue(["expand", index1], "max_length", 5000, element2));
        }
      }
    }
  }
  return issues;
}

/** The params of `PostPaymentIntentsIntent`: every issue found (none: valid). */
export function paymentIntentsUpdate(params: unknown): ValidationIssue[] {
  if (!isRecord(params)) return [typeIssue([], "object", params)];
  const issues: ValidationIssue[] = [];
  unknownKeys(params, [], PAYMENT_INTENTS_UPDATE_KEYS, issues);
  const amount = own(params, "amount");
  if (amount != null && !isInteger(amount)) {
    issues.push(typeIssue(["amount"], "integer", amount));
  }
  const captureMethod = own(params, "capture_method");
  if (captureMethod != null && (typeof captureMethod !== "string" || !CAPTURE_METHOD.has(captureMethod))) {
    issues.push(enumIssue(["capture_method"], CAPTURE_METHOD, captureMethod));
  }
  const currency = own(params, "currency");
  if (currency != null && typeof currency !== "string") {
    issues.push(typeIssue(["currency"], "string", currency));
  }
  const customer = own(params, "customer");
  if (customer != null) {
    if (typeof customer !== "string") {
      issues.push(typeIssue(["customer"], "string", customer));
    } else if (chars(customer) > 5000) {
      issues.push(boundIssue(["customer"], "max_length", 5000, customer));
    }
  }
  const description = own(params, "description");
  if (description != null) {
    if (typeof description !== "string") {
      issues.push(typeIssue(["description"], "string", description));
    } else if (chars(description) > 1000) {
      issues.push(boundIssue(["description"], "max_length", 1000, description));
    }
  }
  const expand = own(params, "expand");
  if (expand != null) {
    if (!Array.isArray(expand)) {
      issues.push(typeIssue(["expand"], "array", expand));
    } else {
      for (let index1 = 0; index1 < expand.length; index1++) {
        const element2: unknown = expand[index1];
        if (typeof element2 !== "string") {
          issues.push(typeIssue(["expand", index1], "string", element2));
        } else if (chars(element2) > 5000) {
          issues.push(boundIssue(["expand", index1], "max_length", 5000, element2));
        }
      }
    }
  }
  const metadata = own(params, "metadata");
  if (metadata != null) {
    anyOfCustomersCreateMetadata(metadata, ["metadata"], issues);
  }
  const paymentMethod = own(params, "payment_method");
  if (paymentMethod != null) {
    if (typeof paymentMethod !== "string") {
      issues.push(typeIssue(["payment_method"], "string", paymentMethod));
    } else if (chars(paymentMethod) > 5000) {
      issues.push(boundIssue(["payment_method"], "max_length", 5000, paymentMethod));
    }
  }
  const paymentMethodTypes = own(params, "payment_method_types");
  if (paymentMethodTypes != null) {
    if (!Array.isArray(paymentMethodTypes)) {
      issues.push(typeIssue(["payment_method_types"], "array", paymentMethodTypes));
    } else {
      for (let index3 = 0; index3 < paymentMethodTypes.length; index3++) {
        const element4: unknown = paymentMethodTypes[index3];
        if (typeof element4 !== "string") {
          issues.push(typeIssue(["payment_method_types", index3], "string", element4));
        } else if (chars(element4) > 5000) {
          issues.push(boundIssue(["payment_method_types", index3], "max_length", 5000, element4));
        }
      }
    }
  }
  const receiptEmail = own(params, "receipt_email");
  if (receiptEmail != null) {
    anyOfPaymentIntentsUpdateReceiptEmail(receiptEmail, ["receipt_email"], issues);
  }
  const setupFutureUsage = own(params, "setup_future_usage");
  if (setupFutureUsage != null && (typeof setupFutureUsage !== "string" || !SETUP_FUTURE_USAGE.has(setupFutureUsage))) {
    issues.push(enumIssue(["setup_future_usage"], SETUP_FUTURE_USAGE, setupFutureUsage));
  }
  const shipping = own(params, "shipping");
  if (shipping != null) {
    anyOfPaymentIntentsUpdateShipping(shipping, ["shipping"], issues);
  }
  const statementDescriptor = own(params, "statement_descriptor");
  if (statementDescriptor != null) {
    if (typeof statementDescriptor !== "string") {
      issues.push(typeIssue(["statement_descriptor"], "string", statementDescriptor));
    } else if (chars(statementDescriptor) > 22) {
      issues.push(boundIssue(["statement_descriptor"], "max_length", 22, statementDescriptor));
    }
  }
  const statementDescriptorSuffix = own(params, "statement_descriptor_suffix");
  if (statementDescriptorSuffix != null) {
    if (typeof statementDescriptorSuffix !== "string") {
      issues.push(typeIssue(["statement_descriptor_suffix"], "string", statementDescriptorSuffix));
    } else if (chars(statementDescriptorSuffix) > 22) {
      issues.push(boundIssue(["statement_descriptor_suffix"], "max_length", 22, statementDescriptorSuffix));
    }
  }
  return issues;
}

/** The params of `PostPaymentIntentsIntentCancel`: every issue found (none: valid). */
export function paymentIntentsCancel(params: unknown): ValidationIssue[] {
  if (!isRecord(params)) return [typeIssue([], "object", params)];
  const issues: ValidationIssue[] = [];
  unknownKeys(params, [], PAYMENT_INTENTS_CANCEL_KEYS, issues);
  const cancellationReason = own(params, "cancellation_reason");
  if (cancellationReason != null && (typeof cancellationReason !== "string" || !CANCELLATION_REASON.has(cancellationReason))) {
    issues.push(enumIssue(["cancellation_reason"], CANCELLATION_REASON, cancellationReason));
  }
  const expand = own(params, "expand");
  if (expand != null) {
    if (!Array.isArray(expand)) {
      issues.push(typeIssue(["expand"], "array", expand));
    } else {
      for (let index1 = 0; index1 < expand.length; index1++) {
        const element2: unknown = expand[index1];
        if (typeof element2 !== "string") {
          issues.push(typeIssue(["expand", index1], "string", element2));
        } else if (chars(element2) > 5000) {
          issues.push(boundIssue(["expand", index1], "max_length", 5000, element2));
        }
      }
    }
  }
  return issues;
}

/** The params of `PostPaymentIntentsIntentConfirm`: every issue found (none: valid). */
export function paymentIntentsConfirm(params: unknown): ValidationIssue[] {
  if (!isRecord(params)) return [typeIssue([], "object", params)];
  const issues: ValidationIssue[] = [];
  unknownKeys(params, [], PAYMENT_INTENTS_CONFIRM_KEYS, issues);
  const captureMethod = own(params, "capture_method");
  if (captureMethod != null && (typeof captureMethod !== "string" || !CAPTURE_METHOD.has(captureMethod))) {
    issues.push(enumIssue(["capture_method"], CAPTURE_METHOD, captureMethod));
  }
  const clientSecret = own(params, "client_secret");
  if (clientSecret != null) {
    if (typeof clientSecret !== "string") {
      issues.push(typeIssue(["client_secret"], "string", clientSecret));
    } else if (chars(clientSecret) > 5000) {
      issues.push(boundIssue(["client_secret"], "max_length", 5000, clientSecret));
    }
  }
  const errorOnRequiresAction = own(params, "error_on_requires_action");
  if (errorOnRequiresAction != null && typeof errorOnRequiresAction !== "boolean") {
    issues.push(typeIssue(["error_on_requires_action"], "boolean", errorOnRequiresAction));
  }
  const expand = own(params, "expand");
  if (expand != null) {
    if (!Array.isArray(expand)) {
      issues.push(typeIssue(["expand"], "array", expand));
    } else {
      for (let index1 = 0; index1 < expand.length; index1++) {
        const element2: unknown = expand[index1];
        if (typeof element2 !== "string") {
          issues.push(typeIssue(["expand", index1], "string", element2));
        } else if (chars(element2) > 5000) {
          issues.push(boundIssue(["expand", index1], "max_length", 5000, element2));
        }
      }
    }
  }
  const offSession = own(params, "off_session");
  if (offSession != null) {
    anyOfPaymentIntentsConfirmOffSession(offSession, ["off_session"], issues);
  }
  const paymentMethod = own(params, "payment_method");
  if (paymentMethod != null) {
    if (typeof paymentMethod !== "string") {
      issues.push(typeIssue(["payment_method"], "string", paymentMethod));
    } else if (chars(paymentMethod) > 5000) {
      issues.push(boundIssue(["payment_method"], "max_length", 5000, paymentMethod));
    }
  }
  const paymentMethodTypes = own(params, "payment_method_types");
  if (paymentMethodTypes != null) {
    if (!Array.isArray(paymentMethodTypes)) {
      issues.push(typeIssue(["payment_method_types"], "array", paymentMethodTypes));
    } else {
      for (let index3 = 0; index3 < paymentMethodTypes.length; index3++) {
        const element4: unknown = paymentMethodTypes[index3];
        if (typeof element4 !== "string") {
          issues.push(typeIssue(["payment_method_types", index3], "string", element4));
        } else if (chars(element4) > 5000) {
          issues.push(boundIssue(["payment_method_types", index3], "max_length", 5000, element4));
        }
      }
    }
  }
  const receiptEmail = own(params, "receipt_email");
  if (receiptEmail != null) {
    anyOfPaymentIntentsUpdateReceiptEmail(receiptEmail, ["receipt_email"], issues);
  }
  const returnUrl = own(params, "return_url");
  if (returnUrl != null && typeof returnUrl !== "string") {
    issues.push(typeIssue(["return_url"], "string", returnUrl));
  }
  const setupFutureUsage = own(params, "setup_future_usage");
  if (setupFutureUsage != null && (typeof setupFutureUsage !== "string" || !SETUP_FUTURE_USAGE.has(setupFutureUsage))) {
    issues.push(enumIssue(["setup_future_usage"], SETUP_FUTURE_USAGE, setupFutureUsage));
  }
  const shipping = own(params, "shipping");
  if (shipping != null) {
    anyOfPaymentIntentsConfirmShipping(shipping, ["shipping"], issues);
  }
  const useStripeSdk = own(params, "use_stripe_sdk");
  if (useStripeSdk != null && typeof useStripeSdk !== "boolean") {
    issues.push(typeIssue(["use_stripe_sdk"], "boolean", useStripeSdk));
  }
  return issues;
}

/** The params of `GetPaymentMethodsPaymentMethod`: every issue found (none: valid). */
export function paymentMethodsRetrieve(params: unknown): ValidationIssue[] {
  if (!isRecord(params)) return [typeIssue([], "object", params)];
  const issues: ValidationIssue[] = [];
  unknownKeys(params, [], CUSTOMERS_RETRIEVE_KEYS, issues);
  const expand = own(params, "expand");
  if (expand != null) {
    if (!Array.isArray(expand)) {
      issues.push(typeIssue(["expand"], "array", expand));
    } else {
      for (let index1 = 0; index1 < expand.length; index1++) {
        const element2: unknown = expand[index1];
        if (typeof element2 !== "string") {
          issues.push(typeIssue(["expand", index1], "string", element2));
        } else if (chars(element2) > 5000) {
          issues.push(boundIssue(["expand", index1], "max_length", 5000, element2));
        }
      }
    }
  }
  return issues;
}

/** The params of `PostPaymentMethodsPaymentMethodAttach`: every issue found (none: valid). */
export function paymentMethodsAttach(params: unknown): ValidationIssue[] {
  if (!isRecord(params)) return [typeIssue([], "object", params)];
  const issues: ValidationIssue[] = [];
  unknownKeys(params, [], PAYMENT_METHODS_ATTACH_KEYS, issues);
  const customer = own(params, "customer");
  if (customer == null) {
    issues.push(missingIssue([], "customer"));
  } else if (typeof customer !== "string") {
    issues.push(typeIssue(["customer"], "string", customer));
  } else if (chars(customer) > 5000) {
    issues.push(boundIssue(["customer"], "max_length", 5000, customer));
  }
  const expand = own(params, "expand");
  if (expand != null) {
    if (!Array.isArray(expand)) {
      issues.push(typeIssue(["expand"], "array", expand));
    } else {
      for (let index1 = 0; index1 < expand.length; index1++) {
        const element2: unknown = expand[index1];
        if (typeof element2 !== "string") {
          issues.push(typeIssue(["expand", index1], "string", element2));
        } else if (chars(element2) > 5000) {
          issues.push(boundIssue(["expand", index1], "max_length", 5000, element2));
        }
      }
    }
  }
  return issues;
}

/** The params of `PostPaymentMethodsPaymentMethodDetach`: every issue found (none: valid). */
export function paymentMethodsDetach(params: unknown): ValidationIssue[] {
  if (!isRecord(params)) return [typeIssue([], "object", params)];
  const issues: ValidationIssue[] = [];
  unknownKeys(params, [], CUSTOMERS_RETRIEVE_KEYS, issues);
  const expand = own(params, "expand");
  if (expand != null) {
    if (!Array.isArray(expand)) {
      issues.push(typeIssue(["expand"], "array", expand));
    } else {
      for (let index1 = 0; index1 < expand.length; index1++) {
        const element2: unknown = expand[index1];
        if (typeof element2 !== "string") {
          issues.push(typeIssue(["expand", index1], "string", element2));
        } else if (chars(element2) > 5000) {
          issues.push(boundIssue(["expand", index1], "max_length", 5000, element2));
        }
      }
    }
  }
  return issues;
}

/** The params of `GetSetupIntents`: every issue found (none: valid). */
export function setupIntentsList(params: unknown): ValidationIssue[] {
  if (!isRecord(params)) return [typeIssue([], "object", params)];
  const issues: ValidationIssue[] = [];
  unknownKeys(params, [], SETUP_INTENTS_LIST_KEYS, issues);
  const attachToSelf = own(params, "attach_to_self");
  if (attachToSelf != null && typeof attachToSelf !== "boolean") {
    issues.push(typeIssue(["attach_to_self"], "boolean", attachToSelf));
  }
  const created = own(params, "created");
  if (created != null) {
    anyOfSetupIntentsListCreated(created, ["created"], issues);
  }
  const customer = own(params, "customer");
  if (customer != null) {
    if (typeof customer !== "string") {
      issues.push(typeIssue(["customer"], "string", customer));
    } else if (chars(customer) > 5000) {
      issues.push(boundIssue(["customer"], "max_length", 5000, customer));
    }
  }
  const endingBefore = own(params, "ending_before");
  if (endingBefore != null) {
    if (typeof endingBefore !== "string") {
      issues.push(typeIssue(["ending_before"], "string", endingBefore));
    } else if (chars(endingBefore) > 5000) {
      issues.push(boundIssue(["ending_before"], "max_length", 5000, endingBefore));
    }
  }
  const expand = own(params, "expand");
  if (expand != null) {
    if (!Array.isArray(expand)) {
      issues.push(typeIssue(["expand"], "array", expand));
    } else {
      for (let index1 = 0; index1 < expand.length; index1++) {
        const element2: unknown = expand[index1];
        if (typeof element2 !== "string") {
          issues.push(typeIssue(["expand", index1], "string", element2));
        } else if (chars(element2) > 5000) {
          issues.push(boundIssue(["expand", index1], "max_length", 5000, element2));
        }
      }
    }
  }
  const limit = own(params, "limit");
  if (limit != null && !isInteger(limit)) {
    issues.push(typeIssue(["limit"], "integer", limit));
  }
  const paymentMethod = own(params, "payment_method");
  if (paymentMethod != null) {
    if (typeof paymentMethod !== "string") {
      issues.push(typeIssue(["payment_method"], "string", paymentMethod));
    } else if (chars(paymentMethod) > 5000) {
      issues.push(boundIssue(["payment_method"], "max_length", 5000, paymentMethod));
    }
  }
  const startingAfter = own(params, "starting_after");
  if (startingAfter != null) {
    if (typeof startingAfter !== "string") {
      issues.push(typeIssue(["starting_after"], "string", startingAfter));
    } else if (chars(startingAfter) > 5000) {
      issues.push(boundIssue(["starting_after"], "max_length", 5000, startingAfter));
    }
  }
  return issues;
}

/** The params of `PostSetupIntents`: every issue found (none: valid). */
export function setupIntentsCreate(params: unknown): ValidationIssue[] {
  if (!isRecord(params)) return [typeIssue([], "object", params)];
  const issues: ValidationIssue[] = [];
  unknownKeys(params, [], SETUP_INTENTS_CREATE_KEYS, issues);
  const attachToSelf = own(params, "attach_to_self");
  if (attachToSelf != null && typeof attachToSelf !== "boolean") {
    issues.push(typeIssue(["attach_to_self"], "boolean", attachToSelf));
  }
  const automaticPaymentMethods = own(params, "automatic_payment_methods");
  if (automaticPaymentMethods != null) {
    checkSetupIntentsCreateParamsAutomaticPaymentMethods(automaticPaymentMethods, ["automatic_payment_methods"], issues);
  }
  const confirm = own(params, "confirm");
  if (confirm != null && typeof confirm !== "boolean") {
    issues.push(typeIssue(["confirm"], "boolean", confirm));
  }
  const customer = own(params, "customer");
  if (customer != null) {
    if (typeof customer !== "string") {
      issues.push(typeIssue(["customer"], "string", customer));
    } else if (chars(customer) > 5000) {
      issues.push(boundIssue(["customer"], "max_length", 5000, customer));
    }
  }
  const description = own(params, "description");
  if (description != null) {
    if (typeof description !== "string") {
      issues.push(typeIssue(["description"], "string", description));
    } else if (chars(description) > 1000) {
      issues.push(boundIssue(["description"], "max_length", 1000, description));
    }
  }
  const expand = own(params, "expand");
  if (expand != null) {
    if (!Array.isArray(expand)) {
      issues.push(typeIssue(["expand"], "array", expand));
    } else {
      for (let index1 = 0; index1 < expand.length; index1++) {
        const element2: unknown = expand[index1];
        if (typeof element2 !== "string") {
          issues.push(typeIssue(["expand", index1], "string", element2));
        } else if (chars(element2) > 5000) {
          issues.push(boundIssue(["expand", index1], "max_length", 5000, element2));
        }
      }
    }
  }
  const flowDirections = own(params, "flow_directions");
  if (flowDirections != null) {
    if (!Array.isArray(flowDirections)) {
      issues.push(typeIssue(["flow_directions"], "array", flowDirections));
    } else {
      for (let index3 = 0; index3 < flowDirections.length; index3++) {
        const element4: unknown = flowDirections[index3];
        if (typeof element4 !== "string" || !FLOW_DIRECTIONS.has(element4)) {
          issues.push(enumIssue(["flow_directions", index3], FLOW_DIRECTIONS, element4));
        }
      }
    }
  }
  const metadata = own(params, "metadata");
  if (metadata != null) {
    if (!isRecord(metadata)) {
      issues.push(typeIssue(["metadata"], "object", metadata));
    } else {
      for (const [key5, entry6] of Object.entries(metadata)) {
        if (entry6 != null && typeof entry6 !== "string") {
          issues.push(typeIssue(["metadata", key5], "string", entry6));
        }
      }
    }
  }
  const onBehalfOf = own(params, "on_behalf_of");
  if (onBehalfOf != null && typeof onBehalfOf !== "string") {
    issues.push(typeIssue(["on_behalf_of"], "string", onBehalfOf));
  }
  const paymentMethod = own(params, "payment_method");
  if (paymentMethod != null) {
    if (typeof paymentMethod !== "string") {
      issues.push(typeIssue(["payment_method"], "string", paymentMethod));
    } else if (chars(paymentMethod) > 5000) {
      issues.push(boundIssue(["payment_method"], "max_length", 5000, paymentMethod));
    }
  }
  const paymentMethodTypes = own(params, "payment_method_types");
  if (paymentMethodTypes != null) {
    if (!Array.isArray(paymentMethodTypes)) {
      issues.push(typeIssue(["payment_method_types"], "array", paymentMethodTypes));
    } else {
      for (let index7 = 0; index7 < paymentMethodTypes.length; index7++) {
        const element8: unknown = paymentMethodTypes[index7];
        if (typeof element8 !== "string") {
          issues.push(typeIssue(["payment_method_types", index7], "string", element8));
        } else if (chars(element8) > 5000) {
          issues.push(boundIssue(["payment_method_types", index7], "max_length", 5000, element8));
        }
      }
    }
  }
  const returnUrl = own(params, "return_url");
  if (returnUrl != null && typeof returnUrl !== "string") {
    issues.push(typeIssue(["return_url"], "string", returnUrl));
  }
  const usage = own(params, "usage");
  if (usage != null && (typeof usage !== "string" || !PAYMENT_METHOD_SAVE_USAGE.has(usage))) {
    issues.push(enumIssue(["usage"], PAYMENT_METHOD_SAVE_USAGE, usage));
  }
  const useStripeSdk = own(params, "use_stripe_sdk");
  if (useStripeSdk != null && typeof useStripeSdk !== "boolean") {
    issues.push(typeIssue(["use_stripe_sdk"], "boolean", useStripeSdk));
  }
  return issues;
}

/** The params of `GetSetupIntentsIntent`: every issue found (none: valid). */
export function setupIntentsRetrieve(params: unknown): ValidationIssue[] {
  if (!isRecord(params)) return [typeIssue([], "object", params)];
  const issues: ValidationIssue[] = [];
  unknownKeys(params, [], PAYMENT_INTENTS_RETRIEVE_KEYS, issues);
  const clientSecret = own(params, "client_secret");
  if (clientSecret != null) {
    if (typeof clientSecret !== "string") {
      issues.push(typeIssue(["client_secret"], "string", clientSecret));
    } else if (chars(clientSecret) > 5000) {
      issues.push(boundIssue(["client_secret"], "max_length", 5000, clientSecret));
    }
  }
  const expand = own(params, "expand");
  if (expand != null) {
    if (!Array.isArray(expand)) {
      issues.push(typeIssue(["expand"], "array", expand));
    } else {
      for (let index1 = 0; index1 < expand.length; index1++) {
        const element2: unknown = expand[index1];
        if (typeof element2 !== "string") {
          issues.push(typeIssue(["expand", index1], "string", element2));
        } else if (chars(element2) > 5000) {
          issues.push(boundIssue(["expand", index1], "max_length", 5000, element2));
        }
      }
    }
  }
  return issues;
}

/** The params of `PostSetupIntentsIntentConfirm`: every issue found (none: valid). */
export function setupIntentsConfirm(params: unknown): ValidationIssue[] {
  if (!isRecord(params)) return [typeIssue([], "object", params)];
  const issues: ValidationIssue[] = [];
  unknownKeys(params, [], SETUP_INTENTS_CONFIRM_KEYS, issues);
  const clientSecret = own(params, "client_secret");
  if (clientSecret != null) {
    if (typeof clientSecret !== "string") {
      issues.push(typeIssue(["client_secret"], "string", clientSecret));
    } else if (chars(clientSecret) > 5000) {
      issues.push(boundIssue(["client_secret"], "max_length", 5000, clientSecret));
    }
  }
  const expand = own(params, "expand");
  if (expand != null) {
    if (!Array.isArray(expand)) {
      issues.push(typeIssue(["expand"], "array", expand));
    } else {
      for (let index1 = 0; index1 < expand.length; index1++) {
        const element2: unknown = expand[index1];
        if (typeof element2 !== "string") {
          issues.push(typeIssue(["expand", index1], "string", element2));
        } else if (chars(element2) > 5000) {
          issues.push(boundIssue(["expand", index1], "max_length", 5000, element2));
        }
      }
    }
  }
  const paymentMethod = own(params, "payment_method");
  if (paymentMethod != null) {
    if (typeof paymentMethod !== "string") {
      issues.push(typeIssue(["payment_method"], "string", paymentMethod));
    } else if (chars(paymentMethod) > 5000) {
      issues.push(boundIssue(["payment_method"], "max_length", 5000, paymentMethod));
    }
  }
  const returnUrl = own(params, "return_url");
  if (returnUrl != null && typeof returnUrl !== "string") {
    issues.push(typeIssue(["return_url"], "string", returnUrl));
  }
  const useStripeSdk = own(params, "use_stripe_sdk");
  if (useStripeSdk != null && typeof useStripeSdk !== "boolean") {
    issues.push(typeIssue(["use_stripe_sdk"], "boolean", useStripeSdk));
  }
  return issues;
}

/** What `PostCustomerSessions` answers (the parsed JSON body): every issue found (none: valid). */
export function customerSessionsCreateResponse(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkCustomerSessionResponse(value, [], issues);
  return issues;
}

/** What `GetCustomers` answers (the parsed JSON body): every issue found (none: valid). */
export function customersListResponse(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkCustomersListResponseResponse(value, [], issues);
  return issues;
}

/** What `PostCustomers` answers (the parsed JSON body): every issue found (none: valid). */
export function customersCreateResponse(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkCustomerResponse(value, [], issues);
  return issues;
}

/** What `GetCustomersSearch` answers (the parsed JSON body): every issue found (none: valid). */
export function customersSearchResponse(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkCustomersSearchResponseResponse(value, [], issues);
  return issues;
}

/** What `GetCustomersCustomer` answers (the parsed JSON body): every issue found (none: valid). */
export function customersRetrieveResponse(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  anyOfCustomersRetrieveResponseResponse(value, [], issues);
  return issues;
}

/** What `PostCustomersCustomer` answers (the parsed JSON body): every issue found (none: valid). */
export function customersUpdateResponse(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkCustomerResponse(value, [], issues);
  return issues;
}

/** What `DeleteCustomersCustomer` answers (the parsed JSON body): every issue found (none: valid). */
export function customersDeleteResponse(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkDeletedCustomerResponse(value, [], issues);
  return issues;
}

/** What `GetCustomersCustomerPaymentMethods` answers (the parsed JSON body): every issue found (none: valid). */
export function customersPaymentMethodsListResponse(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkCustomersPaymentMethodsListResponseResponse(value, [], issues);
  return issues;
}

/** What `GetEvents` answers (the parsed JSON body): every issue found (none: valid). */
export function eventsListResponse(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkEventsListResponseResponse(value, [], issues);
  return issues;
}

/** What `GetEventsId` answers (the parsed JSON body): every issue found (none: valid). */
export function eventsRetrieveResponse(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkEventResponse(value, [], issues);
  return issues;
}

/** What `GetPaymentIntents` answers (the parsed JSON body): every issue found (none: valid). */
export function paymentIntentsListResponse(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkPaymentIntentsListResponseResponse(value, [], issues);
  return issues;
}

/** What `PostPaymentIntents` answers (the parsed JSON body): every issue found (none: valid). */
export function paymentIntentsCreateResponse(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkPaymentIntentResponse(value, [], issues);
  return issues;
}

/** What `GetPaymentIntentsIntent` answers (the parsed JSON body): every issue found (none: valid). */
export function paymentIntentsRetrieveResponse(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkPaymentIntentResponse(value, [], issues);
  return issues;
}

/** What `PostPaymentIntentsIntent` answers (the parsed JSON body): every issue found (none: valid). */
export function paymentIntentsUpdateResponse(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkPaymentIntentResponse(value, [], issues);
  return issues;
}

/** What `PostPaymentIntentsIntentCancel` answers (the parsed JSON body): every issue found (none: valid). */
export function paymentIntentsCancelResponse(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkPaymentIntentResponse(value, [], issues);
  return issues;
}

/** What `PostPaymentIntentsIntentConfirm` answers (the parsed JSON body): every issue found (none: valid). */
export function paymentIntentsConfirmResponse(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkPaymentIntentResponse(value, [], issues);
  return issues;
}

/** What `GetPaymentMethodsPaymentMethod` answers (the parsed JSON body): every issue found (none: valid). */
export function paymentMethodsRetrieveResponse(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkPaymentMethodResponse(value, [], issues);
  return issues;
}

/** What `PostPaymentMethodsPaymentMethodAttach` answers (the parsed JSON body): every issue found (none: valid). */
export function paymentMethodsAttachResponse(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkPaymentMethodResponse(value, [], issues);
  return issues;
}

/** What `PostPaymentMethodsPaymentMethodDetach` answers (the parsed JSON body): every issue found (none: valid). */
export function paymentMethodsDetachResponse(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkPaymentMethodResponse(value, [], issues);
  return issues;
}

/** What `GetSetupIntents` answers (the parsed JSON body): every issue found (none: valid). */
export function setupIntentsListResponse(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkSetupIntentsListResponseResponse(value, [], issues);
  return issues;
}

/** What `PostSetupIntents` answers (the parsed JSON body): every issue found (none: valid). */
export function setupIntentsCreateResponse(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkSetupIntentResponse(value, [], issues);
  return issues;
}

/** What `GetSetupIntentsIntent` answers (the parsed JSON body): every issue found (none: valid). */
export function setupIntentsRetrieveResponse(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkSetupIntentResponse(value, [], issues);
  return issues;
}

/** What `PostSetupIntentsIntentConfirm` answers (the parsed JSON body): every issue found (none: valid). */
export function setupIntentsConfirmResponse(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkSetupIntentResponse(value, [], issues);
  return issues;
}

/** Checks an object of schema `customer_sessions.create.params.components.active_entitlements` in request params. */
function checkCustomerSessionsCreateParamsComponentsActiveEntitlements(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const enabled = own(value, "enabled");
  if (enabled == null) {
    issues.push(missingIssue(path, "enabled"));
  } else if (typeof enabled !== "boolean") {
    issues.push(typeIssue([...path, "enabled"], "boolean", enabled));
  }
}

/** Checks an object of schema `customer_sessions.create.params.components.buy_button` in request params. */
function checkCustomerSessionsCreateParamsComponentsBuyButton(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const enabled = own(value, "enabled");
  if (enabled == null) {
    issues.push(missingIssue(path, "enabled"));
  } else if (typeof enabled !== "boolean") {
    issues.push(typeIssue([...path, "enabled"], "boolean", enabled));
  }
}

/** Checks an object of schema `customer_sessions.create.params.components.customer_portal` in request params. */
function checkCustomerSessionsCreateParamsComponentsCustomerPortal(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const enabled = own(value, "enabled");
  if (enabled == null) {
    issues.push(missingIssue(path, "enabled"));
  } else if (typeof enabled !== "boolean") {
    issues.push(typeIssue([...path, "enabled"], "boolean", enabled));
  }
}

/** Checks an object of schema `customer_sessions.create.params.components.customer_sheet.features` in request params. */
function checkCustomerSessionsCreateParamsComponentsCustomerSheetFeatures(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const paymentMethodAllowRedisplayFilters = own(value, "payment_method_allow_redisplay_filters");
  if (paymentMethodAllowRedisplayFilters != null) {
    if (!Array.isArray(paymentMethodAllowRedisplayFilters)) {
      issues.push(typeIssue([...path, "payment_method_allow_redisplay_filters"], "array", paymentMethodAllowRedisplayFilters));
    } else {
      for (let index1 = 0; index1 < paymentMethodAllowRedisplayFilters.length; index1++) {
        const element2: unknown = paymentMethodAllowRedisplayFilters[index1];
        if (typeof element2 !== "string" || !PAYMENT_METHOD_ALLOW_REDISPLAY_FILTERS.has(element2)) {
          issues.push(enumIssue([...path, "payment_method_allow_redisplay_filters", index1], PAYMENT_METHOD_ALLOW_REDISPLAY_FILTERS, element2));
        }
      }
    }
  }
  const paymentMethodRemove = own(value, "payment_method_remove");
  if (paymentMethodRemove != null && (typeof paymentMethodRemove !== "string" || !PAYMENT_METHOD_REMOVE.has(paymentMethodRemove))) {
    issues.push(enumIssue([...path, "payment_method_remove"], PAYMENT_METHOD_REMOVE, paymentMethodRemove));
  }
}

/** Checks an object of schema `customer_sessions.create.params.components.customer_sheet` in request params. */
function checkCustomerSessionsCreateParamsComponentsCustomerSheet(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const enabled = own(value, "enabled");
  if (enabled == null) {
    issues.push(missingIssue(path, "enabled"));
  } else if (typeof enabled !== "boolean") {
    issues.push(typeIssue([...path, "enabled"], "boolean", enabled));
  }
  const features = own(value, "features");
  if (features != null) {
    checkCustomerSessionsCreateParamsComponentsCustomerSheetFeatures(features, [...path, "features"], issues);
  }
}

/** Checks an object of schema `customer_sessions.create.params.components.mobile_payment_element.features` in request params. */
function checkCustomerSessionsCreateParamsComponentsMobilePaymentElementFeatures(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const paymentMethodAllowRedisplayFilters = own(value, "payment_method_allow_redisplay_filters");
  if (paymentMethodAllowRedisplayFilters != null) {
    if (!Array.isArray(paymentMethodAllowRedisplayFilters)) {
      issues.push(typeIssue([...path, "payment_method_allow_redisplay_filters"], "array", paymentMethodAllowRedisplayFilters));
    } else {
      for (let index1 = 0; index1 < paymentMethodAllowRedisplayFilters.length; index1++) {
        const element2: unknown = paymentMethodAllowRedisplayFilters[index1];
        if (typeof element2 !== "string" || !PAYMENT_METHOD_ALLOW_REDISPLAY_FILTERS.has(element2)) {
          issues.push(enumIssue([...path, "payment_method_allow_redisplay_filters", index1], PAYMENT_METHOD_ALLOW_REDISPLAY_FILTERS, element2));
        }
      }
    }
  }
  const paymentMethodRedisplay = own(value, "payment_method_redisplay");
  if (paymentMethodRedisplay != null && (typeof paymentMethodRedisplay !== "string" || !PAYMENT_METHOD_REMOVE.has(paymentMethodRedisplay))) {
    issues.push(enumIssue([...path, "payment_method_redisplay"], PAYMENT_METHOD_REMOVE, paymentMethodRedisplay));
  }
  const paymentMethodRemove = own(value, "payment_method_remove");
  if (paymentMethodRemove != null && (typeof paymentMethodRemove !== "string" || !PAYMENT_METHOD_REMOVE.has(paymentMethodRemove))) {
    issues.push(enumIssue([...path, "payment_method_remove"], PAYMENT_METHOD_REMOVE, paymentMethodRemove));
  }
  const paymentMethodSave = own(value, "payment_method_save");
  if (paymentMethodSave != null && (typeof paymentMethodSave !== "string" || !PAYMENT_METHOD_REMOVE.has(paymentMethodSave))) {
    issues.push(enumIssue([...path, "payment_method_save"], PAYMENT_METHOD_REMOVE, paymentMethodSave));
  }
  const paymentMethodSaveAllowRedisplayOverride = own(value, "payment_method_save_allow_redisplay_override");
  if (paymentMethodSaveAllowRedisplayOverride != null && (typeof paymentMethodSaveAllowRedisplayOverride !== "string" || !PAYMENT_METHOD_ALLOW_REDISPLAY_FILTERS.has(paymentMethodSaveAllowRedisplayOverride))) {
    issues.push(enumIssue([...path, "payment_method_save_allow_redisplay_override"], PAYMENT_METHOD_ALLOW_REDISPLAY_FILTERS, paymentMethodSaveAllowRedisplayOverride));
  }
}

/** Checks an object of schema `customer_sessions.create.params.components.mobile_payment_element` in request params. */
function checkCustomerSessionsCreateParamsComponentsMobilePaymentElement(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const enabled = own(value, "enabled");
  if (enabled == null) {
    issues.push(missingIssue(path, "enabled"));
  } else if (typeof enabled !== "boolean") {
    issues.push(typeIssue([...path, "enabled"], "boolean", enabled));
  }
  const features = own(value, "features");
  if (features != null) {
    checkCustomerSessionsCreateParamsComponentsMobilePaymentElementFeatures(features, [...path, "features"], issues);
  }
}

/** Checks an object of schema `customer_sessions.create.params.components.payment_element.features` in request params. */
function checkCustomerSessionsCreateParamsComponentsPaymentElementFeatures(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const paymentMethodAllowRedisplayFilters = own(value, "payment_method_allow_redisplay_filters");
  if (paymentMethodAllowRedisplayFilters != null) {
    if (!Array.isArray(paymentMethodAllowRedisplayFilters)) {
      issues.push(typeIssue([...path, "payment_method_allow_redisplay_filters"], "array", paymentMethodAllowRedisplayFilters));
    } else {
      for (let index1 = 0; index1 < paymentMethodAllowRedisplayFilters.length; index1++) {
        const element2: unknown = paymentMethodAllowRedisplayFilters[index1];
        if (typeof element2 !== "string" || !PAYMENT_METHOD_ALLOW_REDISPLAY_FILTERS.has(element2)) {
          issues.push(enumIssue([...path, "payment_method_allow_redisplay_filters", index1], PAYMENT_METHOD_ALLOW_REDISPLAY_FILTERS, element2));
        }
      }
    }
  }
  const paymentMethodRedisplay = own(value, "payment_method_redisplay");
  if (paymentMethodRedisplay != null && (typeof paymentMethodRedisplay !== "string" || !PAYMENT_METHOD_REMOVE.has(paymentMethodRedisplay))) {
    issues.push(enumIssue([...path, "payment_method_redisplay"], PAYMENT_METHOD_REMOVE, paymentMethodRedisplay));
  }
  const paymentMethodRedisplayLimit = own(value, "payment_method_redisplay_limit");
  if (paymentMethodRedisplayLimit != null) {
    if (!isInteger(paymentMethodRedisplayLimit)) {
      issues.push(typeIssue([...path, "payment_method_redisplay_limit"], "integer", paymentMethodRedisplayLimit));
    } else if (paymentMethodRedisplayLimit < 1) {
      issues.push(boundIssue([...path, "payment_method_redisplay_limit"], "minimum", 1, paymentMethodRedisplayLimit));
    } else if (paymentMethodRedisplayLimit > 10) {
      issues.push(boundIssue([...path, "payment_method_redisplay_limit"], "maximum", 10, paymentMethodRedisplayLimit));
    }
  }
  const paymentMethodRemove = own(value, "payment_method_remove");
  if (paymentMethodRemove != null && (typeof paymentMethodRemove !== "string" || !PAYMENT_METHOD_REMOVE.has(paymentMethodRemove))) {
    issues.push(enumIssue([...path, "payment_method_remove"], PAYMENT_METHOD_REMOVE, paymentMethodRemove));
  }
  const paymentMethodSave = own(value, "payment_method_save");
  if (paymentMethodSave != null && (typeof paymentMethodSave !== "string" || !PAYMENT_METHOD_REMOVE.has(paymentMethodSave))) {
    issues.push(enumIssue([...path, "payment_method_save"], PAYMENT_METHOD_REMOVE, paymentMethodSave));
  }
  const paymentMethodSaveUsage = own(value, "payment_method_save_usage");
  if (paymentMethodSaveUsage != null && (typeof paymentMethodSaveUsage !== "string" || !PAYMENT_METHOD_SAVE_USAGE.has(paymentMethodSaveUsage))) {
    issues.push(enumIssue([...path, "payment_method_save_usage"], PAYMENT_METHOD_SAVE_USAGE, paymentMethodSaveUsage));
  }
}

/** Checks an object of schema `customer_sessions.create.params.components.payment_element` in request params. */
function checkCustomerSessionsCreateParamsComponentsPaymentElement(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const enabled = own(value, "enabled");
  if (enabled == null) {
    issues.push(missingIssue(path, "enabled"));
  } else if (typeof enabled !== "boolean") {
    issues.push(typeIssue([...path, "enabled"], "boolean", enabled));
  }
  const features = own(value, "features");
  if (features != null) {
    checkCustomerSessionsCreateParamsComponentsPaymentElementFeatures(features, [...path, "features"], issues);
  }
}

/** Checks an object of schema `customer_sessions.create.params.components.pricing_table` in request params. */
function checkCustomerSessionsCreateParamsComponentsPricingTable(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const enabled = own(value, "enabled");
  if (enabled == null) {
    issues.push(missingIssue(path, "enabled"));
  } else if (typeof enabled !== "boolean") {
    issues.push(typeIssue([...path, "enabled"], "boolean", enabled));
  }
}

/** Checks an object of schema `customer_sessions.create.params.components` in request params. */
function checkCustomerSessionsCreateParamsComponents(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const activeEntitlements = own(value, "active_entitlements");
  if (activeEntitlements != null) {
    checkCustomerSessionsCreateParamsComponentsActiveEntitlements(activeEntitlements, [...path, "active_entitlements"], issues);
  }
  const buyButton = own(value, "buy_button");
  if (buyButton != null) {
    checkCustomerSessionsCreateParamsComponentsBuyButton(buyButton, [...path, "buy_button"], issues);
  }
  const customerPortal = own(value, "customer_portal");
  if (customerPortal != null) {
    checkCustomerSessionsCreateParamsComponentsCustomerPortal(customerPortal, [...path, "customer_portal"], issues);
  }
  const customerSheet = own(value, "customer_sheet");
  if (customerSheet != null) {
    checkCustomerSessionsCreateParamsComponentsCustomerSheet(customerSheet, [...path, "customer_sheet"], issues);
  }
  const mobilePaymentElement = own(value, "mobile_payment_element");
  if (mobilePaymentElement != null) {
    checkCustomerSessionsCreateParamsComponentsMobilePaymentElement(mobilePaymentElement, [...path, "mobile_payment_element"], issues);
  }
  const paymentElement = own(value, "payment_element");
  if (paymentElement != null) {
    checkCustomerSessionsCreateParamsComponentsPaymentElement(paymentElement, [...path, "payment_element"], issues);
  }
  const pricingTable = own(value, "pricing_table");
  if (pricingTable != null) {
    checkCustomerSessionsCreateParamsComponentsPricingTable(pricingTable, [...path, "pricing_table"], issues);
  }
}

/** Checks an object of schema `customers.list.params.created` in request params. */
function checkCustomersListParamsCreated(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const gt = own(value, "gt");
  if (gt != null && !isInteger(gt)) {
    issues.push(typeIssue([...path, "gt"], "integer", gt));
  }
  const gte = own(value, "gte");
  if (gte != null && !isInteger(gte)) {
    issues.push(typeIssue([...path, "gte"], "integer", gte));
  }
  const lt = own(value, "lt");
  if (lt != null && !isInteger(lt)) {
    issues.push(typeIssue([...path, "lt"], "integer", lt));
  }
  const lte = own(value, "lte");
  if (lte != null && !isInteger(lte)) {
    issues.push(typeIssue([...path, "lte"], "integer", lte));
  }
}

/** Any of: an object or an integer. */
function anyOfCustomersListCreated(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  const branches: ValidationIssue[][] = [];
  if (isRecord(value)) {
    const branch: ValidationIssue[] = [];
    checkCustomersListParamsCreated(value, path, branch);
    if (branch.length === 0) return;
    branches.push(branch);
  }
  if (isInteger(value)) {
    const branch: ValidationIssue[] = [];
    if (!isInteger(value)) {
      branch.push(typeIssue(path, "integer", value));
    }
    if (branch.length === 0) return;
    branches.push(branch);
  }
  issues.push(...bestBranch(path, value, branches, CUSTOMERS_LIST_CREATED_EXPECTED));
}

/** Checks an object of schema `customers.create.params.address` in request params. */
function checkCustomersCreateParamsAddress(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const city = own(value, "city");
  if (city != null) {
    if (typeof city !== "string") {
      issues.push(typeIssue([...path, "city"], "string", city));
    } else if (chars(city) > 5000) {
      issues.push(boundIssue([...path, "city"], "max_length", 5000, city));
    }
  }
  const country = own(value, "country");
  if (country != null) {
    if (typeof country !== "string") {
      issues.push(typeIssue([...path, "country"], "string", country));
    } else if (chars(country) > 5000) {
      issues.push(boundIssue([...path, "country"], "max_length", 5000, country));
    }
  }
  const line1 = own(value, "line1");
  if (line1 != null) {
    if (typeof line1 !== "string") {
      issues.push(typeIssue([...path, "line1"], "string", line1));
    } else if (chars(line1) > 5000) {
      issues.push(boundIssue([...path, "line1"], "max_length", 5000, line1));
    }
  }
  const line2 = own(value, "line2");
  if (line2 != null) {
    if (typeof line2 !== "string") {
      issues.push(typeIssue([...path, "line2"], "string", line2));
    } else if (chars(line2) > 5000) {
      issues.push(boundIssue([...path, "line2"], "max_length", 5000, line2));
    }
  }
  const postalCode = own(value, "postal_code");
  if (postalCode != null) {
    if (typeof postalCode !== "string") {
      issues.push(typeIssue([...path, "postal_code"], "string", postalCode));
    } else if (chars(postalCode) > 5000) {
      issues.push(boundIssue([...path, "postal_code"], "max_length", 5000, postalCode));
    }
  }
  const state = own(value, "state");
  if (state != null) {
    if (typeof state !== "string") {
      issues.push(typeIssue([...path, "state"], "string", state));
    } else if (chars(state) > 5000) {
      issues.push(boundIssue([...path, "state"], "max_length", 5000, state));
    }
  }
}

/** Any of: an object or "" (to unset). */
function anyOfCustomersCreateAddress(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  const branches: ValidationIssue[][] = [];
  if (isRecord(value)) {
    const branch: ValidationIssue[] = [];
    checkCustomersCreateParamsAddress(value, path, branch);
    if (branch.length === 0) return;
    branches.push(branch);
  }
  if (typeof value === "string") {
    const branch: ValidationIssue[] = [];
    if (value !== "") {
      branch.push(enumIssue(path, [""], value));
    }
    if (branch.length === 0) return;
    branches.push(branch);
  }
  issues.push(...bestBranch(path, value, branches, CUSTOMERS_CREATE_ADDRESS_EXPECTED));
}

/** Checks an object of schema `customers.create.params.invoice_settings.custom_fields` in request params. */
function checkCustomersCreateParamsInvoiceSettingsCustomFields(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const name = own(value, "name");
  if (name == null) {
    issues.push(missingIssue(path, "name"));
  } else if (typeof name !== "string") {
    issues.push(typeIssue([...path, "name"], "string", name));
  } else if (chars(name) > 30) {
    issues.push(boundIssue([...path, "name"], "max_length", 30, name));
  }
  const value_ = own(value, "value");
  if (value_ == null) {
    issues.push(missingIssue(path, "value"));
  } else if (typeof value_ !== "string") {
    issues.push(typeIssue([...path, "value"], "string", value_));
  } else if (chars(value_) > 30) {
    issues.push(boundIssue([...path, "value"], "max_length", 30, value_));
  }
}

/** Any of: an array or "" (to unset). */
function anyOfParamsInvoiceSettingsCustomFields(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  const branches: ValidationIssue[][] = [];
  if (Array.isArray(value)) {
    const branch: ValidationIssue[] = [];
    if (!Array.isArray(value)) {
      branch.push(typeIssue(path, "array", value));
    } else {
      for (let index1 = 0; index1 < value.length; index1++) {
        const element2: unknown = value[index1];
        checkCustomersCreateParamsInvoiceSettingsCustomFields(element2, [...path, index1], branch);
      }
    }
    if (branch.length === 0) return;
    branches.push(branch);
  }
  if (typeof value === "string") {
    const branch: ValidationIssue[] = [];
    if (value !== "") {
      branch.push(enumIssue(path, [""], value));
    }
    if (branch.length === 0) return;
    branches.push(branch);
  }
  issues.push(...bestBranch(path, value, branches, PARAMS_INVOICE_SETTINGS_CUSTOM_FIELDS_EXPECTED));
}

/** Checks an object of schema `customers.create.params.invoice_settings.rendering_options` in request params. */
function checkCustomersCreateParamsInvoiceSettingsRenderingOptions(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const amountTaxDisplay = own(value, "amount_tax_display");
  if (amountTaxDisplay != null && (typeof amountTaxDisplay !== "string" || !AMOUNT_TAX_DISPLAY.has(amountTaxDisplay))) {
    issues.push(enumIssue([...path, "amount_tax_display"], AMOUNT_TAX_DISPLAY, amountTaxDisplay));
  }
}

/** Any of: an object or "" (to unset). */
function anyOfParamsInvoiceSettingsRenderingOptions(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  const branches: ValidationIssue[][] = [];
  if (isRecord(value)) {
    const branch: ValidationIssue[] = [];
    checkCustomersCreateParamsInvoiceSettingsRenderingOptions(value, path, branch);
    if (branch.length === 0) return;
    branches.push(branch);
  }
  if (typeof value === "string") {
    const branch: ValidationIssue[] = [];
    if (value !== "") {
      branch.push(enumIssue(path, [""], value));
    }
    if (branch.length === 0) return;
    branches.push(branch);
  }
  issues.push(...bestBranch(path, value, branches, CUSTOMERS_CREATE_ADDRESS_EXPECTED));
}

/** Checks an object of schema `customers.create.params.invoice_settings` in request params. */
function checkCustomersCreateParamsInvoiceSettings(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const customFields = own(value, "custom_fields");
  if (customFields != null) {
    anyOfParamsInvoiceSettingsCustomFields(customFields, [...path, "custom_fields"], issues);
  }
  const defaultPaymentMethod = own(value, "default_payment_method");
  if (defaultPaymentMethod != null) {
    if (typeof defaultPaymentMethod !== "string") {
      issues.push(typeIssue([...path, "default_payment_method"], "string", defaultPaymentMethod));
    } else if (chars(defaultPaymentMethod) > 5000) {
      issues.push(boundIssue([...path, "default_payment_method"], "max_length", 5000, defaultPaymentMethod));
    }
  }
  const footer = own(value, "footer");
  if (footer != null) {
    if (typeof footer !== "string") {
      issues.push(typeIssue([...path, "footer"], "string", footer));
    } else if (chars(footer) > 5000) {
      issues.push(boundIssue([...path, "footer"], "max_length", 5000, footer));
    }
  }
  const renderingOptions = own(value, "rendering_options");
  if (renderingOptions != null) {
    anyOfParamsInvoiceSettingsRenderingOptions(renderingOptions, [...path, "rendering_options"], issues);
  }
}

/** Any of: an object or "" (to unset). */
function anyOfCustomersCreateMetadata(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  const branches: ValidationIssue[][] = [];
  if (isRecord(value)) {
    const branch: ValidationIssue[] = [];
    if (!isRecord(value)) {
      branch.push(typeIssue(path, "object", value));
    } else {
      for (const [key1, entry2] of Object.entries(value)) {
        if (entry2 != null && typeof entry2 !== "string") {
          branch.push(typeIssue([...path, key1], "string", entry2));
        }
      }
    }
    if (branch.length === 0) return;
    branches.push(branch);
  }
  if (typeof value === "string") {
    const branch: ValidationIssue[] = [];
    if (value !== "") {
      branch.push(enumIssue(path, [""], value));
    }
    if (branch.length === 0) return;
    branches.push(branch);
  }
  issues.push(...bestBranch(path, value, branches, CUSTOMERS_CREATE_ADDRESS_EXPECTED));
}

/** Checks an object of schema `customers.create.params.shipping.address` in request params. */
function checkCustomersCreateParamsShippingAddress(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const city = own(value, "city");
  if (city != null) {
    if (typeof city !== "string") {
      issues.push(typeIssue([...path, "city"], "string", city));
    } else if (chars(city) > 5000) {
      issues.push(boundIssue([...path, "city"], "max_length", 5000, city));
    }
  }
  const country = own(value, "country");
  if (country != null) {
    if (typeof country !== "string") {
      issues.push(typeIssue([...path, "country"], "string", country));
    } else if (chars(country) > 5000) {
      issues.push(boundIssue([...path, "country"], "max_length", 5000, country));
    }
  }
  const line1 = own(value, "line1");
  if (line1 != null) {
    if (typeof line1 !== "string") {
      issues.push(typeIssue([...path, "line1"], "string", line1));
    } else if (chars(line1) > 5000) {
      issues.push(boundIssue([...path, "line1"], "max_length", 5000, line1));
    }
  }
  const line2 = own(value, "line2");
  if (line2 != null) {
    if (typeof line2 !== "string") {
      issues.push(typeIssue([...path, "line2"], "string", line2));
    } else if (chars(line2) > 5000) {
      issues.push(boundIssue([...path, "line2"], "max_length", 5000, line2));
    }
  }
  const postalCode = own(value, "postal_code");
  if (postalCode != null) {
    if (typeof postalCode !== "string") {
      issues.push(typeIssue([...path, "postal_code"], "string", postalCode));
    } else if (chars(postalCode) > 5000) {
      issues.push(boundIssue([...path, "postal_code"], "max_length", 5000, postalCode));
    }
  }
  const state = own(value, "state");
  if (state != null) {
    if (typeof state !== "string") {
      issues.push(typeIssue([...path, "state"], "string", state));
    } else if (chars(state) > 5000) {
      issues.push(boundIssue([...path, "state"], "max_length", 5000, state));
    }
  }
}

/** Checks an object of schema `customers.create.params.shipping` in request params. */
function checkCustomersCreateParamsShipping(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const address = own(value, "address");
  if (address == null) {
    issues.push(missingIssue(path, "address"));
  } else {
    checkCustomersCreateParamsShippingAddress(address, [...path, "address"], issues);
  }
  const name = own(value, "name");
  if (name == null) {
    issues.push(missingIssue(path, "name"));
  } else if (typeof name !== "string") {
    issues.push(typeIssue([...path, "name"], "string", name));
  } else if (chars(name) > 5000) {
    issues.push(boundIssue([...path, "name"], "max_length", 5000, name));
  }
  const phone = own(value, "phone");
  if (phone != null) {
    if (typeof phone !== "string") {
      issues.push(typeIssue([...path, "phone"], "string", phone));
    } else if (chars(phone) > 5000) {
      issues.push(boundIssue([...path, "phone"], "max_length", 5000, phone));
    }
  }
}

/** Any of: an object or "" (to unset). */
function anyOfCustomersCreateShipping(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  const branches: ValidationIssue[][] = [];
  if (isRecord(value)) {
    const branch: ValidationIssue[] = [];
    checkCustomersCreateParamsShipping(value, path, branch);
    if (branch.length === 0) return;
    branches.push(branch);
  }
  if (typeof value === "string") {
    const branch: ValidationIssue[] = [];
    if (value !== "") {
      branch.push(enumIssue(path, [""], value));
    }
    if (branch.length === 0) return;
    branches.push(branch);
  }
  issues.push(...bestBranch(path, value, branches, CUSTOMERS_CREATE_ADDRESS_EXPECTED));
}

/** Checks an object of schema `customers.update.params.address` in request params. */
function checkCustomersUpdateParamsAddress(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const city = own(value, "city");
  if (city != null) {
    if (typeof city !== "string") {
      issues.push(typeIssue([...path, "city"], "string", city));
    } else if (chars(city) > 5000) {
      issues.push(boundIssue([...path, "city"], "max_length", 5000, city));
    }
  }
  const country = own(value, "country");
  if (country != null) {
    if (typeof country !== "string") {
      issues.push(typeIssue([...path, "country"], "string", country));
    } else if (chars(country) > 5000) {
      issues.push(boundIssue([...path, "country"], "max_length", 5000, country));
    }
  }
  const line1 = own(value, "line1");
  if (line1 != null) {
    if (typeof line1 !== "string") {
      issues.push(typeIssue([...path, "line1"], "string", line1));
    } else if (chars(line1) > 5000) {
      issues.push(boundIssue([...path, "line1"], "max_length", 5000, line1));
    }
  }
  const line2 = own(value, "line2");
  if (line2 != null) {
    if (typeof line2 !== "string") {
      issues.push(typeIssue([...path, "line2"], "string", line2));
    } else if (chars(line2) > 5000) {
      issues.push(boundIssue([...path, "line2"], "max_length", 5000, line2));
    }
  }
  const postalCode = own(value, "postal_code");
  if (postalCode != null) {
    if (typeof postalCode !== "string") {
      issues.push(typeIssue([...path, "postal_code"], "string", postalCode));
    } else if (chars(postalCode) > 5000) {
      issues.push(boundIssue([...path, "postal_code"], "max_length", 5000, postalCode));
    }
  }
  const state = own(value, "state");
  if (state != null) {
    if (typeof state !== "string") {
      issues.push(typeIssue([...path, "state"], "string", state));
    } else if (chars(state) > 5000) {
      issues.push(boundIssue([...path, "state"], "max_length", 5000, state));
    }
  }
}

/** Any of: an object or "" (to unset). */
function anyOfCustomersUpdateAddress(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  const branches: ValidationIssue[][] = [];
  if (isRecord(value)) {
    const branch: ValidationIssue[] = [];
    checkCustomersUpdateParamsAddress(value, path, branch);
    if (branch.length === 0) return;
    branches.push(branch);
  }
  if (typeof value === "string") {
    const branch: ValidationIssue[] = [];
    if (value !== "") {
      branch.push(enumIssue(path, [""], value));
    }
    if (branch.length === 0) return;
    branches.push(branch);
  }
  issues.push(...bestBranch(path, value, branches, CUSTOMERS_CREATE_ADDRESS_EXPECTED));
}

/** Checks an object of schema `customers.update.params.invoice_settings.custom_fields` in request params. */
function checkCustomersUpdateParamsInvoiceSettingsCustomFields(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const name = own(value, "name");
  if (name == null) {
    issues.push(missingIssue(path, "name"));
  } else if (typeof name !== "string") {
    issues.push(typeIssue([...path, "name"], "string", name));
  } else if (chars(name) > 30) {
    issues.push(boundIssue([...path, "name"], "max_length", 30, name));
  }
  const value_ = own(value, "value");
  if (value_ == null) {
    issues.push(missingIssue(path, "value"));
  } else if (typeof value_ !== "string") {
    issues.push(typeIssue([...path, "value"], "string", value_));
  } else if (chars(value_) > 30) {
    issues.push(boundIssue([...path, "value"], "max_length", 30, value_));
  }
}

/** Any of: an array or "" (to unset). */
function anyOfParamsInvoiceSettingsCustomFields2(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  const branches: ValidationIssue[][] = [];
  if (Array.isArray(value)) {
    const branch: ValidationIssue[] = [];
    if (!Array.isArray(value)) {
      branch.push(typeIssue(path, "array", value));
    } else {
      for (let index1 = 0; index1 < value.length; index1++) {
        const element2: unknown = value[index1];
        checkCustomersUpdateParamsInvoiceSettingsCustomFields(element2, [...path, index1], branch);
      }
    }
    if (branch.length === 0) return;
    branches.push(branch);
  }
  if (typeof value === "string") {
    const branch: ValidationIssue[] = [];
    if (value !== "") {
      branch.push(enumIssue(path, [""], value));
    }
    if (branch.length === 0) return;
    branches.push(branch);
  }
  issues.push(...bestBranch(path, value, branches, PARAMS_INVOICE_SETTINGS_CUSTOM_FIELDS_EXPECTED));
}

/** Checks an object of schema `customers.update.params.invoice_settings.rendering_options` in request params. */
function checkCustomersUpdateParamsInvoiceSettingsRenderingOptions(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const amountTaxDisplay = own(value, "amount_tax_display");
  if (amountTaxDisplay != null && (typeof amountTaxDisplay !== "string" || !AMOUNT_TAX_DISPLAY.has(amountTaxDisplay))) {
    issues.push(enumIssue([...path, "amount_tax_display"], AMOUNT_TAX_DISPLAY, amountTaxDisplay));
  }
}

/** Any of: an object or "" (to unset). */
function anyOfParamsInvoiceSettingsRenderingOptions2(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  const branches: ValidationIssue[][] = [];
  if (isRecord(value)) {
    const branch: ValidationIssue[] = [];
    checkCustomersUpdateParamsInvoiceSettingsRenderingOptions(value, path, branch);
    if (branch.length === 0) return;
    branches.push(branch);
  }
  if (typeof value === "string") {
    const branch: ValidationIssue[] = [];
    if (value !== "") {
      branch.push(enumIssue(path, [""], value));
    }
    if (branch.length === 0) return;
    branches.push(branch);
  }
  issues.push(...bestBranch(path, value, branches, CUSTOMERS_CREATE_ADDRESS_EXPECTED));
}

/** Checks an object of schema `customers.update.params.invoice_settings` in request params. */
function checkCustomersUpdateParamsInvoiceSettings(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const customFields = own(value, "custom_fields");
  if (customFields != null) {
    anyOfParamsInvoiceSettingsCustomFields2(customFields, [...path, "custom_fields"], issues);
  }
  const defaultPaymentMethod = own(value, "default_payment_method");
  if (defaultPaymentMethod != null) {
    if (typeof defaultPaymentMethod !== "string") {
      issues.push(typeIssue([...path, "default_payment_method"], "string", defaultPaymentMethod));
    } else if (chars(defaultPaymentMethod) > 5000) {
      issues.push(boundIssue([...path, "default_payment_method"], "max_length", 5000, defaultPaymentMethod));
    }
  }
  const footer = own(value, "footer");
  if (footer != null) {
    if (typeof footer !== "string") {
      issues.push(typeIssue([...path, "footer"], "string", footer));
    } else if (chars(footer) > 5000) {
      issues.push(boundIssue([...path, "footer"], "max_length", 5000, footer));
    }
  }
  const renderingOptions = own(value, "rendering_options");
  if (renderingOptions != null) {
    anyOfParamsInvoiceSettingsRenderingOptions2(renderingOptions, [...path, "rendering_options"], issues);
  }
}

/** Checks an object of schema `customers.update.params.shipping.address` in request params. */
function checkCustomersUpdateParamsShippingAddress(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const city = own(value, "city");
  if (city != null) {
    if (typeof city !== "string") {
      issues.push(typeIssue([...path, "city"], "string", city));
    } else if (chars(city) > 5000) {
      issues.push(boundIssue([...path, "city"], "max_length", 5000, city));
    }
  }
  const country = own(value, "country");
  if (country != null) {
    if (typeof country !== "string") {
      issues.push(typeIssue([...path, "country"], "string", country));
    } else if (chars(country) > 5000) {
      issues.push(boundIssue([...path, "country"], "max_length", 5000, country));
    }
  }
  const line1 = own(value, "line1");
  if (line1 != null) {
    if (typeof line1 !== "string") {
      issues.push(typeIssue([...path, "line1"], "string", line1));
    } else if (chars(line1) > 5000) {
      issues.push(boundIssue([...path, "line1"], "max_length", 5000, line1));
    }
  }
  const line2 = own(value, "line2");
  if (line2 != null) {
    if (typeof line2 !== "string") {
      issues.push(typeIssue([...path, "line2"], "string", line2));
    } else if (chars(line2) > 5000) {
      issues.push(boundIssue([...path, "line2"], "max_length", 5000, line2));
    }
  }
  const postalCode = own(value, "postal_code");
  if (postalCode != null) {
    if (typeof postalCode !== "string") {
      issues.push(typeIssue([...path, "postal_code"], "string", postalCode));
    } else if (chars(postalCode) > 5000) {
      issues.push(boundIssue([...path, "postal_code"], "max_length", 5000, postalCode));
    }
  }
  const state = own(value, "state");
  if (state != null) {
    if (typeof state !== "string") {
      issues.push(typeIssue([...path, "state"], "string", state));
    } else if (chars(state) > 5000) {
      issues.push(boundIssue([...path, "state"], "max_length", 5000, state));
    }
  }
}

/** Checks an object of schema `customers.update.params.shipping` in request params. */
function checkCustomersUpdateParamsShipping(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const address = own(value, "address");
  if (address == null) {
    issues.push(missingIssue(path, "address"));
  } else {
    checkCustomersUpdateParamsShippingAddress(address, [...path, "address"], issues);
  }
  const name = own(value, "name");
  if (name == null) {
    issues.push(missingIssue(path, "name"));
  } else if (typeof name !== "string") {
    issues.push(typeIssue([...path, "name"], "string", name));
  } else if (chars(name) > 5000) {
    issues.push(boundIssue([...path, "name"], "max_length", 5000, name));
  }
  const phone = own(value, "phone");
  if (phone != null) {
    if (typeof phone !== "string") {
      issues.push(typeIssue([...path, "phone"], "string", phone));
    } else if (chars(phone) > 5000) {
      issues.push(boundIssue([...path, "phone"], "max_length", 5000, phone));
    }
  }
}

/** Any of: an object or "" (to unset). */
function anyOfCustomersUpdateShipping(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  const branches: ValidationIssue[][] = [];
  if (isRecord(value)) {
    const branch: ValidationIssue[] = [];
    checkCustomersUpdateParamsShipping(value, path, branch);
    if (branch.length === 0) return;
    branches.push(branch);
  }
  if (typeof value === "string") {
    const branch: ValidationIssue[] = [];
    if (value !== "") {
      branch.push(enumIssue(path, [""], value));
    }
    if (branch.length === 0) return;
    branches.push(branch);
  }
  issues.push(...bestBranch(path, value, branches, CUSTOMERS_CREATE_ADDRESS_EXPECTED));
}

/** Checks an object of schema `events.list.params.created` in request params. */
function checkEventsListParamsCreated(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const gt = own(value, "gt");
  if (gt != null && !isInteger(gt)) {
    issues.push(typeIssue([...path, "gt"], "integer", gt));
  }
  const gte = own(value, "gte");
  if (gte != null && !isInteger(gte)) {
    issues.push(typeIssue([...path, "gte"], "integer", gte));
  }
  const lt = own(value, "lt");
  if (lt != null && !isInteger(lt)) {
    issues.push(typeIssue([...path, "lt"], "integer", lt));
  }
  const lte = own(value, "lte");
  if (lte != null && !isInteger(lte)) {
    issues.push(typeIssue([...path, "lte"], "integer", lte));
  }
}

/** Any of: an object or an integer. */
function anyOfEventsListCreated(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  const branches: ValidationIssue[][] = [];
  if (isRecord(value)) {
    const branch: ValidationIssue[] = [];
    checkEventsListParamsCreated(value, path, branch);
    if (branch.length === 0) return;
    branches.push(branch);
  }
  if (isInteger(value)) {
    const branch: ValidationIssue[] = [];
    if (!isInteger(value)) {
      branch.push(typeIssue(path, "integer", value));
    }
    if (branch.length === 0) return;
    branches.push(branch);
  }
  issues.push(...bestBranch(path, value, branches, CUSTOMERS_LIST_CREATED_EXPECTED));
}

/** Checks an object of schema `payment_intents.list.params.created` in request params. */
function checkPaymentIntentsListParamsCreated(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const gt = own(value, "gt");
  if (gt != null && !isInteger(gt)) {
    issues.push(typeIssue([...path, "gt"], "integer", gt));
  }
  const gte = own(value, "gte");
  if (gte != null && !isInteger(gte)) {
    issues.push(typeIssue([...path, "gte"], "integer", gte));
  }
  const lt = own(value, "lt");
  if (lt != null && !isInteger(lt)) {
    issues.push(typeIssue([...path, "lt"], "integer", lt));
  }
  const lte = own(value, "lte");
  if (lte != null && !isInteger(lte)) {
    issues.push(typeIssue([...path, "lte"], "integer", lte));
  }
}

/** Any of: an object or an integer. */
function anyOfPaymentIntentsListCreated(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  const branches: ValidationIssue[][] = [];
  if (isRecord(value)) {
    const branch: ValidationIssue[] = [];
    checkPaymentIntentsListParamsCreated(value, path, branch);
    if (branch.length === 0) return;
    branches.push(branch);
  }
  if (isInteger(value)) {
    const branch: ValidationIssue[] = [];
    if (!isInteger(value)) {
      branch.push(typeIssue(path, "integer", value));
    }
    if (branch.length === 0) return;
    branches.push(branch);
  }
  issues.push(...bestBranch(path, value, branches, CUSTOMERS_LIST_CREATED_EXPECTED));
}

/** Checks an object of schema `payment_intents.create.params.automatic_payment_methods` in request params. */
function checkPaymentIntentsCreateParamsAutomaticPaymentMethods(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const allowRedirects = own(value, "allow_redirects");
  if (allowRedirects != null && (typeof allowRedirects !== "string" || !ALLOW_REDIRECTS.has(allowRedirects))) {
    issues.push(enumIssue([...path, "allow_redirects"], ALLOW_REDIRECTS, allowRedirects));
  }
  const enabled = own(value, "enabled");
  if (enabled == null) {
    issues.push(missingIssue(path, "enabled"));
  } else if (typeof enabled !== "boolean") {
    issues.push(typeIssue([...path, "enabled"], "boolean", enabled));
  }
}

/** Any of: a boolean or one of "one_off", "recurring". */
function anyOfPaymentIntentsCreateOffSession(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  const branches: ValidationIssue[][] = [];
  if (typeof value === "boolean") {
    const branch: ValidationIssue[] = [];
    if (typeof value !== "boolean") {
      branch.push(typeIssue(path, "boolean", value));
    }
    if (branch.length === 0) return;
    branches.push(branch);
  }
  if (typeof value === "string") {
    const branch: ValidationIssue[] = [];
    if (typeof value !== "string" || !OFF_SESSION.has(value)) {
      branch.push(enumIssue(path, OFF_SESSION, value));
    }
    if (branch.length === 0) return;
    branches.push(branch);
  }
  issues.push(...bestBranch(path, value, branches, PAYMENT_INTENTS_CREATE_OFF_SESSION_EXPECTED));
}

/** Checks an object of schema `payment_intents.create.params.shipping.address` in request params. */
function checkPaymentIntentsCreateParamsShippingAddress(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const city = own(value, "city");
  if (city != null) {
    if (typeof city !== "string") {
      issues.push(typeIssue([...path, "city"], "string", city));
    } else if (chars(city) > 5000) {
      issues.push(boundIssue([...path, "city"], "max_length", 5000, city));
    }
  }
  const country = own(value, "country");
  if (country != null) {
    if (typeof country !== "string") {
      issues.push(typeIssue([...path, "country"], "string", country));
    } else if (chars(country) > 5000) {
      issues.push(boundIssue([...path, "country"], "max_length", 5000, country));
    }
  }
  const line1 = own(value, "line1");
  if (line1 != null) {
    if (typeof line1 !== "string") {
      issues.push(typeIssue([...path, "line1"], "string", line1));
    } else if (chars(line1) > 5000) {
      issues.push(boundIssue([...path, "line1"], "max_length", 5000, line1));
    }
  }
  const line2 = own(value, "line2");
  if (line2 != null) {
    if (typeof line2 !== "string") {
      issues.push(typeIssue([...path, "line2"], "string", line2));
    } else if (chars(line2) > 5000) {
      issues.push(boundIssue([...path, "line2"], "max_length", 5000, line2));
    }
  }
  const postalCode = own(value, "postal_code");
  if (postalCode != null) {
    if (typeof postalCode !== "string") {
      issues.push(typeIssue([...path, "postal_code"], "string", postalCode));
    } else if (chars(postalCode) > 5000) {
      issues.push(boundIssue([...path, "postal_code"], "max_length", 5000, postalCode));
    }
  }
  const state = own(value, "state");
  if (state != null) {
    if (typeof state !== "string") {
      issues.push(typeIssue([...path, "state"], "string", state));
    } else if (chars(state) > 5000) {
      issues.push(boundIssue([...path, "state"], "max_length", 5000, state));
    }
  }
}

/** Checks an object of schema `payment_intents.create.params.shipping` in request params. */
function checkPaymentIntentsCreateParamsShipping(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const address = own(value, "address");
  if (address == null) {
    issues.push(missingIssue(path, "address"));
  } else {
    checkPaymentIntentsCreateParamsShippingAddress(address, [...path, "address"], issues);
  }
  const carrier = own(value, "carrier");
  if (carrier != null) {
    if (typeof carrier !== "string") {
      issues.push(typeIssue([...path, "carrier"], "string", carrier));
    } else if (chars(carrier) > 5000) {
      issues.push(boundIssue([...path, "carrier"], "max_length", 5000, carrier));
    }
  }
  const name = own(value, "name");
  if (name == null) {
    issues.push(missingIssue(path, "name"));
  } else if (typeof name !== "string") {
    issues.push(typeIssue([...path, "name"], "string", name));
  } else if (chars(name) > 5000) {
    issues.push(boundIssue([...path, "name"], "max_length", 5000, name));
  }
  const phone = own(value, "phone");
  if (phone != null) {
    if (typeof phone !== "string") {
      issues.push(typeIssue([...path, "phone"], "string", phone));
    } else if (chars(phone) > 5000) {
      issues.push(boundIssue([...path, "phone"], "max_length", 5000, phone));
    }
  }
  const trackingNumber = own(value, "tracking_number");
  if (trackingNumber != null) {
    if (typeof trackingNumber !== "string") {
      issues.push(typeIssue([...path, "tracking_number"], "string", trackingNumber));
    } else if (chars(trackingNumber) > 5000) {
      issues.push(boundIssue([...path, "tracking_number"], "max_length", 5000, trackingNumber));
    }
  }
}

/** Any of: a string or "" (to unset). */
function anyOfPaymentIntentsUpdateReceiptEmail(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  const branches: ValidationIssue[][] = [];
  if (typeof value === "string") {
    const branch: ValidationIssue[] = [];
    if (typeof value !== "string") {
      branch.push(typeIssue(path, "string", value));
    }
    if (branch.length === 0) return;
    branches.push(branch);
  }
  if (typeof value === "string") {
    const branch: ValidationIssue[] = [];
    if (value !== "") {
      branch.push(enumIssue(path, [""], value));
    }
    if (branch.length === 0) return;
    branches.push(branch);
  }
  issues.push(...bestBranch(path, value, branches, PAYMENT_INTENTS_UPDATE_RECEIPT_EMAIL_EXPECTED));
}

/** Checks an object of schema `payment_intents.update.params.shipping.address` in request params. */
function checkPaymentIntentsUpdateParamsShippingAddress(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const city = own(value, "city");
  if (city != null) {
    if (typeof city !== "string") {
      issues.push(typeIssue([...path, "city"], "string", city));
    } else if (chars(city) > 5000) {
      issues.push(boundIssue([...path, "city"], "max_length", 5000, city));
    }
  }
  const country = own(value, "country");
  if (country != null) {
    if (typeof country !== "string") {
      issues.push(typeIssue([...path, "country"], "string", country));
    } else if (chars(country) > 5000) {
      issues.push(boundIssue([...path, "country"], "max_length", 5000, country));
    }
  }
  const line1 = own(value, "line1");
  if (line1 != null) {
    if (typeof line1 !== "string") {
      issues.push(typeIssue([...path, "line1"], "string", line1));
    } else if (chars(line1) > 5000) {
      issues.push(boundIssue([...path, "line1"], "max_length", 5000, line1));
    }
  }
  const line2 = own(value, "line2");
  if (line2 != null) {
    if (typeof line2 !== "string") {
      issues.push(typeIssue([...path, "line2"], "string", line2));
    } else if (chars(line2) > 5000) {
      issues.push(boundIssue([...path, "line2"], "max_length", 5000, line2));
    }
  }
  const postalCode = own(value, "postal_code");
  if (postalCode != null) {
    if (typeof postalCode !== "string") {
      issues.push(typeIssue([...path, "postal_code"], "string", postalCode));
    } else if (chars(postalCode) > 5000) {
      issues.push(boundIssue([...path, "postal_code"], "max_length", 5000, postalCode));
    }
  }
  const state = own(value, "state");
  if (state != null) {
    if (typeof state !== "string") {
      issues.push(typeIssue([...path, "state"], "string", state));
    } else if (chars(state) > 5000) {
      issues.push(boundIssue([...path, "state"], "max_length", 5000, state));
    }
  }
}

/** Checks an object of schema `payment_intents.update.params.shipping` in request params. */
function checkPaymentIntentsUpdateParamsShipping(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const address = own(value, "address");
  if (address == null) {
    issues.push(missingIssue(path, "address"));
  } else {
    checkPaymentIntentsUpdateParamsShippingAddress(address, [...path, "address"], issues);
  }
  const carrier = own(value, "carrier");
  if (carrier != null) {
    if (typeof carrier !== "string") {
      issues.push(typeIssue([...path, "carrier"], "string", carrier));
    } else if (chars(carrier) > 5000) {
      issues.push(boundIssue([...path, "carrier"], "max_length", 5000, carrier));
    }
  }
  const name = own(value, "name");
  if (name == null) {
    issues.push(missingIssue(path, "name"));
  } else if (typeof name !== "string") {
    issues.push(typeIssue([...path, "name"], "string", name));
  } else if (chars(name) > 5000) {
    issues.push(boundIssue([...path, "name"], "max_length", 5000, name));
  }
  const phone = own(value, "phone");
  if (phone != null) {
    if (typeof phone !== "string") {
      issues.push(typeIssue([...path, "phone"], "string", phone));
    } else if (chars(phone) > 5000) {
      issues.push(boundIssue([...path, "phone"], "max_length", 5000, phone));
    }
  }
  const trackingNumber = own(value, "tracking_number");
  if (trackingNumber != null) {
    if (typeof trackingNumber !== "string") {
      issues.push(typeIssue([...path, "tracking_number"], "string", trackingNumber));
    } else if (chars(trackingNumber) > 5000) {
      issues.push(boundIssue([...path, "tracking_number"], "max_length", 5000, trackingNumber));
    }
  }
}

/** Any of: an object or "" (to unset). */
function anyOfPaymentIntentsUpdateShipping(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  const branches: ValidationIssue[][] = [];
  if (isRecord(value)) {
    const branch: ValidationIssue[] = [];
    checkPaymentIntentsUpdateParamsShipping(value, path, branch);
    if (branch.length === 0) return;
    branches.push(branch);
  }
  if (typeof value === "string") {
    const branch: ValidationIssue[] = [];
    if (value !== "") {
      branch.push(enumIssue(path, [""], value));
    }
    if (branch.length === 0) return;
    branches.push(branch);
  }
  issues.push(...bestBranch(path, value, branches, CUSTOMERS_CREATE_ADDRESS_EXPECTED));
}

/** Any of: a boolean or one of "one_off", "recurring". */
function anyOfPaymentIntentsConfirmOffSession(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  const branches: ValidationIssue[][] = [];
  if (typeof value === "boolean") {
    const branch: ValidationIssue[] = [];
    if (typeof value !== "boolean") {
      branch.push(typeIssue(path, "boolean", value));
    }
    if (branch.length === 0) return;
    branches.push(branch);
  }
  if (typeof value === "string") {
    const branch: ValidationIssue[] = [];
    if (typeof value !== "string" || !OFF_SESSION.has(value)) {
      branch.push(enumIssue(path, OFF_SESSION, value));
    }
    if (branch.length === 0) return;
    branches.push(branch);
  }
  issues.push(...bestBranch(path, value, branches, PAYMENT_INTENTS_CREATE_OFF_SESSION_EXPECTED));
}

/** Checks an object of schema `payment_intents.confirm.params.shipping.address` in request params. */
function checkPaymentIntentsConfirmParamsShippingAddress(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const city = own(value, "city");
  if (city != null) {
    if (typeof city !== "string") {
      issues.push(typeIssue([...path, "city"], "string", city));
    } else if (chars(city) > 5000) {
      issues.push(boundIssue([...path, "city"], "max_length", 5000, city));
    }
  }
  const country = own(value, "country");
  if (country != null) {
    if (typeof country !== "string") {
      issues.push(typeIssue([...path, "country"], "string", country));
    } else if (chars(country) > 5000) {
      issues.push(boundIssue([...path, "country"], "max_length", 5000, country));
    }
  }
  const line1 = own(value, "line1");
  if (line1 != null) {
    if (typeof line1 !== "string") {
      issues.push(typeIssue([...path, "line1"], "string", line1));
    } else if (chars(line1) > 5000) {
      issues.push(boundIssue([...path, "line1"], "max_length", 5000, line1));
    }
  }
  const line2 = own(value, "line2");
  if (line2 != null) {
    if (typeof line2 !== "string") {
      issues.push(typeIssue([...path, "line2"], "string", line2));
    } else if (chars(line2) > 5000) {
      issues.push(boundIssue([...path, "line2"], "max_length", 5000, line2));
    }
  }
  const postalCode = own(value, "postal_code");
  if (postalCode != null) {
    if (typeof postalCode !== "string") {
      issues.push(typeIssue([...path, "postal_code"], "string", postalCode));
    } else if (chars(postalCode) > 5000) {
      issues.push(boundIssue([...path, "postal_code"], "max_length", 5000, postalCode));
    }
  }
  const state = own(value, "state");
  if (state != null) {
    if (typeof state !== "string") {
      issues.push(typeIssue([...path, "state"], "string", state));
    } else if (chars(state) > 5000) {
      issues.push(boundIssue([...path, "state"], "max_length", 5000, state));
    }
  }
}

/** Checks an object of schema `payment_intents.confirm.params.shipping` in request params. */
function checkPaymentIntentsConfirmParamsShipping(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const address = own(value, "address");
  if (address == null) {
    issues.push(missingIssue(path, "address"));
  } else {
    checkPaymentIntentsConfirmParamsShippingAddress(address, [...path, "address"], issues);
  }
  const carrier = own(value, "carrier");
  if (carrier != null) {
    if (typeof carrier !== "string") {
      issues.push(typeIssue([...path, "carrier"], "string", carrier));
    } else if (chars(carrier) > 5000) {
      issues.push(boundIssue([...path, "carrier"], "max_length", 5000, carrier));
    }
  }
  const name = own(value, "name");
  if (name == null) {
    issues.push(missingIssue(path, "name"));
  } else if (typeof name !== "string") {
    issues.push(typeIssue([...path, "name"], "string", name));
  } else if (chars(name) > 5000) {
    issues.push(boundIssue([...path, "name"], "max_length", 5000, name));
  }
  const phone = own(value, "phone");
  if (phone != null) {
    if (typeof phone !== "string") {
      issues.push(typeIssue([...path, "phone"], "string", phone));
    } else if (chars(phone) > 5000) {
      issues.push(boundIssue([...path, "phone"], "max_length", 5000, phone));
    }
  }
  const trackingNumber = own(value, "tracking_number");
  if (trackingNumber != null) {
    if (typeof trackingNumber !== "string") {
      issues.push(typeIssue([...path, "tracking_number"], "string", trackingNumber));
    } else if (chars(trackingNumber) > 5000) {
      issues.push(boundIssue([...path, "tracking_number"], "max_length", 5000, trackingNumber));
    }
  }
}

/** Any of: an object or "" (to unset). */
function anyOfPaymentIntentsConfirmShipping(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  const branches: ValidationIssue[][] = [];
  if (isRecord(value)) {
    const branch: ValidationIssue[] = [];
    checkPaymentIntentsConfirmParamsShipping(value, path, branch);
    if (branch.length === 0) return;
    branches.push(branch);
  }
  if (typeof value === "string") {
    const branch: ValidationIssue[] = [];
    if (value !== "") {
      branch.push(enumIssue(path, [""], value));
    }
    if (branch.length === 0) return;
    branches.push(branch);
  }
  issues.push(...bestBranch(path, value, branches, CUSTOMERS_CREATE_ADDRESS_EXPECTED));
}

/** Checks an object of schema `setup_intents.list.params.created` in request params. */
function checkSetupIntentsListParamsCreated(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const gt = own(value, "gt");
  if (gt != null && !isInteger(gt)) {
    issues.push(typeIssue([...path, "gt"], "integer", gt));
  }
  const gte = own(value, "gte");
  if (gte != null && !isInteger(gte)) {
    issues.push(typeIssue([...path, "gte"], "integer", gte));
  }
  const lt = own(value, "lt");
  if (lt != null && !isInteger(lt)) {
    issues.push(typeIssue([...path, "lt"], "integer", lt));
  }
  const lte = own(value, "lte");
  if (lte != null && !isInteger(lte)) {
    issues.push(typeIssue([...path, "lte"], "integer", lte));
  }
}

/** Any of: an object or an integer. */
function anyOfSetupIntentsListCreated(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  const branches: ValidationIssue[][] = [];
  if (isRecord(value)) {
    const branch: ValidationIssue[] = [];
    checkSetupIntentsListParamsCreated(value, path, branch);
    if (branch.length === 0) return;
    branches.push(branch);
  }
  if (isInteger(value)) {
    const branch: ValidationIssue[] = [];
    if (!isInteger(value)) {
      branch.push(typeIssue(path, "integer", value));
    }
    if (branch.length === 0) return;
    branches.push(branch);
  }
  issues.push(...bestBranch(path, value, branches, CUSTOMERS_LIST_CREATED_EXPECTED));
}

/** Checks an object of schema `setup_intents.create.params.automatic_payment_methods` in request params. */
function checkSetupIntentsCreateParamsAutomaticPaymentMethods(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const allowRedirects = own(value, "allow_redirects");
  if (allowRedirects != null && (typeof allowRedirects !== "string" || !ALLOW_REDIRECTS.has(allowRedirects))) {
    issues.push(enumIssue([...path, "allow_redirects"], ALLOW_REDIRECTS, allowRedirects));
  }
  const enabled = own(value, "enabled");
  if (enabled == null) {
    issues.push(missingIssue(path, "enabled"));
  } else if (typeof enabled !== "boolean") {
    issues.push(typeIssue([...path, "enabled"], "boolean", enabled));
  }
}

/** Checks an object of schema `customer_session_resource_components_resource_active_entitlements` in a response. */
function checkCustomerSessionResourceComponentsResourceActiveEntitlementsResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const enabled = own(value, "enabled");
  if (enabled === undefined) {
    issues.push(missingIssue(path, "enabled"));
  } else if (typeof enabled !== "boolean") {
    issues.push(typeIssue([...path, "enabled"], "boolean", enabled));
  }
}

/** Checks an object of schema `customer_session_resource_components_resource_buy_button` in a response. */
function checkCustomerSessionResourceComponentsResourceBuyButtonResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const enabled = own(value, "enabled");
  if (enabled === undefined) {
    issues.push(missingIssue(path, "enabled"));
  } else if (typeof enabled !== "boolean") {
    issues.push(typeIssue([...path, "enabled"], "boolean", enabled));
  }
}

/** Checks an object of schema `customer_session_resource_components_resource_customer_portal` in a response. */
function checkCustomerSessionResourceComponentsResourceCustomerPortalResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const enabled = own(value, "enabled");
  if (enabled === undefined) {
    issues.push(missingIssue(path, "enabled"));
  } else if (typeof enabled !== "boolean") {
    issues.push(typeIssue([...path, "enabled"], "boolean", enabled));
  }
}

/** Checks an object of schema `customer_session_resource_components_resource_customer_sheet_resource_features` in a response. */
function checkCustomerSessionResourceComponentsResourceCustomerSheetResourceFeat_10ff8d72(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const paymentMethodAllowRedisplayFilters = own(value, "payment_method_allow_redisplay_filters");
  if (paymentMethodAllowRedisplayFilters != null) {
    if (!Array.isArray(paymentMethodAllowRedisplayFilters)) {
      issues.push(typeIssue([...path, "payment_method_allow_redisplay_filters"], "array", paymentMethodAllowRedisplayFilters));
    } else {
      for (let index1 = 0; index1 < paymentMethodAllowRedisplayFilters.length; index1++) {
        const element2: unknown = paymentMethodAllowRedisplayFilters[index1];
        if (typeof element2 !== "string") {
          issues.push(typeIssue([...path, "payment_method_allow_redisplay_filters", index1], "string", element2));
        }
      }
    }
  }
  const paymentMethodRemove = own(value, "payment_method_remove");
  if (paymentMethodRemove != null && typeof paymentMethodRemove !== "string") {
    issues.push(typeIssue([...path, "payment_method_remove"], "string", paymentMethodRemove));
  }
}

/** Checks an object of schema `customer_session_resource_components_resource_customer_sheet` in a response. */
function checkCustomerSessionResourceComponentsResourceCustomerSheetResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const enabled = own(value, "enabled");
  if (enabled === undefined) {
    issues.push(missingIssue(path, "enabled"));
  } else if (typeof enabled !== "boolean") {
    issues.push(typeIssue([...path, "enabled"], "boolean", enabled));
  }
  const features = own(value, "features");
  if (features != null) {
    checkCustomerSessionResourceComponentsResourceCustomerSheetResourceFeat_10ff8d72(features, [...path, "features"], issues);
  }
}

/** Checks an object of schema `customer_session_resource_components_resource_mobile_payment_element_resource_features` in a response. */
function checkCustomerSessionResourceComponentsResourceMobilePaymentElementResou_f85c549d(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const paymentMethodAllowRedisplayFilters = own(value, "payment_method_allow_redisplay_filters");
  if (paymentMethodAllowRedisplayFilters != null) {
    if (!Array.isArray(paymentMethodAllowRedisplayFilters)) {
      issues.push(typeIssue([...path, "payment_method_allow_redisplay_filters"], "array", paymentMethodAllowRedisplayFilters));
    } else {
      for (let index1 = 0; index1 < paymentMethodAllowRedisplayFilters.length; index1++) {
        const element2: unknown = paymentMethodAllowRedisplayFilters[index1];
        if (typeof element2 !== "string") {
          issues.push(typeIssue([...path, "payment_method_allow_redisplay_filters", index1], "string", element2));
        }
      }
    }
  }
  const paymentMethodRedisplay = own(value, "payment_method_redisplay");
  if (paymentMethodRedisplay != null && typeof paymentMethodRedisplay !== "string") {
    issues.push(typeIssue([...path, "payment_method_redisplay"], "string", paymentMethodRedisplay));
  }
  const paymentMethodRemove = own(value, "payment_method_remove");
  if (paymentMethodRemove != null && typeof paymentMethodRemove !== "string") {
    issues.push(typeIssue([...path, "payment_method_remove"], "string", paymentMethodRemove));
  }
  const paymentMethodSave = own(value, "payment_method_save");
  if (paymentMethodSave != null && typeof paymentMethodSave !== "string") {
    issues.push(typeIssue([...path, "payment_method_save"], "string", paymentMethodSave));
  }
  const paymentMethodSaveAllowRedisplayOverride = own(value, "payment_method_save_allow_redisplay_override");
  if (paymentMethodSaveAllowRedisplayOverride != null && typeof paymentMethodSaveAllowRedisplayOverride !== "string") {
    issues.push(typeIssue([...path, "payment_method_save_allow_redisplay_override"], "string", paymentMethodSaveAllowRedisplayOverride));
  }
}

/** Checks an object of schema `customer_session_resource_components_resource_mobile_payment_element` in a response. */
function checkCustomerSessionResourceComponentsResourceMobilePaymentElementResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const enabled = own(value, "enabled");
  if (enabled === undefined) {
    issues.push(missingIssue(path, "enabled"));
  } else if (typeof enabled !== "boolean") {
    issues.push(typeIssue([...path, "enabled"], "boolean", enabled));
  }
  const features = own(value, "features");
  if (features != null) {
    checkCustomerSessionResourceComponentsResourceMobilePaymentElementResou_f85c549d(features, [...path, "features"], issues);
  }
}

/** Checks an object of schema `customer_session_resource_components_resource_payment_element_resource_features` in a response. */
function checkCustomerSessionResourceComponentsResourcePaymentElementResourceFea_ee22895a(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const paymentMethodAllowRedisplayFilters = own(value, "payment_method_allow_redisplay_filters");
  if (paymentMethodAllowRedisplayFilters === undefined) {
    issues.push(missingIssue(path, "payment_method_allow_redisplay_filters"));
  } else if (!Array.isArray(paymentMethodAllowRedisplayFilters)) {
    issues.push(typeIssue([...path, "payment_method_allow_redisplay_filters"], "array", paymentMethodAllowRedisplayFilters));
  } else {
    for (let index1 = 0; index1 < paymentMethodAllowRedisplayFilters.length; index1++) {
      const element2: unknown = paymentMethodAllowRedisplayFilters[index1];
      if (typeof element2 !== "string") {
        issues.push(typeIssue([...path, "payment_method_allow_redisplay_filters", index1], "string", element2));
      }
    }
  }
  const paymentMethodRedisplay = own(value, "payment_method_redisplay");
  if (paymentMethodRedisplay === undefined) {
    issues.push(missingIssue(path, "payment_method_redisplay"));
  } else if (typeof paymentMethodRedisplay !== "string") {
    issues.push(typeIssue([...path, "payment_method_redisplay"], "string", paymentMethodRedisplay));
  }
  const paymentMethodRedisplayLimit = own(value, "payment_method_redisplay_limit");
  if (paymentMethodRedisplayLimit != null && !isInteger(paymentMethodRedisplayLimit)) {
    issues.push(typeIssue([...path, "payment_method_redisplay_limit"], "integer", paymentMethodRedisplayLimit));
  }
  const paymentMethodRemove = own(value, "payment_method_remove");
  if (paymentMethodRemove === undefined) {
    issues.push(missingIssue(path, "payment_method_remove"));
  } else if (typeof paymentMethodRemove !== "string") {
    issues.push(typeIssue([...path, "payment_method_remove"], "string", paymentMethodRemove));
  }
  const paymentMethodSave = own(value, "payment_method_save");
  if (paymentMethodSave === undefined) {
    issues.push(missingIssue(path, "payment_method_save"));
  } else if (typeof paymentMethodSave !== "string") {
    issues.push(typeIssue([...path, "payment_method_save"], "string", paymentMethodSave));
  }
  const paymentMethodSaveUsage = own(value, "payment_method_save_usage");
  if (paymentMethodSaveUsage != null && typeof paymentMethodSaveUsage !== "string") {
    issues.push(typeIssue([...path, "payment_method_save_usage"], "string", paymentMethodSaveUsage));
  }
}

/** Checks an object of schema `customer_session_resource_components_resource_payment_element` in a response. */
function checkCustomerSessionResourceComponentsResourcePaymentElementResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const enabled = own(value, "enabled");
  if (enabled === undefined) {
    issues.push(missingIssue(path, "enabled"));
  } else if (typeof enabled !== "boolean") {
    issues.push(typeIssue([...path, "enabled"], "boolean", enabled));
  }
  const features = own(value, "features");
  if (features != null) {
    checkCustomerSessionResourceComponentsResourcePaymentElementResourceFea_ee22895a(features, [...path, "features"], issues);
  }
}

/** Checks an object of schema `customer_session_resource_components_resource_pricing_table` in a response. */
function checkCustomerSessionResourceComponentsResourcePricingTableResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const enabled = own(value, "enabled");
  if (enabled === undefined) {
    issues.push(missingIssue(path, "enabled"));
  } else if (typeof enabled !== "boolean") {
    issues.push(typeIssue([...path, "enabled"], "boolean", enabled));
  }
}

/** Checks an object of schema `customer_session_resource_components` in a response. */
function checkCustomerSessionResourceComponentsResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const activeEntitlements = own(value, "active_entitlements");
  if (activeEntitlements !== undefined) {
    checkCustomerSessionResourceComponentsResourceActiveEntitlementsResponse(activeEntitlements, [...path, "active_entitlements"], issues);
  }
  const buyButton = own(value, "buy_button");
  if (buyButton === undefined) {
    issues.push(missingIssue(path, "buy_button"));
  } else {
    checkCustomerSessionResourceComponentsResourceBuyButtonResponse(buyButton, [...path, "buy_button"], issues);
  }
  const customerPortal = own(value, "customer_portal");
  if (customerPortal !== undefined) {
    checkCustomerSessionResourceComponentsResourceCustomerPortalResponse(customerPortal, [...path, "customer_portal"], issues);
  }
  const customerSheet = own(value, "customer_sheet");
  if (customerSheet === undefined) {
    issues.push(missingIssue(path, "customer_sheet"));
  } else {
    checkCustomerSessionResourceComponentsResourceCustomerSheetResponse(customerSheet, [...path, "customer_sheet"], issues);
  }
  const mobilePaymentElement = own(value, "mobile_payment_element");
  if (mobilePaymentElement === undefined) {
    issues.push(missingIssue(path, "mobile_payment_element"));
  } else {
    checkCustomerSessionResourceComponentsResourceMobilePaymentElementResponse(mobilePaymentElement, [...path, "mobile_payment_element"], issues);
  }
  const paymentElement = own(value, "payment_element");
  if (paymentElement === undefined) {
    issues.push(missingIssue(path, "payment_element"));
  } else {
    checkCustomerSessionResourceComponentsResourcePaymentElementResponse(paymentElement, [...path, "payment_element"], issues);
  }
  const pricingTable = own(value, "pricing_table");
  if (pricingTable === undefined) {
    issues.push(missingIssue(path, "pricing_table"));
  } else {
    checkCustomerSessionResourceComponentsResourcePricingTableResponse(pricingTable, [...path, "pricing_table"], issues);
  }
}

/** Checks an object of schema `address` in a response. */
function checkAddressResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const city = own(value, "city");
  if (city != null) {
    if (typeof city !== "string") {
      issues.push(typeIssue([...path, "city"], "string", city));
    } else if (chars(city) > 5000) {
      issues.push(boundIssue([...path, "city"], "max_length", 5000, city));
    }
  }
  const country = own(value, "country");
  if (country != null) {
    if (typeof country !== "string") {
      issues.push(typeIssue([...path, "country"], "string", country));
    } else if (chars(country) > 5000) {
      issues.push(boundIssue([...path, "country"], "max_length", 5000, country));
    }
  }
  const line1 = own(value, "line1");
  if (line1 != null) {
    if (typeof line1 !== "string") {
      issues.push(typeIssue([...path, "line1"], "string", line1));
    } else if (chars(line1) > 5000) {
      issues.push(boundIssue([...path, "line1"], "max_length", 5000, line1));
    }
  }
  const line2 = own(value, "line2");
  if (line2 != null) {
    if (typeof line2 !== "string") {
      issues.push(typeIssue([...path, "line2"], "string", line2));
    } else if (chars(line2) > 5000) {
      issues.push(boundIssue([...path, "line2"], "max_length", 5000, line2));
    }
  }
  const postalCode = own(value, "postal_code");
  if (postalCode != null) {
    if (typeof postalCode !== "string") {
      issues.push(typeIssue([...path, "postal_code"], "string", postalCode));
    } else if (chars(postalCode) > 5000) {
      issues.push(boundIssue([...path, "postal_code"], "max_length", 5000, postalCode));
    }
  }
  const state = own(value, "state");
  if (state != null) {
    if (typeof state !== "string") {
      issues.push(typeIssue([...path, "state"], "string", state));
    } else if (chars(state) > 5000) {
      issues.push(boundIssue([...path, "state"], "max_length", 5000, state));
    }
  }
}

/** Checks an object of schema `invoice_setting_custom_field` in a response. */
function checkInvoiceSettingCustomFieldResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const name = own(value, "name");
  if (name === undefined) {
    issues.push(missingIssue(path, "name"));
  } else if (typeof name !== "string") {
    issues.push(typeIssue([...path, "name"], "string", name));
  } else if (chars(name) > 5000) {
    issues.push(boundIssue([...path, "name"], "max_length", 5000, name));
  }
  const value_ = own(value, "value");
  if (value_ === undefined) {
    issues.push(missingIssue(path, "value"));
  } else if (typeof value_ !== "string") {
    issues.push(typeIssue([...path, "value"], "string", value_));
  } else if (chars(value_) > 5000) {
    issues.push(boundIssue([...path, "value"], "max_length", 5000, value_));
  }
}

/** Checks an object of schema `billing_details` in a response. */
function checkBillingDetailsResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const address = own(value, "address");
  if (address != null) {
    checkAddressResponse(address, [...path, "address"], issues);
  }
  const email = own(value, "email");
  if (email != null) {
    if (typeof email !== "string") {
      issues.push(typeIssue([...path, "email"], "string", email));
    } else if (chars(email) > 5000) {
      issues.push(boundIssue([...path, "email"], "max_length", 5000, email));
    }
  }
  const name = own(value, "name");
  if (name != null) {
    if (typeof name !== "string") {
      issues.push(typeIssue([...path, "name"], "string", name));
    } else if (chars(name) > 5000) {
      issues.push(boundIssue([...path, "name"], "max_length", 5000, name));
    }
  }
  const phone = own(value, "phone");
  if (phone != null) {
    if (typeof phone !== "string") {
      issues.push(typeIssue([...path, "phone"], "string", phone));
    } else if (chars(phone) > 5000) {
      issues.push(boundIssue([...path, "phone"], "max_length", 5000, phone));
    }
  }
}

/** Checks an object of schema `payment_method_card_checks` in a response. */
function checkPaymentMethodCardChecksResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const addressLine1Check = own(value, "address_line1_check");
  if (addressLine1Check != null) {
    if (typeof addressLine1Check !== "string") {
      issues.push(typeIssue([...path, "address_line1_check"], "string", addressLine1Check));
    } else if (chars(addressLine1Check) > 5000) {
      issues.push(boundIssue([...path, "address_line1_check"], "max_length", 5000, addressLine1Check));
    }
  }
  const addressPostalCodeCheck = own(value, "address_postal_code_check");
  if (addressPostalCodeCheck != null) {
    if (typeof addressPostalCodeCheck !== "string") {
      issues.push(typeIssue([...path, "address_postal_code_check"], "string", addressPostalCodeCheck));
    } else if (chars(addressPostalCodeCheck) > 5000) {
      issues.push(boundIssue([...path, "address_postal_code_check"], "max_length", 5000, addressPostalCodeCheck));
    }
  }
  const cvcCheck = own(value, "cvc_check");
  if (cvcCheck != null) {
    if (typeof cvcCheck !== "string") {
      issues.push(typeIssue([...path, "cvc_check"], "string", cvcCheck));
    } else if (chars(cvcCheck) > 5000) {
      issues.push(boundIssue([...path, "cvc_check"], "max_length", 5000, cvcCheck));
    }
  }
}

/** Checks an object of schema `networks` in a response. */
function checkNetworksResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const available = own(value, "available");
  if (available === undefined) {
    issues.push(missingIssue(path, "available"));
  } else if (!Array.isArray(available)) {
    issues.push(typeIssue([...path, "available"], "array", available));
  } else {
    for (let index1 = 0; index1 < available.length; index1++) {
      const element2: unknown = available[index1];
      if (typeof element2 !== "string") {
        issues.push(typeIssue([...path, "available", index1], "string", element2));
      } else if (chars(element2) > 5000) {
        issues.push(boundIssue([...path, "available", index1], "max_length", 5000, element2));
      }
    }
  }
  const preferred = own(value, "preferred");
  if (preferred != null) {
    if (typeof preferred !== "string") {
      issues.push(typeIssue([...path, "preferred"], "string", preferred));
    } else if (chars(preferred) > 5000) {
      issues.push(boundIssue([...path, "preferred"], "max_length", 5000, preferred));
    }
  }
}

/** Checks an object of schema `three_d_secure_usage` in a response. */
function checkThreeDSecureUsageResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const supported = own(value, "supported");
  if (supported === undefined) {
    issues.push(missingIssue(path, "supported"));
  } else if (typeof supported !== "boolean") {
    issues.push(typeIssue([...path, "supported"], "boolean", supported));
  }
}

/** Checks an object of schema `payment_method_card_wallet` in a response. */
function checkPaymentMethodCardWalletResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const dynamicLast4 = own(value, "dynamic_last4");
  if (dynamicLast4 != null) {
    if (typeof dynamicLast4 !== "string") {
      issues.push(typeIssue([...path, "dynamic_last4"], "string", dynamicLast4));
    } else if (chars(dynamicLast4) > 5000) {
      issues.push(boundIssue([...path, "dynamic_last4"], "max_length", 5000, dynamicLast4));
    }
  }
  const type_ = own(value, "type");
  if (type_ === undefined) {
    issues.push(missingIssue(path, "type"));
  } else if (typeof type_ !== "string") {
    issues.push(typeIssue([...path, "type"], "string", type_));
  }
}

/** Checks an object of schema `payment_method_card` in a response. */
function checkPaymentMethodCardResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const brand = own(value, "brand");
  if (brand === undefined) {
    issues.push(missingIssue(path, "brand"));
  } else if (typeof brand !== "string") {
    issues.push(typeIssue([...path, "brand"], "string", brand));
  } else if (chars(brand) > 5000) {
    issues.push(boundIssue([...path, "brand"], "max_length", 5000, brand));
  }
  const checks = own(value, "checks");
  if (checks != null) {
    checkPaymentMethodCardChecksResponse(checks, [...path, "checks"], issues);
  }
  const country = own(value, "country");
  if (country != null) {
    if (typeof country !== "string") {
      issues.push(typeIssue([...path, "country"], "string", country));
    } else if (chars(country) > 5000) {
      issues.push(boundIssue([...path, "country"], "max_length", 5000, country));
    }
  }
  const expMonth = own(value, "exp_month");
  if (expMonth === undefined) {
    issues.push(missingIssue(path, "exp_month"));
  } else if (!isInteger(expMonth)) {
    issues.push(typeIssue([...path, "exp_month"], "integer", expMonth));
  }
  const expYear = own(value, "exp_year");
  if (expYear === undefined) {
    issues.push(missingIssue(path, "exp_year"));
  } else if (!isInteger(expYear)) {
    issues.push(typeIssue([...path, "exp_year"], "integer", expYear));
  }
  const fingerprint = own(value, "fingerprint");
  if (fingerprint != null) {
    if (typeof fingerprint !== "string") {
      issues.push(typeIssue([...path, "fingerprint"], "string", fingerprint));
    } else if (chars(fingerprint) > 5000) {
      issues.push(boundIssue([...path, "fingerprint"], "max_length", 5000, fingerprint));
    }
  }
  const funding = own(value, "funding");
  if (funding === undefined) {
    issues.push(missingIssue(path, "funding"));
  } else if (typeof funding !== "string") {
    issues.push(typeIssue([...path, "funding"], "string", funding));
  } else if (chars(funding) > 5000) {
    issues.push(boundIssue([...path, "funding"], "max_length", 5000, funding));
  }
  const last4 = own(value, "last4");
  if (last4 === undefined) {
    issues.push(missingIssue(path, "last4"));
  } else if (typeof last4 !== "string") {
    issues.push(typeIssue([...path, "last4"], "string", last4));
  } else if (chars(last4) > 5000) {
    issues.push(boundIssue([...path, "last4"], "max_length", 5000, last4));
  }
  const networks = own(value, "networks");
  if (networks != null) {
    checkNetworksResponse(networks, [...path, "networks"], issues);
  }
  const threeDSecureUsage = own(value, "three_d_secure_usage");
  if (threeDSecureUsage != null) {
    checkThreeDSecureUsageResponse(threeDSecureUsage, [...path, "three_d_secure_usage"], issues);
  }
  const wallet = own(value, "wallet");
  if (wallet != null) {
    checkPaymentMethodCardWalletResponse(wallet, [...path, "wallet"], issues);
  }
}

/** Any of: a string or an object. */
function anyOfPaymentMethodCustomerResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  const branches: ValidationIssue[][] = [];
  if (typeof value === "string") {
    const branch: ValidationIssue[] = [];
    if (typeof value !== "string") {
      branch.push(typeIssue(path, "string", value));
    } else if (chars(value) > 5000) {
      branch.push(boundIssue(path, "max_length", 5000, value));
    }
    if (branch.length === 0) return;
    branches.push(branch);
  }
  if (isRecord(value)) {
    const branch: ValidationIssue[] = [];
    checkCustomerResponse(value, path, branch);
    if (branch.length === 0) return;
    branches.push(branch);
  }
  issues.push(...bestBranch(path, value, branches, CUSTOMER_SESSION_CUSTOMER_EXPECTED));
}

/** Checks an object of schema `payment_method` in a response. */
function checkPaymentMethodResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const allowRedisplay = own(value, "allow_redisplay");
  if (allowRedisplay !== undefined && typeof allowRedisplay !== "string") {
    issues.push(typeIssue([...path, "allow_redisplay"], "string", allowRedisplay));
  }
  const billingDetails = own(value, "billing_details");
  if (billingDetails === undefined) {
    issues.push(missingIssue(path, "billing_details"));
  } else {
    checkBillingDetailsResponse(billingDetails, [...path, "billing_details"], issues);
  }
  const card = own(value, "card");
  if (card !== undefined) {
    checkPaymentMethodCardResponse(card, [...path, "card"], issues);
  }
  const created = own(value, "created");
  if (created === undefined) {
    issues.push(missingIssue(path, "created"));
  } else if (!isInteger(created)) {
    issues.push(typeIssue([...path, "created"], "integer", created));
  }
  const customer = own(value, "customer");
  if (customer != null) {
    anyOfPaymentMethodCustomerResponse(customer, [...path, "customer"], issues);
  }
  const id = own(value, "id");
  if (id === undefined) {
    issues.push(missingIssue(path, "id"));
  } else if (typeof id !== "string") {
    issues.push(typeIssue([...path, "id"], "string", id));
  } else if (chars(id) > 5000) {
    issues.push(boundIssue([...path, "id"], "max_length", 5000, id));
  }
  const livemode = own(value, "livemode");
  if (livemode === undefined) {
    issues.push(missingIssue(path, "livemode"));
  } else if (typeof livemode !== "boolean") {
    issues.push(typeIssue([...path, "livemode"], "boolean", livemode));
  }
  const metadata = own(value, "metadata");
  if (metadata != null) {
    if (!isRecord(metadata)) {
      issues.push(typeIssue([...path, "metadata"], "object", metadata));
    } else {
      for (const [key1, entry2] of Object.entries(metadata)) {
        if (typeof entry2 !== "string") {
          issues.push(typeIssue([...path, "metadata", key1], "string", entry2));
        } else if (chars(entry2) > 500) {
          issues.push(boundIssue([...path, "metadata", key1], "max_length", 500, entry2));
        }
      }
    }
  }
  const object_ = own(value, "object");
  if (object_ === undefined) {
    issues.push(missingIssue(path, "object"));
  } else if (typeof object_ !== "string") {
    issues.push(typeIssue([...path, "object"], "string", object_));
  }
  const type_ = own(value, "type");
  if (type_ === undefined) {
    issues.push(missingIssue(path, "type"));
  } else if (typeof type_ !== "string") {
    issues.push(typeIssue([...path, "type"], "string", type_));
  }
}

/** Any of: a string or an object. */
function anyOfInvoiceSettingCustomerSettingDefaultPaymentMethodResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  const branches: ValidationIssue[][] = [];
  if (typeof value === "string") {
    const branch: ValidationIssue[] = [];
    if (typeof value !== "string") {
      branch.push(typeIssue(path, "string", value));
    } else if (chars(value) > 5000) {
      branch.push(boundIssue(path, "max_length", 5000, value));
    }
    if (branch.length === 0) return;
    branches.push(branch);
  }
  if (isRecord(value)) {
    const branch: ValidationIssue[] = [];
    checkPaymentMethodResponse(value, path, branch);
    if (branch.length === 0) return;
    branches.push(branch);
  }
  issues.push(...bestBranch(path, value, branches, CUSTOMER_SESSION_CUSTOMER_EXPECTED));
}

/** Checks an object of schema `invoice_setting_rendering_options` in a response. */
function checkInvoiceSettingRenderingOptionsResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const amountTaxDisplay = own(value, "amount_tax_display");
  if (amountTaxDisplay != null) {
    if (typeof amountTaxDisplay !== "string") {
      issues.push(typeIssue([...path, "amount_tax_display"], "string", amountTaxDisplay));
    } else if (chars(amountTaxDisplay) > 5000) {
      issues.push(boundIssue([...path, "amount_tax_display"], "max_length", 5000, amountTaxDisplay));
    }
  }
}

/** Checks an object of schema `invoice_setting_customer_setting` in a response. */
function checkInvoiceSettingCustomerSettingResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const customFields = own(value, "custom_fields");
  if (customFields != null) {
    if (!Array.isArray(customFields)) {
      issues.push(typeIssue([...path, "custom_fields"], "array", customFields));
    } else {
      for (let index1 = 0; index1 < customFields.length; index1++) {
        const element2: unknown = customFields[index1];
        checkInvoiceSettingCustomFieldResponse(element2, [...path, "custom_fields", index1], issues);
      }
    }
  }
  const defaultPaymentMethod = own(value, "default_payment_method");
  if (defaultPaymentMethod != null) {
    anyOfInvoiceSettingCustomerSettingDefaultPaymentMethodResponse(defaultPaymentMethod, [...path, "default_payment_method"], issues);
  }
  const footer = own(value, "footer");
  if (footer != null) {
    if (typeof footer !== "string") {
      issues.push(typeIssue([...path, "footer"], "string", footer));
    } else if (chars(footer) > 5000) {
      issues.push(boundIssue([...path, "footer"], "max_length", 5000, footer));
    }
  }
  const renderingOptions = own(value, "rendering_options");
  if (renderingOptions != null) {
    checkInvoiceSettingRenderingOptionsResponse(renderingOptions, [...path, "rendering_options"], issues);
  }
}

/** Checks an object of schema `shipping` in a response. */
function checkShippingResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const address = own(value, "address");
  if (address !== undefined) {
    checkAddressResponse(address, [...path, "address"], issues);
  }
  const carrier = own(value, "carrier");
  if (carrier != null) {
    if (typeof carrier !== "string") {
      issues.push(typeIssue([...path, "carrier"], "string", carrier));
    } else if (chars(carrier) > 5000) {
      issues.push(boundIssue([...path, "carrier"], "max_length", 5000, carrier));
    }
  }
  const name = own(value, "name");
  if (name !== undefined) {
    if (typeof name !== "string") {
      issues.push(typeIssue([...path, "name"], "string", name));
    } else if (chars(name) > 5000) {
      issues.push(boundIssue([...path, "name"], "max_length", 5000, name));
    }
  }
  const phone = own(value, "phone");
  if (phone != null) {
    if (typeof phone !== "string") {
      issues.push(typeIssue([...path, "phone"], "string", phone));
    } else if (chars(phone) > 5000) {
      issues.push(boundIssue([...path, "phone"], "max_length", 5000, phone));
    }
  }
  const trackingNumber = own(value, "tracking_number");
  if (trackingNumber != null) {
    if (typeof trackingNumber !== "string") {
      issues.push(typeIssue([...path, "tracking_number"], "string", trackingNumber));
    } else if (chars(trackingNumber) > 5000) {
      issues.push(boundIssue([...path, "tracking_number"], "max_length", 5000, trackingNumber));
    }
  }
}

/** Checks an object of schema `customer` in a response. */
function checkCustomerResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const address = own(value, "address");
  if (address != null) {
    checkAddressResponse(address, [...path, "address"], issues);
  }
  const balance = own(value, "balance");
  if (balance !== undefined && !isInteger(balance)) {
    issues.push(typeIssue([...path, "balance"], "integer", balance));
  }
  const created = own(value, "created");
  if (created === undefined) {
    issues.push(missingIssue(path, "created"));
  } else if (!isInteger(created)) {
    issues.push(typeIssue([...path, "created"], "integer", created));
  }
  const currency = own(value, "currency");
  if (currency != null) {
    if (typeof currency !== "string") {
      issues.push(typeIssue([...path, "currency"], "string", currency));
    } else if (chars(currency) > 5000) {
      issues.push(boundIssue([...path, "currency"], "max_length", 5000, currency));
    }
  }
  const defaultSource = own(value, "default_source");
  if (defaultSource != null) {
    if (typeof defaultSource !== "string") {
      issues.push(typeIssue([...path, "default_source"], "string", defaultSource));
    } else if (chars(defaultSource) > 5000) {
      issues.push(boundIssue([...path, "default_source"], "max_length", 5000, defaultSource));
    }
  }
  const delinquent = own(value, "delinquent");
  if (delinquent != null && typeof delinquent !== "boolean") {
    issues.push(typeIssue([...path, "delinquent"], "boolean", delinquent));
  }
  const description = own(value, "description");
  if (description != null) {
    if (typeof description !== "string") {
      issues.push(typeIssue([...path, "description"], "string", description));
    } else if (chars(description) > 5000) {
      issues.push(boundIssue([...path, "description"], "max_length", 5000, description));
    }
  }
  const email = own(value, "email");
  if (email != null) {
    if (typeof email !== "string") {
      issues.push(typeIssue([...path, "email"], "string", email));
    } else if (chars(email) > 5000) {
      issues.push(boundIssue([...path, "email"], "max_length", 5000, email));
    }
  }
  const id = own(value, "id");
  if (id === undefined) {
    issues.push(missingIssue(path, "id"));
  } else if (typeof id !== "string") {
    issues.push(typeIssue([...path, "id"], "string", id));
  } else if (chars(id) > 5000) {
    issues.push(boundIssue([...path, "id"], "max_length", 5000, id));
  }
  const invoicePrefix = own(value, "invoice_prefix");
  if (invoicePrefix != null) {
    if (typeof invoicePrefix !== "string") {
      issues.push(typeIssue([...path, "invoice_prefix"], "string", invoicePrefix));
    } else if (chars(invoicePrefix) > 5000) {
      issues.push(boundIssue([...path, "invoice_prefix"], "max_length", 5000, invoicePrefix));
    }
  }
  const invoiceSettings = own(value, "invoice_settings");
  if (invoiceSettings !== undefined) {
    checkInvoiceSettingCustomerSettingResponse(invoiceSettings, [...path, "invoice_settings"], issues);
  }
  const livemode = own(value, "livemode");
  if (livemode === undefined) {
    issues.push(missingIssue(path, "livemode"));
  } else if (typeof livemode !== "boolean") {
    issues.push(typeIssue([...path, "livemode"], "boolean", livemode));
  }
  const metadata = own(value, "metadata");
  if (metadata !== undefined) {
    if (!isRecord(metadata)) {
      issues.push(typeIssue([...path, "metadata"], "object", metadata));
    } else {
      for (const [key1, entry2] of Object.entries(metadata)) {
        if (typeof entry2 !== "string") {
          issues.push(typeIssue([...path, "metadata", key1], "string", entry2));
        } else if (chars(entry2) > 500) {
          issues.push(boundIssue([...path, "metadata", key1], "max_length", 500, entry2));
        }
      }
    }
  }
  const name = own(value, "name");
  if (name != null) {
    if (typeof name !== "string") {
      issues.push(typeIssue([...path, "name"], "string", name));
    } else if (chars(name) > 5000) {
      issues.push(boundIssue([...path, "name"], "max_length", 5000, name));
    }
  }
  const nextInvoiceSequence = own(value, "next_invoice_sequence");
  if (nextInvoiceSequence !== undefined && !isInteger(nextInvoiceSequence)) {
    issues.push(typeIssue([...path, "next_invoice_sequence"], "integer", nextInvoiceSequence));
  }
  const object_ = own(value, "object");
  if (object_ === undefined) {
    issues.push(missingIssue(path, "object"));
  } else if (typeof object_ !== "string") {
    issues.push(typeIssue([...path, "object"], "string", object_));
  }
  const phone = own(value, "phone");
  if (phone != null) {
    if (typeof phone !== "string") {
      issues.push(typeIssue([...path, "phone"], "string", phone));
    } else if (chars(phone) > 5000) {
      issues.push(boundIssue([...path, "phone"], "max_length", 5000, phone));
    }
  }
  const preferredLocales = own(value, "preferred_locales");
  if (preferredLocales != null) {
    if (!Array.isArray(preferredLocales)) {
      issues.push(typeIssue([...path, "preferred_locales"], "array", preferredLocales));
    } else {
      for (let index3 = 0; index3 < preferredLocales.length; index3++) {
        const element4: unknown = preferredLocales[index3];
        if (typeof element4 !== "string") {
          issues.push(typeIssue([...path, "preferred_locales", index3], "string", element4));
        } else if (chars(element4) > 5000) {
          issues.push(boundIssue([...path, "preferred_locales", index3], "max_length", 5000, element4));
        }
      }
    }
  }
  const shipping = own(value, "shipping");
  if (shipping != null) {
    checkShippingResponse(shipping, [...path, "shipping"], issues);
  }
  const taxExempt = own(value, "tax_exempt");
  if (taxExempt != null && typeof taxExempt !== "string") {
    issues.push(typeIssue([...path, "tax_exempt"], "string", taxExempt));
  }
  const testClock = own(value, "test_clock");
  if (testClock != null) {
    if (typeof testClock !== "string") {
      issues.push(typeIssue([...path, "test_clock"], "string", testClock));
    } else if (chars(testClock) > 5000) {
      issues.push(boundIssue([...path, "test_clock"], "max_length", 5000, testClock));
    }
  }
}

/** Any of: a string or an object. */
function anyOfCustomerSessionCustomerResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  const branches: ValidationIssue[][] = [];
  if (typeof value === "string") {
    const branch: ValidationIssue[] = [];
    if (typeof value !== "string") {
      branch.push(typeIssue(path, "string", value));
    } else if (chars(value) > 5000) {
      branch.push(boundIssue(path, "max_length", 5000, value));
    }
    if (branch.length === 0) return;
    branches.push(branch);
  }
  if (isRecord(value)) {
    const branch: ValidationIssue[] = [];
    checkCustomerResponse(value, path, branch);
    if (branch.length === 0) return;
    branches.push(branch);
  }
  issues.push(...bestBranch(path, value, branches, CUSTOMER_SESSION_CUSTOMER_EXPECTED));
}

/** Checks an object of schema `customer_session` in a response. */
function checkCustomerSessionResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const clientSecret = own(value, "client_secret");
  if (clientSecret === undefined) {
    issues.push(missingIssue(path, "client_secret"));
  } else if (typeof clientSecret !== "string") {
    issues.push(typeIssue([...path, "client_secret"], "string", clientSecret));
  } else if (chars(clientSecret) > 5000) {
    issues.push(boundIssue([...path, "client_secret"], "max_length", 5000, clientSecret));
  }
  const components = own(value, "components");
  if (components !== undefined) {
    checkCustomerSessionResourceComponentsResponse(components, [...path, "components"], issues);
  }
  const created = own(value, "created");
  if (created === undefined) {
    issues.push(missingIssue(path, "created"));
  } else if (!isInteger(created)) {
    issues.push(typeIssue([...path, "created"], "integer", created));
  }
  const customer = own(value, "customer");
  if (customer === undefined) {
    issues.push(missingIssue(path, "customer"));
  } else {
    anyOfCustomerSessionCustomerResponse(customer, [...path, "customer"], issues);
  }
  const customerAccount = own(value, "customer_account");
  if (customerAccount != null) {
    if (typeof customerAccount !== "string") {
      issues.push(typeIssue([...path, "customer_account"], "string", customerAccount));
    } else if (chars(customerAccount) > 5000) {
      issues.push(boundIssue([...path, "customer_account"], "max_length", 5000, customerAccount));
    }
  }
  const expiresAt = own(value, "expires_at");
  if (expiresAt === undefined) {
    issues.push(missingIssue(path, "expires_at"));
  } else if (!isInteger(expiresAt)) {
    issues.push(typeIssue([...path, "expires_at"], "integer", expiresAt));
  }
  const livemode = own(value, "livemode");
  if (livemode === undefined) {
    issues.push(missingIssue(path, "livemode"));
  } else if (typeof livemode !== "boolean") {
    issues.push(typeIssue([...path, "livemode"], "boolean", livemode));
  }
  const object_ = own(value, "object");
  if (object_ === undefined) {
    issues.push(missingIssue(path, "object"));
  } else if (typeof object_ !== "string") {
    issues.push(typeIssue([...path, "object"], "string", object_));
  }
}

/** Checks an object of schema `customers.list.response` in a response. */
function checkCustomersListResponseResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const data = own(value, "data");
  if (data === undefined) {
    issues.push(missingIssue(path, "data"));
  } else if (!Array.isArray(data)) {
    issues.push(typeIssue([...path, "data"], "array", data));
  } else {
    for (let index1 = 0; index1 < data.length; index1++) {
      const element2: unknown = data[index1];
      checkCustomerResponse(element2, [...path, "data", index1], issues);
    }
  }
  const hasMore = own(value, "has_more");
  if (hasMore === undefined) {
    issues.push(missingIssue(path, "has_more"));
  } else if (typeof hasMore !== "boolean") {
    issues.push(typeIssue([...path, "has_more"], "boolean", hasMore));
  }
  const object_ = own(value, "object");
  if (object_ === undefined) {
    issues.push(missingIssue(path, "object"));
  } else if (typeof object_ !== "string") {
    issues.push(typeIssue([...path, "object"], "string", object_));
  }
  const url = own(value, "url");
  if (url === undefined) {
    issues.push(missingIssue(path, "url"));
  } else if (typeof url !== "string") {
    issues.push(typeIssue([...path, "url"], "string", url));
  } else {
    if (chars(url) > 5000) {
      issues.push(boundIssue([...path, "url"], "max_length", 5000, url));
    }
    if (PATTERN !== undefined && !PATTERN.test(url)) {
      issues.push(patternIssue([...path, "url"], "^/v1/customers", url));
    }
  }
}

/** Checks an object of schema `customers.search.response` in a response. */
function checkCustomersSearchResponseResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const data = own(value, "data");
  if (data === undefined) {
    issues.push(missingIssue(path, "data"));
  } else if (!Array.isArray(data)) {
    issues.push(typeIssue([...path, "data"], "array", data));
  } else {
    for (let index1 = 0; index1 < data.length; index1++) {
      const element2: unknown = data[index1];
      checkCustomerResponse(element2, [...path, "data", index1], issues);
    }
  }
  const hasMore = own(value, "has_more");
  if (hasMore === undefined) {
    issues.push(missingIssue(path, "has_more"));
  } else if (typeof hasMore !== "boolean") {
    issues.push(typeIssue([...path, "has_more"], "boolean", hasMore));
  }
  const nextPage = own(value, "next_page");
  if (nextPage != null) {
    if (typeof nextPage !== "string") {
      issues.push(typeIssue([...path, "next_page"], "string", nextPage));
    } else if (chars(nextPage) > 5000) {
      issues.push(boundIssue([...path, "next_page"], "max_length", 5000, nextPage));
    }
  }
  const object_ = own(value, "object");
  if (object_ === undefined) {
    issues.push(missingIssue(path, "object"));
  } else if (typeof object_ !== "string") {
    issues.push(typeIssue([...path, "object"], "string", object_));
  }
  const totalCount = own(value, "total_count");
  if (totalCount !== undefined && !isInteger(totalCount)) {
    issues.push(typeIssue([...path, "total_count"], "integer", totalCount));
  }
  const url = own(value, "url");
  if (url === undefined) {
    issues.push(missingIssue(path, "url"));
  } else if (typeof url !== "string") {
    issues.push(typeIssue([...path, "url"], "string", url));
  } else if (chars(url) > 5000) {
    issues.push(boundIssue([...path, "url"], "max_length", 5000, url));
  }
}

/** Checks an object of schema `deleted_customer` in a response. */
function checkDeletedCustomerResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const deleted = own(value, "deleted");
  if (deleted === undefined) {
    issues.push(missingIssue(path, "deleted"));
  } else if (typeof deleted !== "boolean") {
    issues.push(typeIssue([...path, "deleted"], "boolean", deleted));
  }
  const id = own(value, "id");
  if (id === undefined) {
    issues.push(missingIssue(path, "id"));
  } else if (typeof id !== "string") {
    issues.push(typeIssue([...path, "id"], "string", id));
  } else if (chars(id) > 5000) {
    issues.push(boundIssue([...path, "id"], "max_length", 5000, id));
  }
  const object_ = own(value, "object");
  if (object_ === undefined) {
    issues.push(missingIssue(path, "object"));
  } else if (typeof object_ !== "string") {
    issues.push(typeIssue([...path, "object"], "string", object_));
  }
}

/** Any of: an object. */
function anyOfCustomersRetrieveResponseResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  const branches: ValidationIssue[][] = [];
  if (isRecord(value)) {
    const branch: ValidationIssue[] = [];
    checkCustomerResponse(value, path, branch);
    if (branch.length === 0) return;
    branches.push(branch);
  }
  if (isRecord(value)) {
    const branch: ValidationIssue[] = [];
    checkDeletedCustomerResponse(value, path, branch);
    if (branch.length === 0) return;
    branches.push(branch);
  }
  issues.push(...bestBranch(path, value, branches, CUSTOMERS_RETRIEVE_RESPONSE_EXPECTED));
}

/** Checks an object of schema `customers.payment_methods.list.response` in a response. */
function checkCustomersPaymentMethodsListResponseResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const data = own(value, "data");
  if (data === undefined) {
    issues.push(missingIssue(path, "data"));
  } else if (!Array.isArray(data)) {
    issues.push(typeIssue([...path, "data"], "array", data));
  } else {
    for (let index1 = 0; index1 < data.length; index1++) {
      const element2: unknown = data[index1];
      checkPaymentMethodResponse(element2, [...path, "data", index1], issues);
    }
  }
  const hasMore = own(value, "has_more");
  if (hasMore === undefined) {
    issues.push(missingIssue(path, "has_more"));
  } else if (typeof hasMore !== "boolean") {
    issues.push(typeIssue([...path, "has_more"], "boolean", hasMore));
  }
  const object_ = own(value, "object");
  if (object_ === undefined) {
    issues.push(missingIssue(path, "object"));
  } else if (typeof object_ !== "string") {
    issues.push(typeIssue([...path, "object"], "string", object_));
  }
  const url = own(value, "url");
  if (url === undefined) {
    issues.push(missingIssue(path, "url"));
  } else if (typeof url !== "string") {
    issues.push(typeIssue([...path, "url"], "string", url));
  } else if (chars(url) > 5000) {
    issues.push(boundIssue([...path, "url"], "max_length", 5000, url));
  }
}

/** Checks an object of schema `payment_flows_automatic_payment_methods_payment_intent` in a response. */
function checkPaymentFlowsAutomaticPaymentMethodsPaymentIntentResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const allowRedirects = own(value, "allow_redirects");
  if (allowRedirects !== undefined && typeof allowRedirects !== "string") {
    issues.push(typeIssue([...path, "allow_redirects"], "string", allowRedirects));
  }
  const enabled = own(value, "enabled");
  if (enabled === undefined) {
    issues.push(missingIssue(path, "enabled"));
  } else if (typeof enabled !== "boolean") {
    issues.push(typeIssue([...path, "enabled"], "boolean", enabled));
  }
}

/** Any of: a string or an object. */
function anyOfPaymentIntentCustomerResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  const branches: ValidationIssue[][] = [];
  if (typeof value === "string") {
    const branch: ValidationIssue[] = [];
    if (typeof value !== "string") {
      branch.push(typeIssue(path, "string", value));
    } else if (chars(value) > 5000) {
      branch.push(boundIssue(path, "max_length", 5000, value));
    }
    if (branch.length === 0) return;
    branches.push(branch);
  }
  if (isRecord(value)) {
    const branch: ValidationIssue[] = [];
    checkCustomerResponse(value, path, branch);
    if (branch.length === 0) return;
    branches.push(branch);
  }
  if (isRecord(value)) {
    const branch: ValidationIssue[] = [];
    checkDeletedCustomerResponse(value, path, branch);
    if (branch.length === 0) return;
    branches.push(branch);
  }
  issues.push(...bestBranch(path, value, branches, CUSTOMER_SESSION_CUSTOMER_EXPECTED));
}

/** Checks an object of schema `payment_flows_automatic_payment_methods_setup_intent` in a response. */
function checkPaymentFlowsAutomaticPaymentMethodsSetupIntentResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const allowRedirects = own(value, "allow_redirects");
  if (allowRedirects !== undefined && typeof allowRedirects !== "string") {
    issues.push(typeIssue([...path, "allow_redirects"], "string", allowRedirects));
  }
  const enabled = own(value, "enabled");
  if (enabled != null && typeof enabled !== "boolean") {
    issues.push(typeIssue([...path, "enabled"], "boolean", enabled));
  }
}

/** Checks an object of schema `setup_intent_next_action_redirect_to_url` in a response. */
function checkSetupIntentNextActionRedirectToUrlResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const returnUrl = own(value, "return_url");
  if (returnUrl != null) {
    if (typeof returnUrl !== "string") {
      issues.push(typeIssue([...path, "return_url"], "string", returnUrl));
    } else if (chars(returnUrl) > 5000) {
      issues.push(boundIssue([...path, "return_url"], "max_length", 5000, returnUrl));
    }
  }
  const url = own(value, "url");
  if (url != null) {
    if (typeof url !== "string") {
      issues.push(typeIssue([...path, "url"], "string", url));
    } else if (chars(url) > 5000) {
      issues.push(boundIssue([...path, "url"], "max_length", 5000, url));
    }
  }
}

/** Checks an object of schema `setup_intent_next_action` in a response. */
function checkSetupIntentNextActionResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const redirectToUrl = own(value, "redirect_to_url");
  if (redirectToUrl !== undefined) {
    checkSetupIntentNextActionRedirectToUrlResponse(redirectToUrl, [...path, "redirect_to_url"], issues);
  }
  const type_ = own(value, "type");
  if (type_ === undefined) {
    issues.push(missingIssue(path, "type"));
  } else if (typeof type_ !== "string") {
    issues.push(typeIssue([...path, "type"], "string", type_));
  } else if (chars(type_) > 5000) {
    issues.push(boundIssue([...path, "type"], "max_length", 5000, type_));
  }
  const useStripeSdk = own(value, "use_stripe_sdk");
  if (useStripeSdk !== undefined && !isRecord(useStripeSdk)) {
    issues.push(typeIssue([...path, "use_stripe_sdk"], "object", useStripeSdk));
  }
}

/** Checks an object of schema `setup_intent` in a response. */
function checkSetupIntentResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const attachToSelf = own(value, "attach_to_self");
  if (attachToSelf !== undefined && typeof attachToSelf !== "boolean") {
    issues.push(typeIssue([...path, "attach_to_self"], "boolean", attachToSelf));
  }
  const automaticPaymentMethods = own(value, "automatic_payment_methods");
  if (automaticPaymentMethods != null) {
    checkPaymentFlowsAutomaticPaymentMethodsSetupIntentResponse(automaticPaymentMethods, [...path, "automatic_payment_methods"], issues);
  }
  const cancellationReason = own(value, "cancellation_reason");
  if (cancellationReason != null && typeof cancellationReason !== "string") {
    issues.push(typeIssue([...path, "cancellation_reason"], "string", cancellationReason));
  }
  const clientSecret = own(value, "client_secret");
  if (clientSecret != null) {
    if (typeof clientSecret !== "string") {
      issues.push(typeIssue([...path, "client_secret"], "string", clientSecret));
    } else if (chars(clientSecret) > 5000) {
      issues.push(boundIssue([...path, "client_secret"], "max_length", 5000, clientSecret));
    }
  }
  const created = own(value, "created");
  if (created === undefined) {
    issues.push(missingIssue(path, "created"));
  } else if (!isInteger(created)) {
    issues.push(typeIssue([...path, "created"], "integer", created));
  }
  const customer = own(value, "customer");
  if (customer != null) {
    anyOfPaymentIntentCustomerResponse(customer, [...path, "customer"], issues);
  }
  const description = own(value, "description");
  if (description != null) {
    if (typeof description !== "string") {
      issues.push(typeIssue([...path, "description"], "string", description));
    } else if (chars(description) > 5000) {
      issues.push(boundIssue([...path, "description"], "max_length", 5000, description));
    }
  }
  const flowDirections = own(value, "flow_directions");
  if (flowDirections != null) {
    if (!Array.isArray(flowDirections)) {
      issues.push(typeIssue([...path, "flow_directions"], "array", flowDirections));
    } else {
      for (let index1 = 0; index1 < flowDirections.length; index1++) {
        const element2: unknown = flowDirections[index1];
        if (typeof element2 !== "string") {
          issues.push(typeIssue([...path, "flow_directions", index1], "string", element2));
        }
      }
    }
  }
  const id = own(value, "id");
  if (id === undefined) {
    issues.push(missingIssue(path, "id"));
  } else if (typeof id !== "string") {
    issues.push(typeIssue([...path, "id"], "string", id));
  } else if (chars(id) > 5000) {
    issues.push(boundIssue([...path, "id"], "max_length", 5000, id));
  }
  const lastSetupError = own(value, "last_setup_error");
  if (lastSetupError != null) {
    checkApiErrorsResponse(lastSetupError, [...path, "last_setup_error"], issues);
  }
  const latestAttempt = own(value, "latest_attempt");
  if (latestAttempt != null) {
    if (typeof latestAttempt !== "string") {
      issues.push(typeIssue([...path, "latest_attempt"], "string", latestAttempt));
    } else if (chars(latestAttempt) > 5000) {
      issues.push(boundIssue([...path, "latest_attempt"], "max_length", 5000, latestAttempt));
    }
  }
  const livemode = own(value, "livemode");
  if (livemode === undefined) {
    issues.push(missingIssue(path, "livemode"));
  } else if (typeof livemode !== "boolean") {
    issues.push(typeIssue([...path, "livemode"], "boolean", livemode));
  }
  const mandate = own(value, "mandate");
  if (mandate != null) {
    if (typeof mandate !== "string") {
      issues.push(typeIssue([...path, "mandate"], "string", mandate));
    } else if (chars(mandate) > 5000) {
      issues.push(boundIssue([...path, "mandate"], "max_length", 5000, mandate));
    }
  }
  const metadata = own(value, "metadata");
  if (metadata != null) {
    if (!isRecord(metadata)) {
      issues.push(typeIssue([...path, "metadata"], "object", metadata));
    } else {
      for (const [key3, entry4] of Object.entries(metadata)) {
        if (typeof entry4 !== "string") {
          issues.push(typeIssue([...path, "metadata", key3], "string", entry4));
        } else if (chars(entry4) > 500) {
          issues.push(boundIssue([...path, "metadata", key3], "max_length", 500, entry4));
        }
      }
    }
  }
  const nextAction = own(value, "next_action");
  if (nextAction != null) {
    checkSetupIntentNextActionResponse(nextAction, [...path, "next_action"], issues);
  }
  const object_ = own(value, "object");
  if (object_ === undefined) {
    issues.push(missingIssue(path, "object"));
  } else if (typeof object_ !== "string") {
    issues.push(typeIssue([...path, "object"], "string", object_));
  }
  const paymentMethod = own(value, "payment_method");
  if (paymentMethod != null) {
    anyOfInvoiceSettingCustomerSettingDefaultPaymentMethodResponse(paymentMethod, [...path, "payment_method"], issues);
  }
  const paymentMethodTypes = own(value, "payment_method_types");
  if (paymentMethodTypes === undefined) {
    issues.push(missingIssue(path, "payment_method_types"));
  } else if (!Array.isArray(paymentMethodTypes)) {
    issues.push(typeIssue([...path, "payment_method_types"], "array", paymentMethodTypes));
  } else {
    for (let index5 = 0; index5 < paymentMethodTypes.length; index5++) {
      const element6: unknown = paymentMethodTypes[index5];
      if (typeof element6 !== "string") {
        issues.push(typeIssue([...path, "payment_method_types", index5], "string", element6));
      } else if (chars(element6) > 5000) {
        issues.push(boundIssue([...path, "payment_method_types", index5], "max_length", 5000, element6));
      }
    }
  }
  const status = own(value, "status");
  if (status === undefined) {
    issues.push(missingIssue(path, "status"));
  } else if (typeof status !== "string") {
    issues.push(typeIssue([...path, "status"], "string", status));
  }
  const usage = own(value, "usage");
  if (usage === undefined) {
    issues.push(missingIssue(path, "usage"));
  } else if (typeof usage !== "string") {
    issues.push(typeIssue([...path, "usage"], "string", usage));
  } else if (chars(usage) > 5000) {
    issues.push(boundIssue([...path, "usage"], "max_length", 5000, usage));
  }
}

/** Checks an object of schema `api_errors` in a response. */
function checkApiErrorsResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const charge = own(value, "charge");
  if (charge !== undefined) {
    if (typeof charge !== "string") {
      issues.push(typeIssue([...path, "charge"], "string", charge));
    } else if (chars(charge) > 5000) {
      issues.push(boundIssue([...path, "charge"], "max_length", 5000, charge));
    }
  }
  const code = own(value, "code");
  if (code !== undefined) {
    if (typeof code !== "string") {
      issues.push(typeIssue([...path, "code"], "string", code));
    } else if (chars(code) > 5000) {
      issues.push(boundIssue([...path, "code"], "max_length", 5000, code));
    }
  }
  const declineCode = own(value, "decline_code");
  if (declineCode !== undefined) {
    if (typeof declineCode !== "string") {
      issues.push(typeIssue([...path, "decline_code"], "string", declineCode));
    } else if (chars(declineCode) > 5000) {
      issues.push(boundIssue([...path, "decline_code"], "max_length", 5000, declineCode));
    }
  }
  const docUrl = own(value, "doc_url");
  if (docUrl !== undefined) {
    if (typeof docUrl !== "string") {
      issues.push(typeIssue([...path, "doc_url"], "string", docUrl));
    } else if (chars(docUrl) > 5000) {
      issues.push(boundIssue([...path, "doc_url"], "max_length", 5000, docUrl));
    }
  }
  const message = own(value, "message");
  if (message !== undefined) {
    if (typeof message !== "string") {
      issues.push(typeIssue([...path, "message"], "string", message));
    } else if (chars(message) > 40000) {
      issues.push(boundIssue([...path, "message"], "max_length", 40000, message));
    }
  }
  const param = own(value, "param");
  if (param !== undefined) {
    if (typeof param !== "string") {
      issues.push(typeIssue([...path, "param"], "string", param));
    } else if (chars(param) > 5000) {
      issues.push(boundIssue([...path, "param"], "max_length", 5000, param));
    }
  }
  const paymentIntent = own(value, "payment_intent");
  if (paymentIntent !== undefined) {
    checkPaymentIntentResponse(paymentIntent, [...path, "payment_intent"], issues);
  }
  const paymentMethod = own(value, "payment_method");
  if (paymentMethod !== undefined) {
    checkPaymentMethodResponse(paymentMethod, [...path, "payment_method"], issues);
  }
  const paymentMethodType = own(value, "payment_method_type");
  if (paymentMethodType !== undefined) {
    if (typeof paymentMethodType !== "string") {
      issues.push(typeIssue([...path, "payment_method_type"], "string", paymentMethodType));
    } else if (chars(paymentMethodType) > 5000) {
      issues.push(boundIssue([...path, "payment_method_type"], "max_length", 5000, paymentMethodType));
    }
  }
  const requestLogUrl = own(value, "request_log_url");
  if (requestLogUrl !== undefined) {
    if (typeof requestLogUrl !== "string") {
      issues.push(typeIssue([...path, "request_log_url"], "string", requestLogUrl));
    } else if (chars(requestLogUrl) > 5000) {
      issues.push(boundIssue([...path, "request_log_url"], "max_length", 5000, requestLogUrl));
    }
  }
  const setupIntent = own(value, "setup_intent");
  if (setupIntent !== undefined) {
    checkSetupIntentResponse(setupIntent, [...path, "setup_intent"], issues);
  }
  const type_ = own(value, "type");
  if (type_ === undefined) {
    issues.push(missingIssue(path, "type"));
  } else if (typeof type_ !== "string") {
    issues.push(typeIssue([...path, "type"], "string", type_));
  }
}

/** Checks an object of schema `payment_intent_next_action_redirect_to_url` in a response. */
function checkPaymentIntentNextActionRedirectToUrlResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const returnUrl = own(value, "return_url");
  if (returnUrl != null) {
    if (typeof returnUrl !== "string") {
      issues.push(typeIssue([...path, "return_url"], "string", returnUrl));
    } else if (chars(returnUrl) > 5000) {
      issues.push(boundIssue([...path, "return_url"], "max_length", 5000, returnUrl));
    }
  }
  const url = own(value, "url");
  if (url != null) {
    if (typeof url !== "string") {
      issues.push(typeIssue([...path, "url"], "string", url));
    } else if (chars(url) > 5000) {
      issues.push(boundIssue([...path, "url"], "max_length", 5000, url));
    }
  }
}

/** Checks an object of schema `payment_intent_next_action` in a response. */
function checkPaymentIntentNextActionResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const redirectToUrl = own(value, "redirect_to_url");
  if (redirectToUrl !== undefined) {
    checkPaymentIntentNextActionRedirectToUrlResponse(redirectToUrl, [...path, "redirect_to_url"], issues);
  }
  const type_ = own(value, "type");
  if (type_ === undefined) {
    issues.push(missingIssue(path, "type"));
  } else if (typeof type_ !== "string") {
    issues.push(typeIssue([...path, "type"], "string", type_));
  } else if (chars(type_) > 5000) {
    issues.push(boundIssue([...path, "type"], "max_length", 5000, type_));
  }
  const useStripeSdk = own(value, "use_stripe_sdk");
  if (useStripeSdk !== undefined && !isRecord(useStripeSdk)) {
    issues.push(typeIssue([...path, "use_stripe_sdk"], "object", useStripeSdk));
  }
}

/** Checks an object of schema `payment_intent` in a response. */
function checkPaymentIntentResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const amount = own(value, "amount");
  if (amount === undefined) {
    issues.push(missingIssue(path, "amount"));
  } else if (!isInteger(amount)) {
    issues.push(typeIssue([...path, "amount"], "integer", amount));
  }
  const amountCapturable = own(value, "amount_capturable");
  if (amountCapturable !== undefined && !isInteger(amountCapturable)) {
    issues.push(typeIssue([...path, "amount_capturable"], "integer", amountCapturable));
  }
  const amountReceived = own(value, "amount_received");
  if (amountReceived !== undefined && !isInteger(amountReceived)) {
    issues.push(typeIssue([...path, "amount_received"], "integer", amountReceived));
  }
  const automaticPaymentMethods = own(value, "automatic_payment_methods");
  if (automaticPaymentMethods != null) {
    checkPaymentFlowsAutomaticPaymentMethodsPaymentIntentResponse(automaticPaymentMethods, [...path, "automatic_payment_methods"], issues);
  }
  const canceledAt = own(value, "canceled_at");
  if (canceledAt != null && !isInteger(canceledAt)) {
    issues.push(typeIssue([...path, "canceled_at"], "integer", canceledAt));
  }
  const cancellationReason = own(value, "cancellation_reason");
  if (cancellationReason != null && typeof cancellationReason !== "string") {
    issues.push(typeIssue([...path, "cancellation_reason"], "string", cancellationReason));
  }
  const captureMethod = own(value, "capture_method");
  if (captureMethod === undefined) {
    issues.push(missingIssue(path, "capture_method"));
  } else if (typeof captureMethod !== "string") {
    issues.push(typeIssue([...path, "capture_method"], "string", captureMethod));
  }
  const clientSecret = own(value, "client_secret");
  if (clientSecret != null) {
    if (typeof clientSecret !== "string") {
      issues.push(typeIssue([...path, "client_secret"], "string", clientSecret));
    } else if (chars(clientSecret) > 5000) {
      issues.push(boundIssue([...path, "client_secret"], "max_length", 5000, clientSecret));
    }
  }
  const confirmationMethod = own(value, "confirmation_method");
  if (confirmationMethod === undefined) {
    issues.push(missingIssue(path, "confirmation_method"));
  } else if (typeof confirmationMethod !== "string") {
    issues.push(typeIssue([...path, "confirmation_method"], "string", confirmationMethod));
  }
  const created = own(value, "created");
  if (created === undefined) {
    issues.push(missingIssue(path, "created"));
  } else if (!isInteger(created)) {
    issues.push(typeIssue([...path, "created"], "integer", created));
  }
  const currency = own(value, "currency");
  if (currency === undefined) {
    issues.push(missingIssue(path, "currency"));
  } else if (typeof currency !== "string") {
    issues.push(typeIssue([...path, "currency"], "string", currency));
  }
  const customer = own(value, "customer");
  if (customer != null) {
    anyOfPaymentIntentCustomerResponse(customer, [...path, "customer"], issues);
  }
  const description = own(value, "description");
  if (description != null) {
    if (typeof description !== "string") {
      issues.push(typeIssue([...path, "description"], "string", description));
    } else if (chars(description) > 5000) {
      issues.push(boundIssue([...path, "description"], "max_length", 5000, description));
    }
  }
  const id = own(value, "id");
  if (id === undefined) {
    issues.push(missingIssue(path, "id"));
  } else if (typeof id !== "string") {
    issues.push(typeIssue([...path, "id"], "string", id));
  } else if (chars(id) > 5000) {
    issues.push(boundIssue([...path, "id"], "max_length", 5000, id));
  }
  const lastPaymentError = own(value, "last_payment_error");
  if (lastPaymentError != null) {
    checkApiErrorsResponse(lastPaymentError, [...path, "last_payment_error"], issues);
  }
  const latestCharge = own(value, "latest_charge");
  if (latestCharge != null) {
    if (typeof latestCharge !== "string") {
      issues.push(typeIssue([...path, "latest_charge"], "string", latestCharge));
    } else if (chars(latestCharge) > 5000) {
      issues.push(boundIssue([...path, "latest_charge"], "max_length", 5000, latestCharge));
    }
  }
  const livemode = own(value, "livemode");
  if (livemode === undefined) {
    issues.push(missingIssue(path, "livemode"));
  } else if (typeof livemode !== "boolean") {
    issues.push(typeIssue([...path, "livemode"], "boolean", livemode));
  }
  const metadata = own(value, "metadata");
  if (metadata !== undefined) {
    if (!isRecord(metadata)) {
      issues.push(typeIssue([...path, "metadata"], "object", metadata));
    } else {
      for (const [key1, entry2] of Object.entries(metadata)) {
        if (typeof entry2 !== "string") {
          issues.push(typeIssue([...path, "metadata", key1], "string", entry2));
        } else if (chars(entry2) > 500) {
          issues.push(boundIssue([...path, "metadata", key1], "max_length", 500, entry2));
        }
      }
    }
  }
  const nextAction = own(value, "next_action");
  if (nextAction != null) {
    checkPaymentIntentNextActionResponse(nextAction, [...path, "next_action"], issues);
  }
  const object_ = own(value, "object");
  if (object_ === undefined) {
    issues.push(missingIssue(path, "object"));
  } else if (typeof object_ !== "string") {
    issues.push(typeIssue([...path, "object"], "string", object_));
  }
  const paymentMethod = own(value, "payment_method");
  if (paymentMethod != null) {
    anyOfInvoiceSettingCustomerSettingDefaultPaymentMethodResponse(paymentMethod, [...path, "payment_method"], issues);
  }
  const paymentMethodTypes = own(value, "payment_method_types");
  if (paymentMethodTypes === undefined) {
    issues.push(missingIssue(path, "payment_method_types"));
  } else if (!Array.isArray(paymentMethodTypes)) {
    issues.push(typeIssue([...path, "payment_method_types"], "array", paymentMethodTypes));
  } else {
    for (let index3 = 0; index3 < paymentMethodTypes.length; index3++) {
      const element4: unknown = paymentMethodTypes[index3];
      if (typeof element4 !== "string") {
        issues.push(typeIssue([...path, "payment_method_types", index3], "string", element4));
      } else if (chars(element4) > 5000) {
        issues.push(boundIssue([...path, "payment_method_types", index3], "max_length", 5000, element4));
      }
    }
  }
  const receiptEmail = own(value, "receipt_email");
  if (receiptEmail != null) {
    if (typeof receiptEmail !== "string") {
      issues.push(typeIssue([...path, "receipt_email"], "string", receiptEmail));
    } else if (chars(receiptEmail) > 5000) {
      issues.push(boundIssue([...path, "receipt_email"], "max_length", 5000, receiptEmail));
    }
  }
  const setupFutureUsage = own(value, "setup_future_usage");
  if (setupFutureUsage != null && typeof setupFutureUsage !== "string") {
    issues.push(typeIssue([...path, "setup_future_usage"], "string", setupFutureUsage));
  }
  const shipping = own(value, "shipping");
  if (shipping != null) {
    checkShippingResponse(shipping, [...path, "shipping"], issues);
  }
  const statementDescriptor = own(value, "statement_descriptor");
  if (statementDescriptor != null) {
    if (typeof statementDescriptor !== "string") {
      issues.push(typeIssue([...path, "statement_descriptor"], "string", statementDescriptor));
    } else if (chars(statementDescriptor) > 5000) {
      issues.push(boundIssue([...path, "statement_descriptor"], "max_length", 5000, statementDescriptor));
    }
  }
  const statementDescriptorSuffix = own(value, "statement_descriptor_suffix");
  if (statementDescriptorSuffix != null) {
    if (typeof statementDescriptorSuffix !== "string") {
      issues.push(typeIssue([...path, "statement_descriptor_suffix"], "string", statementDescriptorSuffix));
    } else if (chars(statementDescriptorSuffix) > 5000) {
      issues.push(boundIssue([...path, "statement_descriptor_suffix"], "max_length", 5000, statementDescriptorSuffix));
    }
  }
  const status = own(value, "status");
  if (status === undefined) {
    issues.push(missingIssue(path, "status"));
  } else if (typeof status !== "string") {
    issues.push(typeIssue([...path, "status"], "string", status));
  }
}

function anyOfNotificationEventDataObjectResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const kind = own(value, "object");
  if (kind === "customer") {
    checkCustomerResponse(value, path, issues);
  } else if (kind === "customer_session") {
    checkCustomerSessionResponse(value, path, issues);
  } else if (kind === "payment_intent") {
    checkPaymentIntentResponse(value, path, issues);
  } else if (kind === "payment_method") {
    checkPaymentMethodResponse(value, path, issues);
  } else if (kind === "setup_intent") {
    checkSetupIntentResponse(value, path, issues);
  } else if (kind == null) {
    issues.push(missingIssue(path, "object"));
  } else {
    issues.push(enumIssue([...path, "object"], OBJECT_VALUES, kind));
  }
}

/** Checks an object of schema `notification_event_data` in a response. */
function checkNotificationEventDataResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const object_ = own(value, "object");
  if (object_ === undefined) {
    issues.push(missingIssue(path, "object"));
  } else {
    anyOfNotificationEventDataObjectResponse(object_, [...path, "object"], issues);
  }
  const previousAttributes = own(value, "previous_attributes");
  if (previousAttributes !== undefined && !isRecord(previousAttributes)) {
    issues.push(typeIssue([...path, "previous_attributes"], "object", previousAttributes));
  }
}

/** Checks an object of schema `notification_event_request` in a response. */
function checkNotificationEventRequestResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const id = own(value, "id");
  if (id != null) {
    if (typeof id !== "string") {
      issues.push(typeIssue([...path, "id"], "string", id));
    } else if (chars(id) > 5000) {
      issues.push(boundIssue([...path, "id"], "max_length", 5000, id));
    }
  }
  const idempotencyKey = own(value, "idempotency_key");
  if (idempotencyKey != null) {
    if (typeof idempotencyKey !== "string") {
      issues.push(typeIssue([...path, "idempotency_key"], "string", idempotencyKey));
    } else if (chars(idempotencyKey) > 5000) {
      issues.push(boundIssue([...path, "idempotency_key"], "max_length", 5000, idempotencyKey));
    }
  }
}

/** Checks an object of schema `event` in a response. */
function checkEventResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const account = own(value, "account");
  if (account !== undefined) {
    if (typeof account !== "string") {
      issues.push(typeIssue([...path, "account"], "string", account));
    } else if (chars(account) > 5000) {
      issues.push(boundIssue([...path, "account"], "max_length", 5000, account));
    }
  }
  const apiVersion = own(value, "api_version");
  if (apiVersion != null) {
    if (typeof apiVersion !== "string") {
      issues.push(typeIssue([...path, "api_version"], "string", apiVersion));
    } else if (chars(apiVersion) > 5000) {
      issues.push(boundIssue([...path, "api_version"], "max_length", 5000, apiVersion));
    }
  }
  const created = own(value, "created");
  if (created === undefined) {
    issues.push(missingIssue(path, "created"));
  } else if (!isInteger(created)) {
    issues.push(typeIssue([...path, "created"], "integer", created));
  }
  const data = own(value, "data");
  if (data === undefined) {
    issues.push(missingIssue(path, "data"));
  } else {
    checkNotificationEventDataResponse(data, [...path, "data"], issues);
  }
  const id = own(value, "id");
  if (id === undefined) {
    issues.push(missingIssue(path, "id"));
  } else if (typeof id !== "string") {
    issues.push(typeIssue([...path, "id"], "string", id));
  } else if (chars(id) > 5000) {
    issues.push(boundIssue([...path, "id"], "max_length", 5000, id));
  }
  const livemode = own(value, "livemode");
  if (livemode === undefined) {
    issues.push(missingIssue(path, "livemode"));
  } else if (typeof livemode !== "boolean") {
    issues.push(typeIssue([...path, "livemode"], "boolean", livemode));
  }
  const object_ = own(value, "object");
  if (object_ === undefined) {
    issues.push(missingIssue(path, "object"));
  } else if (typeof object_ !== "string") {
    issues.push(typeIssue([...path, "object"], "string", object_));
  }
  const pendingWebhooks = own(value, "pending_webhooks");
  if (pendingWebhooks === undefined) {
    issues.push(missingIssue(path, "pending_webhooks"));
  } else if (!isInteger(pendingWebhooks)) {
    issues.push(typeIssue([...path, "pending_webhooks"], "integer", pendingWebhooks));
  }
  const request = own(value, "request");
  if (request != null) {
    checkNotificationEventRequestResponse(request, [...path, "request"], issues);
  }
  const type_ = own(value, "type");
  if (type_ === undefined) {
    issues.push(missingIssue(path, "type"));
  } else if (typeof type_ !== "string") {
    issues.push(typeIssue([...path, "type"], "string", type_));
  } else if (chars(type_) > 5000) {
    issues.push(boundIssue([...path, "type"], "max_length", 5000, type_));
  }
}

/** Checks an object of schema `events.list.response` in a response. */
function checkEventsListResponseResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const data = own(value, "data");
  if (data === undefined) {
    issues.push(missingIssue(path, "data"));
  } else if (!Array.isArray(data)) {
    issues.push(typeIssue([...path, "data"], "array", data));
  } else {
    for (let index1 = 0; index1 < data.length; index1++) {
      const element2: unknown = data[index1];
      checkEventResponse(element2, [...path, "data", index1], issues);
    }
  }
  const hasMore = own(value, "has_more");
  if (hasMore === undefined) {
    issues.push(missingIssue(path, "has_more"));
  } else if (typeof hasMore !== "boolean") {
    issues.push(typeIssue([...path, "has_more"], "boolean", hasMore));
  }
  const object_ = own(value, "object");
  if (object_ === undefined) {
    issues.push(missingIssue(path, "object"));
  } else if (typeof object_ !== "string") {
    issues.push(typeIssue([...path, "object"], "string", object_));
  }
  const url = own(value, "url");
  if (url === undefined) {
    issues.push(missingIssue(path, "url"));
  } else if (typeof url !== "string") {
    issues.push(typeIssue([...path, "url"], "string", url));
  } else {
    if (chars(url) > 5000) {
      issues.push(boundIssue([...path, "url"], "max_length", 5000, url));
    }
    if (PATTERN_2 !== undefined && !PATTERN_2.test(url)) {
      issues.push(patternIssue([...path, "url"], "^/v1/events", url));
    }
  }
}

/** Checks an object of schema `payment_intents.list.response` in a response. */
function checkPaymentIntentsListResponseResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const data = own(value, "data");
  if (data === undefined) {
    issues.push(missingIssue(path, "data"));
  } else if (!Array.isArray(data)) {
    issues.push(typeIssue([...path, "data"], "array", data));
  } else {
    for (let index1 = 0; index1 < data.length; index1++) {
      const element2: unknown = data[index1];
      checkPaymentIntentResponse(element2, [...path, "data", index1], issues);
    }
  }
  const hasMore = own(value, "has_more");
  if (hasMore === undefined) {
    issues.push(missingIssue(path, "has_more"));
  } else if (typeof hasMore !== "boolean") {
    issues.push(typeIssue([...path, "has_more"], "boolean", hasMore));
  }
  const object_ = own(value, "object");
  if (object_ === undefined) {
    issues.push(missingIssue(path, "object"));
  } else if (typeof object_ !== "string") {
    issues.push(typeIssue([...path, "object"], "string", object_));
  }
  const url = own(value, "url");
  if (url === undefined) {
    issues.push(missingIssue(path, "url"));
  } else if (typeof url !== "string") {
    issues.push(typeIssue([...path, "url"], "string", url));
  } else {
    if (chars(url) > 5000) {
      issues.push(boundIssue([...path, "url"], "max_length", 5000, url));
    }
    if (PATTERN_3 !== undefined && !PATTERN_3.test(url)) {
      issues.push(patternIssue([...path, "url"], "^/v1/payment_intents", url));
    }
  }
}

/** Checks an object of schema `setup_intents.list.response` in a response. */
function checkSetupIntentsListResponseResponse(value: unknown, path: IssuePath, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(typeIssue(path, "object", value));
    return;
  }
  const data = own(value, "data");
  if (data === undefined) {
    issues.push(missingIssue(path, "data"));
  } else if (!Array.isArray(data)) {
    issues.push(typeIssue([...path, "data"], "array", data));
  } else {
    for (let index1 = 0; index1 < data.length; index1++) {
      const element2: unknown = data[index1];
      checkSetupIntentResponse(element2, [...path, "data", index1], issues);
    }
  }
  const hasMore = own(value, "has_more");
  if (hasMore === undefined) {
    issues.push(missingIssue(path, "has_more"));
  } else if (typeof hasMore !== "boolean") {
    issues.push(typeIssue([...path, "has_more"], "boolean", hasMore));
  }
  const object_ = own(value, "object");
  if (object_ === undefined) {
    issues.push(missingIssue(path, "object"));
  } else if (typeof object_ !== "string") {
    issues.push(typeIssue([...path, "object"], "string", object_));
  }
  const url = own(value, "url");
  if (url === undefined) {
    issues.push(missingIssue(path, "url"));
  } else if (typeof url !== "string") {
    issues.push(typeIssue([...path, "url"], "string", url));
  } else {
    if (chars(url) > 5000) {
      issues.push(boundIssue([...path, "url"], "max_length", 5000, url));
    }
    if (PATTERN_4 !== undefined && !PATTERN_4.test(url)) {
      issues.push(patternIssue([...path, "url"], "^/v1/setup_intents", url));
    }
  }
}
