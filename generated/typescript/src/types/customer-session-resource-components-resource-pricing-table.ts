// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

/** Whether the pricing table component is enabled. */
export interface CustomerSessionResourceComponentsResourcePricingTable {
  /** Whether the pricing table is enabled. */
  enabled: boolean;
}
