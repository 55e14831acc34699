// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type {
  CustomerSessionResourceComponentsResourceMobilePaymentElementResourceFeatures,
} from "./customer-session-resource-components-resource-mobile-payment-element-resource-features.js";

/** Whether the mobile Payment Element is enabled, and the features it supports. */
export interface CustomerSessionResourceComponentsResourceMobilePaymentElement {
  /** Whether the mobile Payment Element is enabled. */
  enabled: boolean;
  /** The features the mobile Payment Element supports. */
  features?: CustomerSessionResourceComponentsResourceMobilePaymentElementResourceFeatures | null;
}
