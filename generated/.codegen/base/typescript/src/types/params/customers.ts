// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

/** Parameters of `client.customers.list`. */
export interface CustomerListParams {
  /**
   * Only return customers created during this interval: either an exact Unix timestamp, or a range
   * given with `gt`, `gte`, `lt` and `lte`.
   */
  created?: CustomerListParams.Created | number;
  /** Only return customers with exactly this email address (case sensitive). */
  email?: string;
  /**
   * A cursor for pagination: the ID of an object. The page returned ends just before that object,
   * so pass the first ID of the current page to fetch the previous page.
   */
  ending_before?: string;
  /** Fields of the response to expand. */
  expand?: string[];
  /** Maximum number of objects to return, between 1 and 100. Defaults to 10. */
  limit?: number;
  /**
   * A cursor for pagination: the ID of an object. The page returned starts just after that object,
   * so pass the last ID of the current page to fetch the next page.
   */
  starting_after?: string;
  /** Only return customers that belong to this test clock. */
  test_clock?: string;
}

export namespace CustomerListParams {
  /** A range of Unix timestamps; give any combination of bounds. */
  export interface Created {
    /** Only values strictly greater than this. */
    gt?: number;
    /** Only values greater than or equal to this. */
    gte?: number;
    /** Only values strictly less than this. */
    lt?: number;
    /** Only values less than or equal to this. */
    lte?: number;
  }
}

/** Parameters of `client.customers.create`. */
export interface CustomerCreateParams {
  /** The customer's postal address. */
  address?: CustomerCreateParams.Address | "";
  /**
   * Starting balance, in the smallest currency unit, applied to the customer's next invoice.
   * Negative values are credits.
   */
  balance?: number;
  /** An arbitrary string attached to the customer, often useful for display. */
  description?: string;
  /** The customer's email address, at most 512 characters. */
  email?: string;
  /** Fields of the response to expand. */
  expand?: string[];
  /** Default invoice settings for the customer. */
  invoice_settings?: CustomerCreateParams.InvoiceSettings;
  /**
   * Key-value pairs to store on the object. Send an empty value for a key to remove it, or an empty
   * string for `metadata` to remove them all.
   */
  metadata?: Record<string, string> | "";
  /** The customer's full name or business name. */
  name?: string;
  /** ID of a PaymentMethod to attach to the new customer. */
  payment_method?: string;
  /** The customer's phone number. */
  phone?: string;
  /** The customer's preferred languages, ordered by preference. */
  preferred_locales?: string[];
  /** Shipping details for the customer. */
  shipping?: CustomerCreateParams.Shipping | "";
  /** The customer's tax exemption: `none`, `exempt`, or `reverse`. */
  tax_exempt?: "" | "exempt" | "none" | "reverse";
  /** ID of the test clock to attach the customer to. */
  test_clock?: string;
}

export namespace CustomerCreateParams {
  /** A postal address; every part is optional. */
  export interface Address {
    /** City, district, suburb, town, or village. */
    city?: string;
    /** Two-letter country code (ISO 3166-1 alpha-2). */
    country?: string;
    /** First address line, such as the street, PO box, or company name. */
    line1?: string;
    /** Second address line, such as the apartment, suite, unit, or building. */
    line2?: string;
    /** ZIP or postal code. */
    postal_code?: string;
    /** State, county, province, or region. */
    state?: string;
  }

  /** Default invoice settings for the customer. */
  export interface InvoiceSettings {
    /**
     * Custom fields shown on the customer's invoices by default, at most 4. Send an empty string to
     * remove them.
     */
    custom_fields?: Array<CustomerCreateParams.InvoiceSettings.CustomFields> | "";
    /**
     * ID of a payment method attached to the customer, used by default for the customer's
     * subscriptions and invoices.
     */
    default_payment_method?: string;
    /** Footer shown on the customer's invoices by default. */
    footer?: string;
    /**
     * Options for rendering the PDFs of the customer's invoices. Send an empty string to clear
     * them.
     */
    rendering_options?: CustomerCreateParams.InvoiceSettings.RenderingOptions | "";
  }

  export namespace InvoiceSettings {
    /** A name and value pair printed on invoices. */
    export interface CustomFields {
      /** The name of the custom field, at most 30 characters. */
      name: string;
      /** The value of the custom field, at most 30 characters. */
      value: string;
    }

    /** Options for rendering invoice PDFs. */
    export interface RenderingOptions {
      /**
       * How line-item prices and amounts are shown with respect to tax: `exclude_tax` or
       * `include_inclusive_tax`. Send an empty string to clear it.
       */
      amount_tax_display?: "" | "exclude_tax" | "include_inclusive_tax";
    }
  }

  /** Shipping details of a customer. */
  export interface Shipping {
    /** The delivery address. */
    address: CustomerCreateParams.Shipping.Address;
    /** Name of the recipient. */
    name: string;
    /** Phone number of the recipient. */
    phone?: string;
  }

