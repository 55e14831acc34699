// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

/** A postal address. Every part is optional and may be null. */
export interface Address {
  /** City, district, suburb, town, or village. */
  city?: string | null;
  /**
   * Two-letter country code ([ISO 3166-1
   * alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
   */
  country?: string | null;
  /** First address line, such as the street, PO box, or company name. */
  line1?: string | null;
  /** Second address line, such as the apartment, suite, unit, or building. */
  line2?: string | null;
  /** ZIP or postal code. */
  postal_code?: string | null;
  /** State, county, province, or region. */
  state?: string | null;
}
