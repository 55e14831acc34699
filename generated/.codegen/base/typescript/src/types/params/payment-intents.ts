// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

/** Parameters of `client.paymentIntents.list`. */
export interface PaymentIntentListParams {
  /**
   * Only return PaymentIntents created during this interval: either an exact Unix timestamp, or a
   * range given with `gt`, `gte`, `lt` and `lte`.
   */
  created?: PaymentIntentListParams.Created | number;
  /** Only return PaymentIntents of the customer with this ID. */
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
  /**
   * A cursor for pagination: the ID of an object. The page returned starts just after that object,
   * so pass the last ID of the current page to fetch the next page.
   */
  starting_after?: string;
}

export namespace PaymentIntentListParams {
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

/** Parameters of `client.paymentIntents.create`. */
export interface PaymentIntentCreateParams {
  /**
   * Amount to collect, as a positive integer in the smallest currency unit (for example 100 cents
   * to charge $1.00).
   */
  amount: number;
  /** Let Stripe choose the payment methods to offer from your Dashboard settings. */
  automatic_payment_methods?: PaymentIntentCreateParams.AutomaticPaymentMethods;
  /** When the funds are captured from the customer's account. */
  capture_method?: "automatic" | "automatic_async" | "manual";
  /** Set to `true` to confirm the PaymentIntent right away. Defaults to `false`. */
  confirm?: boolean;
  /**
   * `automatic` (the default) allows confirmation with a publishable key; `manual` requires a
   * secret key.
   */
  confirmation_method?: "automatic" | "manual";
  /** Three-letter ISO currency code, in lowercase. Must be a supported currency. */
  currency: string;
  /**
   * ID of the Customer this PaymentIntent belongs to. Payment methods attached to other customers
   * cannot be used with it.
   */
  customer?: string;
  /** An arbitrary string attached to the object, often useful for display. */
  description?: string;
  /**
   * Set to `true` to fail the payment attempt instead of moving to `requires_action`. Only with
   * `confirm=true`.
   */
  error_on_requires_action?: boolean;
  /** Fields of the response to expand. */
  expand?: string[];
  /** Key-value pairs to store on the object. */
  metadata?: Record<string, string>;
  /**
   * Set to `true` when the customer is not in your checkout flow and cannot authenticate. Only with
   * `confirm=true`.
   */
  off_session?: boolean | "one_off" | "recurring";
  /** ID of the payment method to use for this PaymentIntent. */
  payment_method?: string;
  /** The payment method types (such as `card`) this PaymentIntent may use. */
  payment_method_types?: string[];
  /** Email address to send the payment receipt to. */
  receipt_email?: string;
  /**
   * Where the customer is sent after authenticating or canceling on the payment method's app or
   * site. Only with `confirm=true`.
   */
  return_url?: string;
  /** Declares that the payment method will be reused for future payments. */
  setup_future_usage?: "off_session" | "on_session";
  /** Shipping information for this PaymentIntent. */
  shipping?: PaymentIntentCreateParams.Shipping;
  /** Full statement descriptor for non-card charges: at least one letter, at most 22 characters. */
  statement_descriptor?: string;
  /** Appended to your account's statement descriptor prefix on card statements. */
  statement_descriptor_suffix?: string;
  /**
   * Set to `true` when confirming server-side and handling next actions with a Stripe client SDK.
   */
  use_stripe_sdk?: boolean;
}

export namespace PaymentIntentCreateParams {
  /** Let Stripe choose the payment methods to offer from your Dashboard settings. */
  export interface AutomaticPaymentMethods {
    /** Whether payment methods that require a redirect may be offered. Defaults to `always`. */
    allow_redirects?: "always" | "never";
    /** Whether automatic payment methods are enabled. */
    enabled: boolean;
  }

  /** Shipping information for this PaymentIntent. */
  export interface Shipping {
    /** The delivery address. */
    address: PaymentIntentCreateParams.Shipping.Address;
    /** The delivery service that ships the goods, such as FedEx, UPS, or USPS. */
    carrier?: string;
    /** Name of the recipient. */
    name: string;
    /** Phone number of the recipient, including any extension. */
    phone?: string;
    /** The carrier's tracking number. Separate several tracking numbers with commas. */
    tracking_number?: string;
  }

