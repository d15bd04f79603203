/** A web handler in the Fetch API shape; mount it with this package's helpers or any Fetch-based host. */
export type FetchHandler = (request: Request) => Promise<Response>;
