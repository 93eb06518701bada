export * from "./audit";
export * from "./brands";
export * from "./qa";
export * from "./security";
export * from "./users";
