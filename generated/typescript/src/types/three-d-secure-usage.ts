// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

/** 3D Secure support of a card. */
export interface ThreeDSecureUsage {
  /** Whether 3D Secure is supported on this card. */
  supported: boolean;
}
