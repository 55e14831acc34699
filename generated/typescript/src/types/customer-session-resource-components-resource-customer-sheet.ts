// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type {
  CustomerSessionResourceComponentsResourceCustomerSheetResourceFeatures,
} from "./customer-session-resource-components-resource-customer-sheet-resource-features.js";

/** Whether the customer sheet is enabled, and the features it supports. */
export interface CustomerSessionResourceComponentsResourceCustomerSheet {
  /** Whether the customer sheet is enabled. */
  enabled: boolean;
  /** The features the customer sheet supports. */
  features?: CustomerSessionResourceComponentsResourceCustomerSheetResourceFeatures | null;
}
