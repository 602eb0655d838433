/** A stand-in for the shop's database: order id to status. */
export const orders = new Map<string, 'pending' | 'paid' | 'failed'>()
