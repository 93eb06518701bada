export * from "./audit";
export * from "./brands";
export * from "./page-cache";
export * from "./qa";
export * from "./reputation";
export * from "./search";
export * from "./security";
export * from "./users";
