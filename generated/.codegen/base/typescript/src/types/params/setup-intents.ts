// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

/** Parameters of `client.setupIntents.list`. */
export interface SetupIntentListParams {
  /**
   * When `true`, only return SetupIntents whose payment method is attached to the in-context Stripe
   * account.
   */
  attach_to_self?: boolean;
  /**
   * Only return SetupIntents created during this interval: either an exact Unix timestamp, or a
   * range given with `gt`, `gte`, `lt` and `lte`.
   */
  created?: SetupIntentListParams.Created | number;
  /** Only return SetupIntents of the customer with this ID. */
  customer?: string;
  /**
   * A cursor for pagination: the ID of an object. The page returned ends just before that object,
   * so pass the first ID of the current page to fetch the previous page.
   */
  ending_before?: string;
  /** Fields of the response to expand. */
  expand?: string[];
  /** Maximum number of objects to return, between 1 and 100. Defaults to 10. */
  limit?: number;
  /** Only return SetupIntents that use the payment method with this ID. */
  payment_method?: string;
  /**
   * A cursor for pagination: the ID of an object. The page returned starts just after that object,
   * so pass the last ID of the current page to fetch the next page.
   */
  starting_after?: string;
}

export namespace SetupIntentListParams {
  /** A range of Unix timestamps; give any combination of bounds. */
  export interface Created {
    /** Only values strictly greater than this. */
    gt?: number;
    /** Only values greater than or equal to this. */
    gte?: number;
    /** Only values strictly less than this. */
    lt?: number;
    /** Only values less than or equal to this. */
    lte?: number;
  }
}

/** Parameters of `client.setupIntents.create`. */
export interface SetupIntentCreateParams {
  /**
   * When `true`, attach the payment method to the in-context Stripe account once setup succeeds.
   * Cannot be combined with `customer`.
   */
  attach_to_self?: boolean;
  /** Let Stripe choose the payment methods to offer from your Dashboard settings. */
  automatic_payment_methods?: SetupIntentCreateParams.AutomaticPaymentMethods;
  /** Set to `true` to confirm the SetupIntent right away. Defaults to `false`. */
  confirm?: boolean;
  /**
   * ID of the Customer this SetupIntent belongs to. The payment method is attached to this customer
   * once setup succeeds.
   */
  customer?: string;
  /** An arbitrary string attached to the object, often useful for display. */
  description?: string;
  /** Fields of the response to expand. */
  expand?: string[];
  /** The directions money may flow with this payment method. Defaults to both when omitted. */
  flow_directions?: Array<"inbound" | "outbound">;
  /** Key-value pairs to store on the object. */
  metadata?: Record<string, string>;
  /** The Stripe account ID this SetupIntent is created for. */
  on_behalf_of?: string;
  /** ID of the payment method to attach to this SetupIntent. */
  payment_method?: string;
  /** The payment method types this SetupIntent may use. Defaults to `["card"]`. */
  payment_method_types?: string[];
  /**
   * Where the customer is sent after authenticating or canceling on the payment method's app or
   * site. Only with `confirm=true`.
   */
  return_url?: string;
  /** How the payment method will be used in future payments. Defaults to `off_session`. */
  usage?: "off_session" | "on_session";
  /**
   * Set to `true` when confirming server-side and handling next actions with a Stripe client SDK.
   */
  use_stripe_sdk?: boolean;
}

export namespace SetupIntentCreateParams {
  /** Let Stripe choose the payment methods to offer from your Dashboard settings. */
  export interface AutomaticPaymentMethods {
    /** Whether payment methods that require a redirect may be offered. Defaults to `always`. */
    allow_redirects?: "always" | "never";
    /** Whether automatic payment methods are enabled. */
    enabled: boolean;
  }
}

/** Parameters of `client.setupIntents.retrieve`. */
export interface SetupIntentRetrieveParams {
  /** The client secret of the SetupIntent. Required when retrieving with a publishable key. */
  client_secret?: string;
  /** Fields of the response to expand. */
  expand?: string[];
}

/** Parameters of `client.setupIntents.confirm`. */
export interface SetupIntentConfirmParams {
  /** The client secret of the SetupIntent. */
  client_secret?: string;
  /** Fields of the response to expand. */
  expand?: string[];
  /** ID of the payment method to attach to this SetupIntent. */
  payment_method?: string;
  /**
   * Where the customer is sent after authenticating or canceling on the payment method's app or
   * site.
   */
  return_url?: string;
  /**
   * Set to `true` when confirming server-side and handling next actions with a Stripe client SDK.
   */
  use_stripe_sdk?: boolean;
}
