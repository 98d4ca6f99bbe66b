// Observations and periods: schemas, JSON and CSV in and out.
export {};
