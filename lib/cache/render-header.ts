/** Sent by the page cache's own render request (lib/cache/page-cache), so that it reaches the page itself. A client
 * that sends it only gets what an uncached request gets: the page rendered for its own session. */
export const RENDER_HEADER = "x-page-cache-render";
