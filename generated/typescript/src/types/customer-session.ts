// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type { Customer } from "./customer.js";

/**
 * A Customer Session grants Stripe's frontend SDKs (such as Stripe.js) client-side access to a
 * Customer, limited to the components it enables.
 *
 * Related guides: [Customer Session with the Payment
 * Element](https://stripe.com/docs/payments/accept-a-payment-deferred?platform=web&type=payment#save-payment-methods),
 * [Customer Session with the Pricing
 * Table](https://stripe.com/docs/payments/checkout/pricing-table#customer-session), [Customer
 * Session with the Buy
 * Button](https://stripe.com/docs/payment-links/buy-button#pass-an-existing-customer).
 */
export interface CustomerSession {
  /**
   * The client secret of this Customer Session, used on the client to set up secure access to the
   * given `customer`.
   *
   * Pass it to your frontend to give it access to `customer`. Do not store it, log it, or expose it
   * to anyone other than that customer, and serve every page that includes it over TLS.
   */
  client_secret: string;
  /** Which components are enabled and the features each one supports. */
  components?: CustomerSession.Components;
  /** Time at which the object was created, in seconds since the Unix epoch. */
  created: number;
  /** The Customer the Customer Session was created for. */
  customer: string | Customer;
  /** The Account the Customer Session was created for, if any. */
  customer_account?: string | null;
  /** Time at which this Customer Session expires, in seconds since the Unix epoch. */
  expires_at: number;
  /** `true` if the object exists in live mode, `false` if it exists in test mode. */
  livemode: boolean;
  /** String naming the object's type. Objects of the same type share the same value. */
  object: "customer_session";
}

export namespace CustomerSession {
  /** Configuration of the components a Customer Session supports. */
  export interface Components {
    /** Whether the client can read the customer's active entitlements. */
    active_entitlements?: CustomerSession.Components.ActiveEntitlements;
    /** Whether the buy button is enabled. */
    buy_button: CustomerSession.Components.BuyButton;
    /** Whether the client can open the customer portal. */
    customer_portal?: CustomerSession.Components.CustomerPortal;
    /** Whether the customer sheet is enabled, and the features it supports. */
    customer_sheet: CustomerSession.Components.CustomerSheet;
    /** Whether the mobile Payment Element is enabled, and the features it supports. */
    mobile_payment_element: CustomerSession.Components.MobilePaymentElement;
    /** Whether the Payment Element is enabled, and the features it supports. */
    payment_element: CustomerSession.Components.PaymentElement;
    /** Whether the pricing table is enabled. */
    pricing_table: CustomerSession.Components.PricingTable;
  }

  export namespace Components {
    /** Whether the active entitlements component is enabled. */
    export interface ActiveEntitlements {
      /** Whether the client may retrieve the customer's active entitlements. */
      enabled: boolean;
    }

    /** Whether the buy button component is enabled. */
    export interface BuyButton {
      /** Whether the buy button is enabled. */
      enabled: boolean;
    }

    /** Whether the customer portal component is enabled. */
    export interface CustomerPortal {
      /** Whether the client may open the customer portal for this customer. */
      enabled: boolean;
    }

    /** Whether the customer sheet is enabled, and the features it supports. */
    export interface CustomerSheet {
      /** Whether the customer sheet is enabled. */
      enabled: boolean;
      /** The features the customer sheet supports. */
      features?: CustomerSession.Components.CustomerSheet.Features | null;
    }

    export namespace CustomerSheet {
      /** The features the customer sheet supports. */
      export interface Features {
        /**
         * Only saved payment methods whose
         * [`allow_redisplay`](https://stripe.com/docs/api/payment_methods/object#payment_method_object-allow_redisplay)
         * value is in this list are shown. Defaults to `["always"]`; list all three values to show
         * every saved payment method.
         */
        payment_method_allow_redisplay_filters?:
          | Array<"always" | "limited" | "unspecified" | (string & {})>
          | null;
        /**
         * Whether the customer sheet offers to remove a saved payment method. Removing one detaches
         * it from the customer, which affects any subscription that relies on it.
         */
        payment_method_remove?: "disabled" | "enabled" | (string & {}) | null;
      }
    }

