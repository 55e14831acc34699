// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type { Address } from "./address.js";

/** Where and to whom physical goods are delivered. */
export interface Shipping {
  /** The delivery address. */
  address?: Address;
  /** The delivery service that shipped the goods, such as FedEx, UPS, or USPS. */
  carrier?: string | null;
  /** Name of the recipient. */
  name?: string;
  /** Phone number of the recipient, including any extension. */
  phone?: string | null;
  /** The carrier's tracking number. When a shipment has several, they are separated by commas. */
  tracking_number?: string | null;
}
