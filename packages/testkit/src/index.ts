export * from "./test-environment";
export * from "./wait-for";
export * from "./spawn-capturing";
export * from "./start-service-process";
export * from "./tcp-proxy";
