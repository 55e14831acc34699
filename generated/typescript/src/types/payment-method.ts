// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type { Address } from "./address.js";
import type { Customer } from "./customer.js";

/**
 * A PaymentMethod represents one of your customer's payment instruments. Use it with a
 * PaymentIntent to collect a payment, or attach it to a Customer to keep the instrument for future
 * payments.
 */
export interface PaymentMethod {
  /**
   * Whether this saved payment method may be shown to the customer again in a later checkout flow.
   * Stripe products such as Checkout and Elements use it to decide which saved payment methods to
   * offer.
   */
  allow_redisplay?: "always" | "limited" | "unspecified" | (string & {});
  /** Billing information associated with the payment method. */
  billing_details: PaymentMethod.BillingDetails;
  /** Card details. Present when `type` is `card`. */
  card?: PaymentMethod.Card;
  /** Time at which the object was created, in seconds since the Unix epoch. */
  created: number;
  /**
   * The Customer this payment method is attached to, or null when it is not attached to any
   * customer.
   */
  customer?: string | Customer | null;
  /** Unique identifier for the object. */
  id: string;
  /** `true` if the object exists in live mode, `false` if it exists in test mode. */
  livemode: boolean;
  /**
   * A set of key-value pairs you can attach to the object to store extra information in a
   * structured form.
   */
  metadata?: Record<string, string> | null;
  /** String naming the object's type. Objects of the same type share the same value. */
  object: "payment_method";
  /**
   * The type of the PaymentMethod. The object carries an extra hash named after the type, holding
   * details specific to it.
   */
  type:
    | "acss_debit"
    | "bancontact"
    | "card"
    | "card_present"
    | "cashapp"
    | "ideal"
    | "klarna"
    | "link"
    | "paypal"
    | "sepa_debit"
    | "us_bank_account"
    | (string & {});
}

export namespace PaymentMethod {
  /** Contact details of the person responsible for paying with a payment method. */
  export interface BillingDetails {
    /** Billing address. */
    address?: Address | null;
    /** Email address. */
    email?: string | null;
    /** Full name. */
    name?: string | null;
    /** Billing phone number, including any extension. */
    phone?: string | null;
  }

  /** Details of a card payment method. */
  export interface Card {
    /**
     * Card brand: `amex`, `diners`, `discover`, `eftpos_au`, `jcb`, `mastercard`, `unionpay`,
     * `visa`, or `unknown`.
     */
    brand: string;
    /** Results of the checks run on the details the customer entered. */
    checks?: PaymentMethod.Card.Checks | null;
    /**
     * Two-letter ISO code of the card's issuing country. Helps you learn where your customers come
     * from.
     */
    country?: string | null;
    /** Two-digit number for the card's expiration month. */
    exp_month: number;
    /** Four-digit number for the card's expiration year. */
    exp_year: number;
    /**
     * Identifies this card number uniquely within your account, so you can tell whether two
     * customers use the same card.
     */
    fingerprint?: string | null;
    /** Funding type of the card: `credit`, `debit`, `prepaid`, or `unknown`. */
    funding: string;
    /** The last four digits of the card number. */
    last4: string;
    /** The card networks that can process payments made with this card. */
    networks?: PaymentMethod.Card.Networks | null;
    /** Whether the card supports 3D Secure. */
    three_d_secure_usage?: PaymentMethod.Card.ThreeDSecureUsage | null;
    /** When the card was tokenized by a digital wallet, details of that wallet. */
    wallet?: PaymentMethod.Card.Wallet | null;
  }

  export namespace Card {
    /**
     * Results of address and CVC checks. Each is one of `pass`, `fail`, `unavailable`, or
     * `unchecked`.
     */
    export interface Checks {
      /** Result of checking the first address line, if one was provided. */
      address_line1_check?: string | null;
      /** Result of checking the postal code, if one was provided. */
      address_postal_code_check?: string | null;
      /** Result of checking the CVC, if one was provided. */
      cvc_check?: string | null;
    }

    /** Card networks available to a card. */
    export interface Networks {
      /** All networks the card can be processed on. */
      available: string[];
      /** The network preferred for processing, if any. */
      preferred?: string | null;
    }

    /** 3D Secure support of a card. */
    export interface ThreeDSecureUsage {
      /** Whether 3D Secure is supported on this card. */
      supported: boolean;
    }

    /** The digital wallet a card was tokenized with. */
    export interface Wallet {
      /** The last four digits of the device account number, for wallets that issue one. */
      dynamic_last4?: string | null;
      /**
       * The type of wallet. An extra hash named after the type holds details specific to that
       * wallet.
       */
      type:
        | "amex_express_checkout"
        | "apple_pay"
        | "google_pay"
        | "link"
        | "masterpass"
        | "samsung_pay"
        | "visa_checkout"
        | (string & {});
    }
  }
}