  export namespace Shipping {
    /** The delivery address. */
    export interface Address {
      /** City, district, suburb, town, or village. */
      city?: string;
      /** Two-letter country code (ISO 3166-1 alpha-2). */
      country?: string;
      /** First address line, such as the street, PO box, or company name. */
      line1?: string;
      /** Second address line, such as the apartment, suite, unit, or building. */
      line2?: string;
      /** ZIP or postal code. */
      postal_code?: string;
      /** State, county, province, or region. */
      state?: string;
    }
  }
}

/** Parameters of `client.paymentIntents.retrieve`. */
export interface PaymentIntentRetrieveParams {
  /** The client secret of the PaymentIntent. Required when retrieving with a publishable key. */
  client_secret?: string;
  /** Fields of the response to expand. */
  expand?: string[];
}

/** Parameters of `client.paymentIntents.update`. */
export interface PaymentIntentUpdateParams {
  /** Amount to collect, in the smallest currency unit. */
  amount?: number;
  /** When the funds are captured from the customer's account. */
  capture_method?: "automatic" | "automatic_async" | "manual";
  /** Three-letter ISO currency code, in lowercase. */
  currency?: string;
  /** ID of the Customer this PaymentIntent belongs to. */
  customer?: string;
  /** An arbitrary string attached to the object, often useful for display. */
  description?: string;
  /** Fields of the response to expand. */
  expand?: string[];
  /** Key-value pairs to store on the object. Send an empty string to remove them all. */
  metadata?: Record<string, string> | "";
  /** ID of the payment method to use for this PaymentIntent. */
  payment_method?: string;
  /** The payment method types this PaymentIntent may use. */
  payment_method_types?: string[];
  /** Email address to send the receipt to. Send an empty string to clear it. */
  receipt_email?: string | "";
  /**
   * Declares that the payment method will be reused for future payments. Send an empty string to
   * clear it.
   */
  setup_future_usage?: "" | "off_session" | "on_session";
  /** Shipping information. Send an empty string to remove it. */
  shipping?: PaymentIntentUpdateParams.Shipping | "";
  /** Full statement descriptor for non-card charges, at most 22 characters. */
  statement_descriptor?: string;
  /** Appended to your account's statement descriptor prefix on card statements. */
  statement_descriptor_suffix?: string;
}

export namespace PaymentIntentUpdateParams {
  /** Shipping information for a payment. */
  export interface Shipping {
    /** The delivery address. */
    address: PaymentIntentUpdateParams.Shipping.Address;
    /** The delivery service that ships the goods, such as FedEx, UPS, or USPS. */
    carrier?: string;
    /** Name of the recipient. */
    name: string;
    /** Phone number of the recipient, including any extension. */
    phone?: string;
    /** The carrier's tracking number. Separate several tracking numbers with commas. */
    tracking_number?: string;
  }

  export namespace Shipping {
    /** The delivery address. */
    export interface Address {
      /** City, district, suburb, town, or village. */
      city?: string;
      /** Two-letter country code (ISO 3166-1 alpha-2). */
      country?: string;
      /** First address line, such as the street, PO box, or company name. */
      line1?: string;
      /** Second address line, such as the apartment, suite, unit, or building. */
      line2?: string;
      /** ZIP or postal code. */
      postal_code?: string;
      /** State, county, province, or region. */
      state?: string;
    }
  }
}

/** Parameters of `client.paymentIntents.cancel`. */
export interface PaymentIntentCancelParams {
  /** Why the PaymentIntent is being canceled. */
  cancellation_reason?: "abandoned" | "duplicate" | "fraudulent" | "requested_by_customer";
  /** Fields of the response to expand. */
  expand?: string[];
}

/** Parameters of `client.paymentIntents.confirm`. */
export interface PaymentIntentConfirmParams {
  /** When the funds are captured from the customer's account. */
  capture_method?: "automatic" | "automatic_async" | "manual";
  /** The client secret of the PaymentIntent. */
  client_secret?: string;
  /** Set to `true` to fail the payment attempt instead of moving to `requires_action`. */
  error_on_requires_action?: boolean;
  /** Fields of the response to expand. */
  expand?: string[];
  /** Set to `true` when the customer is not in your checkout flow and cannot authenticate. */
  off_session?: boolean | "one_off" | "recurring";
  /** ID of the payment method to confirm with. */
  payment_method?: string;
  /** The payment method types this PaymentIntent may use. */
  payment_method_types?: string[];
  /** Email address to send the receipt to. Send an empty string to clear it. */
  receipt_email?: string | "";
  /**
   * Where the customer is sent after authenticating or canceling on the payment method's app or
   * site.
   */
  return_url?: string;
  /**
   * Declares that the payment method will be reused for future payments. Send an empty string to
   * clear it.
   */
  setup_future_usage?: "" | "off_session" | "on_session";
  /** Shipping information. Send an empty string to remove it. */
  shipping?: PaymentIntentConfirmParams.Shipping | "";
  /**
   * Set to `true` when confirming server-side and handling next actions with a Stripe client SDK.
   */
  use_stripe_sdk?: boolean;
}

export namespace PaymentIntentConfirmParams {
  /** Shipping information for a payment. */
  export interface Shipping {
    /** The delivery address. */
    address: PaymentIntentConfirmParams.Shipping.Address;
    /** The delivery service that ships the goods, such as FedEx, UPS, or USPS. */
    carrier?: string;
    /** Name of the recipient. */
    name: string;
    /** Phone number of the recipient, including any extension. */
    phone?: string;
    /** The carrier's tracking number. Separate several tracking numbers with commas. */
    tracking_number?: string;
  }

  export namespace Shipping {
    /** The delivery address. */
    export interface Address {
      /** City, district, suburb, town, or village. */
      city?: string;
      /** Two-letter country code (ISO 3166-1 alpha-2). */
      country?: string;
      /** First address line, such as the street, PO box, or company name. */
      line1?: string;
      /** Second address line, such as the apartment, suite, unit, or building. */
      line2?: string;
      /** ZIP or postal code. */
      postal_code?: string;
      /** State, county, province, or region. */
      state?: string;
    }
  }
}
