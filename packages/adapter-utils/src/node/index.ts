/**
 * Serves a Fetch API handler from `node:http`: `http.createServer(toNodeListener(handler))`.
 *
 * @packageDocumentation
 * @module @aduan/adapter-utils/node
 */
export { toNodeListener, type NodeListener, type NodeMountOptions } from './to-node-listener.js';