    /** Whether the mobile Payment Element is enabled, and the features it supports. */
    export interface MobilePaymentElement {
      /** Whether the mobile Payment Element is enabled. */
      enabled: boolean;
      /** The features the mobile Payment Element supports. */
      features?: CustomerSession.Components.MobilePaymentElement.Features | null;
    }

    export namespace MobilePaymentElement {
      /** The features the mobile Payment Element supports. */
      export interface Features {
        /**
         * Only saved payment methods whose
         * [`allow_redisplay`](https://stripe.com/docs/api/payment_methods/object#payment_method_object-allow_redisplay)
         * value is in this list are shown. Defaults to `["always"]`; list all three values to show
         * every saved payment method.
         */
        payment_method_allow_redisplay_filters?:
          | Array<"always" | "limited" | "unspecified" | (string & {})>
          | null;
        /** Whether the mobile Payment Element shows the customer's saved payment methods. */
        payment_method_redisplay?: "disabled" | "enabled" | (string & {}) | null;
        /**
         * Whether the mobile Payment Element offers to remove a saved payment method. Removing one
         * detaches it from the customer, which affects any subscription that relies on it.
         */
        payment_method_remove?: "disabled" | "enabled" | (string & {}) | null;
        /**
         * Whether the mobile Payment Element shows a checkbox offering to save a new payment
         * method. When the customer ticks it, the PaymentMethod's `allow_redisplay` is set to
         * `always` at confirmation.
         */
        payment_method_save?: "disabled" | "enabled" | (string & {}) | null;
        /**
         * The `allow_redisplay` value given to a newly saved payment method when
         * `payment_method_save` is `disabled`. Null means no override.
         */
        payment_method_save_allow_redisplay_override?:
          | "always"
          | "limited"
          | "unspecified"
          | (string & {})
          | null;
      }
    }

    /** Whether the Payment Element is enabled, and the features it supports. */
    export interface PaymentElement {
      /** Whether the Payment Element is enabled. */
      enabled: boolean;
      /** The features the Payment Element supports. */
      features?: CustomerSession.Components.PaymentElement.Features | null;
    }

    export namespace PaymentElement {
      /** The features the Payment Element supports. */
      export interface Features {
        /**
         * Only saved payment methods whose
         * [`allow_redisplay`](https://stripe.com/docs/api/payment_methods/object#payment_method_object-allow_redisplay)
         * value is in this list are shown. Defaults to `["always"]`; list all three values to show
         * every saved payment method.
         */
        payment_method_allow_redisplay_filters: Array<"always" | "limited" | "unspecified" | (string & {})>;
        /**
         * Whether the Payment Element shows the customer's saved payment methods. Defaults to
         * `disabled`.
         */
        payment_method_redisplay: "disabled" | "enabled" | (string & {});
        /**
         * The largest number of saved payment methods the Payment Element shows. Defaults to 3; at
         * most 10.
         */
        payment_method_redisplay_limit?: number | null;
        /**
         * Whether the Payment Element offers to remove a saved payment method. Defaults to
         * `disabled`. Removing one detaches it from the customer, which affects any subscription
         * that relies on it.
         */
        payment_method_remove: "disabled" | "enabled" | (string & {});
        /**
         * Whether the Payment Element shows a checkbox offering to save a new payment method.
         * Defaults to `disabled`. When the customer ticks it, the PaymentMethod's `allow_redisplay`
         * is set to `always` at confirmation, and a PaymentIntent's `setup_future_usage` is set to
         * `payment_method_save_usage`.
         */
        payment_method_save: "disabled" | "enabled" | (string & {});
        /**
         * With PaymentIntents, the `setup_future_usage` value used at confirmation when the
         * customer ticks the save checkbox. With SetupIntents, set `usage` on the SetupIntent
         * instead.
         */
        payment_method_save_usage?: "off_session" | "on_session" | (string & {}) | null;
      }
    }

    /** Whether the pricing table component is enabled. */
    export interface PricingTable {
      /** Whether the pricing table is enabled. */
      enabled: boolean;
    }
  }
}
