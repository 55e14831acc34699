// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

/** Whether the active entitlements component is enabled. */
export interface CustomerSessionResourceComponentsResourceActiveEntitlements {
  /** Whether the client may retrieve the customer's active entitlements. */
  enabled: boolean;
}
