// Background service worker. Grows with the extension issue; for now it only exists
// so that `wxt prepare` and `wxt build` have an entrypoint.
export default defineBackground(() => {});
