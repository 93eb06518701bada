export const SECTORS = ["telecom", "banking", "insurance", "health", "retail", "ecommerce", "delivery", "utilities", "travel", "other"] as const;
export type Sector = (typeof SECTORS)[number];
