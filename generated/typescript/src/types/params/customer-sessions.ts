// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

/** Parameters of `client.customerSessions.create`. */
export interface CustomerSessionCreateParams {
  /**
   * Configuration for each component. At least one component must be enabled (`enabled: true`);
   * this cannot be expressed in the schema and is checked by the server.
   */
  components: CustomerSessionCreateParams.Components;
  /** ID of an existing Customer to create the Customer Session for. */
  customer?: string;
  /** ID of an existing Account to create the Customer Session for. */
  customer_account?: string;
  /** Fields of the response to expand. */
  expand?: string[];
}

export namespace CustomerSessionCreateParams {
  /**
   * Configuration for each component. At least one component must be enabled (`enabled: true`);
   * this cannot be expressed in the schema and is checked by the server.
   */
  export interface Components {
    /** Configuration for the active entitlements component. */
    active_entitlements?: CustomerSessionCreateParams.Components.ActiveEntitlements;
    /** Configuration for the buy button. */
    buy_button?: CustomerSessionCreateParams.Components.BuyButton;
    /** Configuration for the customer portal component. */
    customer_portal?: CustomerSessionCreateParams.Components.CustomerPortal;
    /** Configuration for the customer sheet. */
    customer_sheet?: CustomerSessionCreateParams.Components.CustomerSheet;
    /** Configuration for the mobile Payment Element. */
    mobile_payment_element?: CustomerSessionCreateParams.Components.MobilePaymentElement;
    /** Configuration for the Payment Element. */
    payment_element?: CustomerSessionCreateParams.Components.PaymentElement;
    /** Configuration for the pricing table. */
    pricing_table?: CustomerSessionCreateParams.Components.PricingTable;
  }

  export namespace Components {
    /** Configuration for the active entitlements component. */
    export interface ActiveEntitlements {
      /** Whether the client may retrieve the customer's active entitlements. */
      enabled: boolean;
    }

    /** Configuration for the buy button. */
    export interface BuyButton {
      /** Whether the buy button is enabled. */
      enabled: boolean;
    }

    /** Configuration for the customer portal component. */
    export interface CustomerPortal {
      /** Whether the client may open the customer portal for this customer. */
      enabled: boolean;
    }

    /** Configuration for the customer sheet. */
    export interface CustomerSheet {
      /** Whether the customer sheet is enabled. */
      enabled: boolean;
      /** The features the customer sheet supports. */
      features?: CustomerSessionCreateParams.Components.CustomerSheet.Features;
    }

    export namespace CustomerSheet {
      /** The features the customer sheet supports. */
      export interface Features {
        /**
         * Only saved payment methods whose `allow_redisplay` value is in this list are shown.
         * Defaults to `["always"]`; list all three values to show every saved payment method.
         */
        payment_method_allow_redisplay_filters?: Array<"always" | "limited" | "unspecified">;
        /**
         * Whether the customer sheet offers to remove a saved payment method. Removing one detaches
         * it from the customer, which affects any subscription that relies on it.
         */
        payment_method_remove?: "disabled" | "enabled";
      }
    }

    /** Configuration for the mobile Payment Element. */
    export interface MobilePaymentElement {
      /** Whether the mobile Payment Element is enabled. */
      enabled: boolean;
      /** The features the mobile Payment Element supports. */
      features?: CustomerSessionCreateParams.Components.MobilePaymentElement.Features;
    }

    export namespace MobilePaymentElement {
      /** The features the mobile Payment Element supports. */
      export interface Features {
        /**
         * Only saved payment methods whose `allow_redisplay` value is in this list are shown.
         * Defaults to `["always"]`; list all three values to show every saved payment method.
         */
        payment_method_allow_redisplay_filters?: Array<"always" | "limited" | "unspecified">;
        /** Whether the mobile Payment Element shows the customer's saved payment methods. */
        payment_method_redisplay?: "disabled" | "enabled";
        /** Whether the mobile Payment Element offers to remove a saved payment method. */
        payment_method_remove?: "disabled" | "enabled";
        /**
         * Whether the mobile Payment Element shows a checkbox offering to save a new payment
         * method.
         */
        payment_method_save?: "disabled" | "enabled";
        /**
         * The `allow_redisplay` value given to a newly saved payment method when
         * `payment_method_save` is `disabled`. No override when omitted.
         */
        payment_method_save_allow_redisplay_override?: "always" | "limited" | "unspecified";
      }
    }

    /** Configuration for the Payment Element. */
    export interface PaymentElement {
      /** Whether the Payment Element is enabled. */
      enabled: boolean;
      /** The features the Payment Element supports. */
      features?: CustomerSessionCreateParams.Components.PaymentElement.Features;
    }

    export namespace PaymentElement {
      /** The features the Payment Element supports. */
      export interface Features {
        /**
         * Only saved payment methods whose `allow_redisplay` value is in this list are shown.
         * Defaults to `["always"]`; list all three values to show every saved payment method.
         */
        payment_method_allow_redisplay_filters?: Array<"always" | "limited" | "unspecified">;
        /**
         * Whether the Payment Element shows the customer's saved payment methods. Defaults to
         * `disabled`.
         */
        payment_method_redisplay?: "disabled" | "enabled";
        /** The largest number of saved payment methods to show. Defaults to 3; at most 10. */
        payment_method_redisplay_limit?: number;
        /**
         * Whether the Payment Element offers to remove a saved payment method. Defaults to
         * `disabled`.
         */
        payment_method_remove?: "disabled" | "enabled";
        /**
         * Whether the Payment Element shows a checkbox offering to save a new payment method.
         * Defaults to `disabled`.
         */
        payment_method_save?: "disabled" | "enabled";
        /**
         * With PaymentIntents, the `setup_future_usage` value used when the customer ticks the save
         * checkbox.
         */
        payment_method_save_usage?: "off_session" | "on_session";
      }
    }

    /** Configuration for the pricing table. */
    export interface PricingTable {
      /** Whether the pricing table is enabled. */
      enabled: boolean;
    }
  }
}
