// The reform framework model: zod schemas, parse functions, validation issues.
// MODEL_SHAPE_BELOW: the shapes to implement are in ./README.md in this folder.
export {};
