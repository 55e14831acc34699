// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type { NotificationEventData } from "./notification-event-data.js";
import type { NotificationEventRequest } from "./notification-event-request.js";

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
  data: NotificationEventData;
  /** Unique identifier for the object. */
  id: string;
  /** `true` if the object exists in live mode, `false` if it exists in test mode. */
  livemode: boolean;
  /** String naming the object's type. Objects of the same type share the same value. */
  object: "event";
  /** Number of webhook endpoints that have not yet received this event successfully. */
  pending_webhooks: number;
  /** The API request that caused the event, if any. */
  request?: NotificationEventRequest | null;
  /** Description of the event, such as `customer.created` or `payment_intent.succeeded`. */
  type: string;
}
