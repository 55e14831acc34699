// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type { InvoiceSettingCustomField } from "./invoice-setting-custom-field.js";
import type { InvoiceSettingRenderingOptions } from "./invoice-setting-rendering-options.js";
import type { PaymentMethod } from "./payment-method.js";

/** Defaults applied to the invoices of a customer. */
export interface InvoiceSettingCustomerSetting {
  /** Custom fields shown on the customer's invoices by default. */
  custom_fields?: InvoiceSettingCustomField[] | null;
  /**
   * ID of a payment method attached to the customer, used by default for the customer's
   * subscriptions and invoices.
   */
  default_payment_method?: string | PaymentMethod | null;
  /** Footer shown on the customer's invoices by default. */
  footer?: string | null;
  /** Options for rendering the PDFs of the customer's invoices. */
  rendering_options?: InvoiceSettingRenderingOptions | null;
}
