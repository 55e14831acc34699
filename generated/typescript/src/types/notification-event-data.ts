// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type { Customer } from "./customer.js";
import type { CustomerSession } from "./customer-session.js";
import type { PaymentIntent } from "./payment-intent.js";
import type { PaymentMethod } from "./payment-method.js";
import type { SetupIntent } from "./setup-intent.js";

/** The object an event is about, and the attributes that changed. */
export interface NotificationEventData {
  /**
   * The API resource the event is about, as it was when the event happened. For `*.updated` events
   * this is the new state. Its `object` field says which resource it is.
   */
  object: Customer | CustomerSession | PaymentIntent | PaymentMethod | SetupIntent;
  /**
   * For `*.updated` events, the previous values of the attributes that changed, keyed by attribute
   * name.
   */
  previous_attributes?: Record<string, unknown>;
}
