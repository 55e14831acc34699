// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

/** The features the Payment Element supports. */
export interface CustomerSessionResourceComponentsResourcePaymentElementResourceFeatures {
  /**
   * Only saved payment methods whose
   * [`allow_redisplay`](https://stripe.com/docs/api/payment_methods/object#payment_method_object-allow_redisplay)
   * value is in this list are shown. Defaults to `["always"]`; list all three values to show every
   * saved payment method.
   */
  payment_method_allow_redisplay_filters: Array<"always" | "limited" | "unspecified" | (string & {})>;
  /**
   * Whether the Payment Element shows the customer's saved payment methods. Defaults to `disabled`.
   */
  payment_method_redisplay: "disabled" | "enabled" | (string & {});
  /**
   * The largest number of saved payment methods the Payment Element shows. Defaults to 3; at most
   * 10.
   */
  payment_method_redisplay_limit?: number | null;
  /**
   * Whether the Payment Element offers to remove a saved payment method. Defaults to `disabled`.
   * Removing one detaches it from the customer, which affects any subscription that relies on it.
   */
  payment_method_remove: "disabled" | "enabled" | (string & {});
  /**
   * Whether the Payment Element shows a checkbox offering to save a new payment method. Defaults to
   * `disabled`. When the customer ticks it, the PaymentMethod's `allow_redisplay` is set to
   * `always` at confirmation, and a PaymentIntent's `setup_future_usage` is set to
   * `payment_method_save_usage`.
   */
  payment_method_save: "disabled" | "enabled" | (string & {});
  /**
   * With PaymentIntents, the `setup_future_usage` value used at confirmation when the customer
   * ticks the save checkbox. With SetupIntents, set `usage` on the SetupIntent instead.
   */
  payment_method_save_usage?: "off_session" | "on_session" | (string & {}) | null;
}
