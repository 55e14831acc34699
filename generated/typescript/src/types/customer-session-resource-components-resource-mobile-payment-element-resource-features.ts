// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

/** The features the mobile Payment Element supports. */
export interface CustomerSessionResourceComponentsResourceMobilePaymentElementResourceFeatures {
  /**
   * Only saved payment methods whose
   * [`allow_redisplay`](https://stripe.com/docs/api/payment_methods/object#payment_method_object-allow_redisplay)
   * value is in this list are shown. Defaults to `["always"]`; list all three values to show every
   * saved payment method.
   */
  payment_method_allow_redisplay_filters?: Array<"always" | "limited" | "unspecified" | (string & {})> | null;
  /** Whether the mobile Payment Element shows the customer's saved payment methods. */
  payment_method_redisplay?: "disabled" | "enabled" | (string & {}) | null;
  /**
   * Whether the mobile Payment Element offers to remove a saved payment method. Removing one
   * detaches it from the customer, which affects any subscription that relies on it.
   */
  payment_method_remove?: "disabled" | "enabled" | (string & {}) | null;
  /**
   * Whether the mobile Payment Element shows a checkbox offering to save a new payment method. When
   * the customer ticks it, the PaymentMethod's `allow_redisplay` is set to `always` at
   * confirmation.
   */
  payment_method_save?: "disabled" | "enabled" | (string & {}) | null;
  /**
   * The `allow_redisplay` value given to a newly saved payment method when `payment_method_save` is
   * `disabled`. Null means no override.
   */
  payment_method_save_allow_redisplay_override?: "always" | "limited" | "unspecified" | (string & {}) | null;
}
