/** A web handler in the Fetch API shape; the mount helpers on this package's subpaths serve it. */
export type FetchHandler = (request: Request) => Promise<Response>;
