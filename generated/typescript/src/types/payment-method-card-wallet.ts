// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

/** The digital wallet a card was tokenized with. */
export interface PaymentMethodCardWallet {
  /** The last four digits of the device account number, for wallets that issue one. */
  dynamic_last4?: string | null;
  /**
   * The type of wallet. An extra hash named after the type holds details specific to that wallet.
   */
  type: "amex_express_checkout" | "apple_pay" | "google_pay" | "link" | "masterpass" | "samsung_pay" | "visa_checkout" | (string & {});
}
