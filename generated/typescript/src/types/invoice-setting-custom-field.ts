// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

/** A name and value pair printed on an invoice. */
export interface InvoiceSettingCustomField {
  /** The name of the custom field. */
  name: string;
  /** The value of the custom field. */
  value: string;
}
