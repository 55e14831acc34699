// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type {
  CustomerSessionResourceComponentsResourcePaymentElementResourceFeatures,
} from "./customer-session-resource-components-resource-payment-element-resource-features.js";

/** Whether the Payment Element is enabled, and the features it supports. */
export interface CustomerSessionResourceComponentsResourcePaymentElement {
  /** Whether the Payment Element is enabled. */
  enabled: boolean;
  /** The features the Payment Element supports. */
  features?: CustomerSessionResourceComponentsResourcePaymentElementResourceFeatures | null;
}
