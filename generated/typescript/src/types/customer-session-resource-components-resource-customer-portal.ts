// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

/** Whether the customer portal component is enabled. */
export interface CustomerSessionResourceComponentsResourceCustomerPortal {
  /** Whether the client may open the customer portal for this customer. */
  enabled: boolean;
}
