// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type {
  CustomerSessionResourceComponentsResourceActiveEntitlements,
} from "./customer-session-resource-components-resource-active-entitlements.js";
import type {
  CustomerSessionResourceComponentsResourceBuyButton,
} from "./customer-session-resource-components-resource-buy-button.js";
import type {
  CustomerSessionResourceComponentsResourceCustomerPortal,
} from "./customer-session-resource-components-resource-customer-portal.js";
import type {
  CustomerSessionResourceComponentsResourceCustomerSheet,
} from "./customer-session-resource-components-resource-customer-sheet.js";
import type {
  CustomerSessionResourceComponentsResourceMobilePaymentElement,
} from "./customer-session-resource-components-resource-mobile-payment-element.js";
import type {
  CustomerSessionResourceComponentsResourcePaymentElement,
} from "./customer-session-resource-components-resource-payment-element.js";
import type {
  CustomerSessionResourceComponentsResourcePricingTable,
} from "./customer-session-resource-components-resource-pricing-table.js";

/** Configuration of the components a Customer Session supports. */
export interface CustomerSessionResourceComponents {
  /** Whether the client can read the customer's active entitlements. */
  active_entitlements?: CustomerSessionResourceComponentsResourceActiveEntitlements;
  /** Whether the buy button is enabled. */
  buy_button: CustomerSessionResourceComponentsResourceBuyButton;
  /** Whether the client can open the customer portal. */
  customer_portal?: CustomerSessionResourceComponentsResourceCustomerPortal;
  /** Whether the customer sheet is enabled, and the features it supports. */
  customer_sheet: CustomerSessionResourceComponentsResourceCustomerSheet;
  /** Whether the mobile Payment Element is enabled, and the features it supports. */
  mobile_payment_element: CustomerSessionResourceComponentsResourceMobilePaymentElement;
  /** Whether the Payment Element is enabled, and the features it supports. */
  payment_element: CustomerSessionResourceComponentsResourcePaymentElement;
  /** Whether the pricing table is enabled. */
  pricing_table: CustomerSessionResourceComponentsResourcePricingTable;
}
