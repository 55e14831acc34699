// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type { Address } from "./address.js";
import type { PaymentMethod } from "./payment-method.js";
import type { Shipping } from "./shipping.js";

/**
 * A Customer represents someone who buys from you. Customers let you charge the same buyer
 * repeatedly, keep their saved payment methods, and follow every payment they make.
 */
export interface Customer {
  /** The customer's postal address. */
  address?: Address | null;
  /**
   * Amount, in the smallest currency unit, applied to the customer's next invoice at finalization.
   * A negative value is a credit that lowers the amount due; a positive value is owed and raises
   * it.
   */
  balance?: number;
  /** Time at which the object was created, in seconds since the Unix epoch. */
  created: number;
  /**
   * Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in
   * lowercase, that the customer is charged in for recurring billing.
   */
  currency?: string | null;
  /**
   * ID of the payment source (card, bank account, or source) used by default when the customer is
   * charged without an explicit source.
   */
  default_source?: string | null;
  /**
   * Whether the customer's latest invoice or charge failed. True when an invoice payment is past
   * due or an automatic payment attempt failed.
   */
  delinquent?: boolean | null;
  /** An arbitrary string attached to the object, often useful for display. */
  description?: string | null;
  /** The customer's email address. */
  email?: string | null;
  /** Unique identifier for the object. */
  id: string;
  /** The prefix of the customer's invoice numbers, from which each invoice number is built. */
  invoice_prefix?: string | null;
  /** The customer's default invoice settings. */
  invoice_settings?: Customer.InvoiceSettings;
  /** `true` if the object exists in live mode, `false` if it exists in test mode. */
  livemode: boolean;
  /**
   * A set of key-value pairs you can attach to the object to store extra information in a
   * structured form.
   */
  metadata?: Record<string, string>;
  /** The customer's full name or business name. */
  name?: string | null;
  /** The sequence number used for the customer's next invoice. */
  next_invoice_sequence?: number;
  /** String naming the object's type. Objects of the same type share the same value. */
  object: "customer";
  /** The customer's phone number. */
  phone?: string | null;
  /** The customer's preferred locales (languages), ordered by preference. */
  preferred_locales?: string[] | null;
  /** Shipping details used for physical goods sent to the customer. */
  shipping?: Shipping | null;
  /**
   * The customer's tax exemption: `none`, `exempt`, or `reverse`. With `reverse`, invoices and
   * receipts carry the note "Reverse charge".
   */
  tax_exempt?: "exempt" | "none" | "reverse" | (string & {}) | null;
  /** ID of the test clock this customer belongs to, if any. */
  test_clock?: string | null;
}

export namespace Customer {
  /** Defaults applied to the invoices of a customer. */
  export interface InvoiceSettings {
    /** Custom fields shown on the customer's invoices by default. */
    custom_fields?: Array<Customer.InvoiceSettings.CustomFields> | null;
    /**
     * ID of a payment method attached to the customer, used by default for the customer's
     * subscriptions and invoices.
     */
    default_payment_method?: string | PaymentMethod | null;
    /** Footer shown on the customer's invoices by default. */
    footer?: string | null;
    /** Options for rendering the PDFs of the customer's invoices. */
    rendering_options?: Customer.InvoiceSettings.RenderingOptions | null;
  }

  export namespace InvoiceSettings {
    /** A name and value pair printed on an invoice. */
    export interface CustomFields {
      /** The name of the custom field. */
      name: string;
      /** The value of the custom field. */
      value: string;
    }

    /** How invoice PDFs are rendered. */
    export interface RenderingOptions {
      /** How line-item prices and amounts are shown with respect to tax on invoice PDFs. */
      amount_tax_display?: string | null;
    }
  }
}
