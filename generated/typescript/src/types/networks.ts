// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

/** Card networks available to a card. */
export interface Networks {
  /** All networks the card can be processed on. */
  available: string[];
  /** The network preferred for processing, if any. */
  preferred?: string | null;
}
