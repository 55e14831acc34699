// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

export type * from "./address.js";
export type * from "./api-errors.js";
export type * from "./customer-session.js";
export type * from "./customer.js";
export type * from "./customers-list-response.js";
export type * from "./customers-payment-methods-list-response.js";
export type * from "./customers-search-response.js";
export type * from "./deleted-customer.js";
export type * from "./error.js";
export type * from "./event.js";
export type * from "./events-list-response.js";
export type * from "./params/customer-payment-methods.js";
export type * from "./params/customer-sessions.js";
export type * from "./params/customers.js";
export type * from "./params/events.js";
export type * from "./params/payment-intents.js";
export type * from "./params/payment-methods.js";
export type * from "./params/setup-intents.js";
export type * from "./payment-intent.js";
export type * from "./payment-intents-list-response.js";
export type * from "./payment-method.js";
export type * from "./setup-intent.js";
export type * from "./setup-intents-list-response.js";
export type * from "./shipping.js";
