// Vitest aliases "server-only" here: the real package throws outside a React
// Server Components bundle, and tests call server modules directly.
export {};
