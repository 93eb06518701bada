export * from "./audit";
export * from "./brands";
export * from "./security";
export * from "./users";
