// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

// Request validators, compiled from the spec: `<operation>(params)` answers the issues of the
// params (ValidationIssue); the client checks each request with them before sending it
// (`validateRequests: false` turns this off).
import {
  bestBranch,
  boundIssue,
  chars,
  enumIssue,
  isInteger,
  isRecord,
  missingIssue,
  own,
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
