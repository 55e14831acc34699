// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

export const VERSION = "0.1.0";
