// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

/** Parameters of `client.customers.paymentMethods.list`. */
export interface CustomerPaymentMethodListParams {
  /**
   * A cursor for pagination: the ID of an object. The page returned ends just before that object,
   * so pass the first ID of the current page to fetch the previous page.
   */
  ending_before?: string;
  /** Fields of the response to expand. */
  expand?: string[];
  /** Maximum number of objects to return, between 1 and 100. Defaults to 10. */
  limit?: number;
  /**
   * A cursor for pagination: the ID of an object. The page returned starts just after that object,
   * so pass the last ID of the current page to fetch the next page.
   */
  starting_after?: string;
  /**
   * Only return payment methods of this type. Without it, payment methods of every type are
   * returned.
   */
  type?:
    | "acss_debit"
    | "bancontact"
    | "card"
    | "cashapp"
    | "ideal"
    | "klarna"
    | "link"
    | "paypal"
    | "sepa_debit"
    | "us_bank_account";
}
