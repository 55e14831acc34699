// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

/** The features the customer sheet supports. */
export interface CustomerSessionResourceComponentsResourceCustomerSheetResourceFeatures {
  /**
   * Only saved payment methods whose
   * [`allow_redisplay`](https://stripe.com/docs/api/payment_methods/object#payment_method_object-allow_redisplay)
   * value is in this list are shown. Defaults to `["always"]`; list all three values to show every
   * saved payment method.
   */
  payment_method_allow_redisplay_filters?: Array<"always" | "limited" | "unspecified" | (string & {})> | null;
  /**
   * Whether the customer sheet offers to remove a saved payment method. Removing one detaches it
   * from the customer, which affects any subscription that relies on it.
   */
  payment_method_remove?: "disabled" | "enabled" | (string & {}) | null;
}
