// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type { Customer } from "./customer.js";
import type { CustomerSession } from "./customer-session.js";
import type { PaymentIntent } from "./payment-intent.js";
import type { PaymentMethod } from "./payment-method.js";
import type { SetupIntent } from "./setup-intent.js";

/**
 * Events tell you when something happens in your account. When an API resource changes state,
 * Stripe creates an Event whose `data` holds a snapshot of the resource at that moment; for
 * example, a successful payment creates a `payment_intent.succeeded` event. One API request can
 * create several events.
 *
 * Events can be listed and retrieved through the API, and Stripe also sends them to your webhook
 * endpoints. Events are guaranteed to be retrievable for 30 days.
 */
export interface Event {
  /** The connected account that originated the event. */
  account?: string;
  /**
   * The Stripe API version used to render `data`. Null for events created before API versions
   * existed.
   */
  api_version?: string | null;
  /** Time at which the object was created, in seconds since the Unix epoch. */
  created: number;
  /** The object the event is about, and what changed. */
  data: Event.Data;
  /** Unique identifier for the object. */
  id: string;
  /** `true` if the object exists in live mode, `false` if it exists in test mode. */
  livemode: boolean;
  /** String naming the object's type. Objects of the same type share the same value. */
  object: "event";
  /** Number of webhook endpoints that have not yet received this event successfully. */
  pending_webhooks: number;
  /** The API request that caused the event, if any. */
  request?: Event.Request | null;
  /** Description of the event, such as `customer.created` or `payment_intent.succeeded`. */
  type: string;
}

export namespace Event {
  /** The object an event is about, and the attributes that changed. */
  export interface Data {
    /**
     * The API resource the event is about, as it was when the event happened. For `*.updated`
     * events this is the new state. Its `object` field says which resource it is.
     */
    object: Customer | CustomerSession | PaymentIntent | PaymentMethod | SetupIntent;
    /**
     * For `*.updated` events, the previous values of the attributes that changed, keyed by
     * attribute name.
     */
    previous_attributes?: Record<string, unknown>;
  }

  /** The API request that caused an event. */
  export interface Request {
    /**
     * ID of the API request that caused the event. Null when the event was caused automatically,
     * for example by a scheduled subscription renewal.
     */
    id?: string | null;
    /** The idempotency key sent with the request, if any. */
    idempotency_key?: string | null;
  }
}
