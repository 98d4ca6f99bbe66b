// Observations in and out: CSV (d3-dsv) and JSON.
export {};
