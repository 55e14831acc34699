// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

/** Parameters of `client.paymentMethods.retrieve`. */
export interface PaymentMethodRetrieveParams {
  /** Fields of the response to expand. */
  expand?: string[];
}

/** Parameters of `client.paymentMethods.attach`. */
export interface PaymentMethodAttachParams {
  /** ID of the customer to attach the PaymentMethod to. */
  customer: string;
  /** Fields of the response to expand. */
  expand?: string[];
}

/** Parameters of `client.paymentMethods.detach`. */
export interface PaymentMethodDetachParams {
  /** Fields of the response to expand. */
  expand?: string[];
}
