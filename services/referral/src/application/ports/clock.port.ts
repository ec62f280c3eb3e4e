/** The time of the world, passed in so that deadlines and expiry are testable. */
export type Clock = () => Date;
