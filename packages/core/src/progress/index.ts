// Progress of indicators: trajectories and published progress methods.
export {};
