// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

/** What remains of a Customer after it has been deleted. */
export interface DeletedCustomer {
  /** Always `true` for a deleted object. */
  deleted: true;
  /** Unique identifier for the object. */
  id: string;
  /** String naming the object's type. Objects of the same type share the same value. */
  object: "customer";
}
