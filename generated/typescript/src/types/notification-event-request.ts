// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

/** The API request that caused an event. */
export interface NotificationEventRequest {
  /**
   * ID of the API request that caused the event. Null when the event was caused automatically, for
   * example by a scheduled subscription renewal.
   */
  id?: string | null;
  /** The idempotency key sent with the request, if any. */
  idempotency_key?: string | null;
}
