// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

/** Whether the buy button component is enabled. */
export interface CustomerSessionResourceComponentsResourceBuyButton {
  /** Whether the buy button is enabled. */
  enabled: boolean;
}
