// The reform framework model: zod schemas, parse functions, validation issues.
export {};
