// What code outside the console may use of it: the pure rules it shares with the gateway (the
// tests prove they agree). Nothing here touches the browser.
export * from './lib/id-number';
export * from './lib/claim-schema';
