// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

/** How invoice PDFs are rendered. */
export interface InvoiceSettingRenderingOptions {
  /** How line-item prices and amounts are shown with respect to tax on invoice PDFs. */
  amount_tax_display?: string | null;
}
