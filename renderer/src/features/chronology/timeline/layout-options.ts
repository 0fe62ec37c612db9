/** The options the timeline gives the layout; the drawing uses the same numbers. */
export const CLUSTER_LABEL_WIDTH = 84;
export const MAX_LANES = 6;
