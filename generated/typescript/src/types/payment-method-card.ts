// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type { Networks } from "./networks.js";
import type { PaymentMethodCardChecks } from "./payment-method-card-checks.js";
import type { PaymentMethodCardWallet } from "./payment-method-card-wallet.js";
import type { ThreeDSecureUsage } from "./three-d-secure-usage.js";

/** Details of a card payment method. */
export interface PaymentMethodCard {
  /**
   * Card brand: `amex`, `diners`, `discover`, `eftpos_au`, `jcb`, `mastercard`, `unionpay`, `visa`,
   * or `unknown`.
   */
  brand: string;
  /** Results of the checks run on the details the customer entered. */
  checks?: PaymentMethodCardChecks | null;
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
   * Identifies this card number uniquely within your account, so you can tell whether two customers
   * use the same card.
   */
  fingerprint?: string | null;
  /** Funding type of the card: `credit`, `debit`, `prepaid`, or `unknown`. */
  funding: string;
  /** The last four digits of the card number. */
  last4: string;
  /** The card networks that can process payments made with this card. */
  networks?: Networks | null;
  /** Whether the card supports 3D Secure. */
  three_d_secure_usage?: ThreeDSecureUsage | null;
  /** When the card was tokenized by a digital wallet, details of that wallet. */
  wallet?: PaymentMethodCardWallet | null;
}
