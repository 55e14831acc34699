// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

export { CustomerPaymentMethodsResource } from "./customer-payment-methods.js";
export { CustomerSessionsResource } from "./customer-sessions.js";
export { CustomersResource } from "./customers.js";
export { EventsResource } from "./events.js";
export { PaymentIntentsResource } from "./payment-intents.js";
export { PaymentMethodsResource } from "./payment-methods.js";
export { SetupIntentsResource } from "./setup-intents.js";