  export namespace Shipping {
    /** The delivery address. */
    export interface Address {
      /** City, district, suburb, town, or village. */
      city?: string;
      /** Two-letter country code (ISO 3166-1 alpha-2). */
      country?: string;
      /** First address line, such as the street, PO box, or company name. */
      line1?: string;
      /** Second address line, such as the apartment, suite, unit, or building. */
      line2?: string;
      /** ZIP or postal code. */
      postal_code?: string;
      /** State, county, province, or region. */
      state?: string;
    }
  }
}

/** Parameters of `client.customers.search`. */
export interface CustomerSearchParams {
  /** Fields of the response to expand. */
  expand?: string[];
  /** Number of results to return, between 1 and 100. Defaults to 10. */
  limit?: number;
  /**
   * Cursor for pagination: pass the `next_page` value of a previous response to fetch the following
   * page. Omit it on the first call.
   */
  page?: string;
  /**
   * The search query string, written in the [Search Query
   * Language](https://stripe.com/docs/search#search-query-language).
   */
  query: string;
}

/** Parameters of `client.customers.retrieve`. */
export interface CustomerRetrieveParams {
  /** Fields of the response to expand. */
  expand?: string[];
}

/** Parameters of `client.customers.update`. */
export interface CustomerUpdateParams {
  /** The customer's postal address. Send an empty string to remove it. */
  address?: CustomerUpdateParams.Address | "";
  /**
   * Balance, in the smallest currency unit, applied to the customer's next invoice. Negative values
   * are credits.
   */
  balance?: number;
  /** ID of a source already attached to the customer to make its new default. */
  default_source?: string;
  /** An arbitrary string attached to the customer, often useful for display. */
  description?: string;
  /** The customer's email address, at most 512 characters. */
  email?: string;
  /** Fields of the response to expand. */
  expand?: string[];
  /** Default invoice settings for the customer. */
  invoice_settings?: CustomerUpdateParams.InvoiceSettings;
  /**
   * Key-value pairs to store on the object. Send an empty value for a key to remove it, or an empty
   * string for `metadata` to remove them all.
   */
  metadata?: Record<string, string> | "";
  /** The customer's full name or business name. */
  name?: string;
  /** The customer's phone number. */
  phone?: string;
  /** The customer's preferred languages, ordered by preference. */
  preferred_locales?: string[];
  /** Shipping details for the customer. Send an empty string to remove them. */
  shipping?: CustomerUpdateParams.Shipping | "";
  /**
   * The customer's tax exemption: `none`, `exempt`, or `reverse`. Send an empty string to clear it.
   */
  tax_exempt?: "" | "exempt" | "none" | "reverse";
}

export namespace CustomerUpdateParams {
  /** A postal address; every part is optional. */
  export interface Address {
    /** City, district, suburb, town, or village. */
    city?: string;
    /** Two-letter country code (ISO 3166-1 alpha-2). */
    country?: string;
    /** First address line, such as the street, PO box, or company name. */
    line1?: string;
    /** Second address line, such as the apartment, suite, unit, or building. */
    line2?: string;
    /** ZIP or postal code. */
    postal_code?: string;
    /** State, county, province, or region. */
    state?: string;
  }

  /** Default invoice settings for the customer. */
  export interface InvoiceSettings {
    /**
     * Custom fields shown on the customer's invoices by default, at most 4. Send an empty string to
     * remove them.
     */
    custom_fields?: Array<CustomerUpdateParams.InvoiceSettings.CustomFields> | "";
    /**
     * ID of a payment method attached to the customer, used by default for the customer's
     * subscriptions and invoices.
     */
    default_payment_method?: string;
    /** Footer shown on the customer's invoices by default. */
    footer?: string;
    /**
     * Options for rendering the PDFs of the customer's invoices. Send an empty string to clear
     * them.
     */
    rendering_options?: CustomerUpdateParams.InvoiceSettings.RenderingOptions | "";
  }

  export namespace InvoiceSettings {
    /** A name and value pair printed on invoices. */
    export interface CustomFields {
      /** The name of the custom field, at most 30 characters. */
      name: string;
      /** The value of the custom field, at most 30 characters. */
      value: string;
    }

    /** Options for rendering invoice PDFs. */
    export interface RenderingOptions {
      /**
       * How line-item prices and amounts are shown with respect to tax: `exclude_tax` or
       * `include_inclusive_tax`. Send an empty string to clear it.
       */
      amount_tax_display?: "" | "exclude_tax" | "include_inclusive_tax";
    }
  }

  /** Shipping details of a customer. */
  export interface Shipping {
    /** The delivery address. */
    address: CustomerUpdateParams.Shipping.Address;
    /** Name of the recipient. */
    name: string;
    /** Phone number of the recipient. */
    phone?: string;
  }

  export namespace Shipping {
    /** The delivery address. */
    export interface Address {
      /** City, district, suburb, town, or village. */
      city?: string;
      /** Two-letter country code (ISO 3166-1 alpha-2). */
      country?: string;
      /** First address line, such as the street, PO box, or company name. */
      line1?: string;
      /** Second address line, such as the apartment, suite, unit, or building. */
      line2?: string;
      /** ZIP or postal code. */
      postal_code?: string;
      /** State, county, province, or region. */
      state?: string;
    }
  }
}
